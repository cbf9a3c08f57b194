/*
 * Latency of site-gen commands in a long-lived JVM (what a background process serving many command lines sees):
 * many Main.run calls in this one JVM, each timed. A benchmark, not a test: nothing asserts on the numbers.
 *
 * Cases (each on its own copy of the corpus, in a temporary folder deleted at the end):
 *   check1  `check COPY --only source-postgres --fail-on never`, its doc edited (a line appended) before each call
 *   pr1     `check REPO --changed-since HEAD --fail-on never` on a git repository made from the corpus, source-faker's
 *           metadata.yaml edited (a comment appended) before each call
 *   warm    `build COPY --out OUT --fail-on never --as-of 2025-08-15`, nothing changed (up to date)
 *   edit1   the same build, postgres's doc edited before each call
 * Each case runs CALLS calls (default 30) and prints every call's wall and process CPU time, then the medians of the
 * last LAST (default 10).
 * With `--tier` it first calls dev.sitegen.codec.MemoryTier.enable() (by reflection, so an older jar without it
 * still runs; it says when the class is missing), as the background process does.
 *
 * Run from the project folder with the caches' folder set (check keeps its cache in the user's cache folder):
 *
 *   mvn -o -q package -DskipTests
 *   XDG_CACHE_HOME=/tmp/hot-cache java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss8m \
 *        -cp target/site-gen.jar src/bench/HotLoopBench.java [--tier] [--calls N] [--last N] [CASE...]
 *
 * A/B: run it with -cp OTHER/site-gen.jar in the same minute. The heap in use after the last call (after a GC)
 * is printed per case: what the caches held in memory cost.
 */

import dev.sitegen.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

public class HotLoopBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/corpus/airbyte-2025-08").toAbsolutePath();
        int calls = 30;
        int last = 10;
        boolean tier = false;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tier" -> tier = true;
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--last" -> last = Integer.parseInt(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]).toAbsolutePath();
                default -> cases.add(args[i]);
            }
        }
        if (cases.isEmpty()) {
            cases = List.of("check1", "pr1", "warm", "edit1");
        }
        if (tier) {
            try {
                Class.forName("dev.sitegen.codec.MemoryTier").getMethod("enable").invoke(null);
            } catch (ClassNotFoundException e) {
                System.out.println("no MemoryTier in this jar: run without it");
            }
        }
        Path work = Files.createTempDirectory("hot-bench-");
        try {
            StringBuilder summary = new StringBuilder();
            for (String name : cases) {
                long[][] measured = runCase(name, corpus, work, calls);
                long[] tail = tailSorted(measured[0], last);
                long[] cpu = tailSorted(measured[1], last);
                System.gc();
                long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
                summary.append(String.format("%-7s median of last %d: %d ms, process CPU %d ms (heap after GC %d MB)%n",
                        name, tail.length, tail[tail.length / 2], cpu[cpu.length / 2], heap));
            }
            System.out.print(summary);
        } finally {
            deleteTree(work);
        }
    }

    private static long[] tailSorted(long[] all, int last) {
        long[] tail = Arrays.copyOfRange(all, Math.max(0, all.length - last), all.length);
        Arrays.sort(tail);
        return tail;
    }

    /** The process's CPU time (all threads, GC and compilers too): steadier than wall time on a loaded machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Each call's wall time and process CPU time, in milliseconds. */
    private static long[][] runCase(String name, Path corpus, Path work, int calls) throws Exception {
        Path copy = work.resolve(name);
        copyTree(corpus, copy);
        Path postgres = copy.resolve("docs/integrations/sources/postgres.md");
        Path faker = copy.resolve("airbyte-integrations/connectors/source-faker/metadata.yaml");
        String out = work.resolve(name + "-out").toString();
        String[] command = switch (name) {
            case "check1" -> new String[] {"check", copy.toString(), "--only", "source-postgres", "--fail-on", "never"};
            case "pr1" -> new String[] {"check", copy.toString(), "--changed-since", "HEAD", "--fail-on", "never"};
            case "warm", "edit1" -> new String[] {"build", copy.toString(), "--out", out, "--fail-on", "never",
                    "--as-of", "2025-08-15"};
            default -> throw new IllegalArgumentException("unknown case " + name);
        };
        if (name.equals("pr1")) {
            git(copy, "init", "-q");
            git(copy, "add", "-A");
            git(copy, "-c", "user.email=bench@example.com", "-c", "user.name=bench", "commit", "-q", "-m", "corpus");
        }
        long[] times = new long[calls];
        long[] cpu = new long[calls];
        for (int i = 0; i < calls; i++) {
            switch (name) {
                case "check1", "edit1" -> Files.writeString(postgres, "One more line " + i + ".\n",
                        StandardOpenOption.APPEND);
                case "pr1" -> Files.writeString(faker, "# touched " + i + "\n", StandardOpenOption.APPEND);
                default -> { }
            }
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            long startCpu = cpuNanos();
            int code = Main.run(command, new PrintWriter(new StringWriter()), new PrintWriter(err));
            times[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (cpuNanos() - startCpu) / 1_000_000;
            if (code != 0) {
                throw new IllegalStateException(name + " exited " + code + ": " + err);
            }
            System.out.println(name + " " + i + " " + times[i] + " ms, CPU " + cpu[i] + " ms");
        }
        return new long[][] {times, cpu};
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
