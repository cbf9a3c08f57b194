/*
 * Edit-to-updated-page latency of `site-gen serve` on the shared corpus. A benchmark, not a test:
 * the numbers depend on the machine and its load, so nothing asserts on them.
 *
 * What it does: copies the corpus (default ../shared/corpus/airbyte-2025-08) into a temporary folder,
 * starts `site-gen serve COPY --port 0` in this JVM, waits for its first build (serve says where it
 * serves before building; both times are printed), subscribes to the event stream, edits one doc
 * (default docs/integrations/sources/stripe.md) WARMUP + EDITS times, and for each edit measures the
 * time from the file write until a GET of the served page returns the edited text. It prints each
 * latency, the median and the 90th percentile, and the process's CPU time per edit (on a loaded machine a
 * steadier figure than the latencies), then deletes the copy. Warm-up edits (JIT, caches)
 * are not counted.
 *
 * Run from the project folder (Java 17 runs a single source file directly):
 *
 *   mvn -o -q package -DskipTests      (the shaded jar holds every dependency; works offline)
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss8m \
 *        -cp target/site-gen.jar src/bench/ServeLatencyBench.java \
 *        [CORPUS] [DOC relative to CORPUS] [EDITS]
 *
 * On a shared machine, compare two jars (-cp OTHER/site-gen.jar) in alternating runs, with 20+ edits each.
 *
 * The JVM options are bin/site-gen's (C1 only, as `serve` really runs); without them C2's compiles compete
 * with the rebuilds for the two cores and the first build takes about twice as long.
 *
 * Target: a single doc edit under 100 ms (the watcher's quiet time, SourceWatcher.QUIET_MILLIS, is part of it).
 */

import dev.sitegen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class ServeLatencyBench {

    private static final int WARMUP = 3;
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
    /** Serve's headline once the first build is published (it says where it serves before building). */
    private static final Pattern BUILT = Pattern.compile("(?m)^built \\d+ pages");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/airbyte-2025-08").toAbsolutePath();
        String doc = args.length > 1 ? args[1] : "docs/integrations/sources/stripe.md";
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path copy = Files.createTempDirectory("serve-bench-").resolve("corpus");
        copyTree(corpus, copy);
        String page = "/" + doc.replaceFirst("^docs/", "").replaceFirst("\\.md$", "") + "/";

        StringWriter out = new StringWriter();
        Thread server = new Thread(() -> Main.run(new String[] {"serve", copy.toString(), "--port", "0",
                "--as-of", "2025-08-31"}, new PrintWriter(out, true), new PrintWriter(System.err, true)));
        long startedAt = System.nanoTime();
        server.start();
        Matcher m;
        while (!(m = SERVING.matcher(out.toString())).find()) {
            if (!server.isAlive()) {
                throw new IllegalStateException("serve exited:\n" + out);
            }
            Thread.sleep(50);
        }
        long servingAt = System.nanoTime();
        while (!BUILT.matcher(out.toString()).find()) {
            if (!server.isAlive()) {
                throw new IllegalStateException("serve exited:\n" + out);
            }
            Thread.sleep(20);
        }
        System.out.printf("serving after %d ms, first build done after %d ms%n", ms(servingAt - startedAt),
                ms(System.nanoTime() - startedAt));
        String origin = "http://127.0.0.1:" + m.group(1);
        HttpClient http = HttpClient.newHttpClient();
        LinkedBlockingQueue<String> events = openEvents(http, origin);

        Path file = copy.resolve(doc);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        int firstLineEnd = original.indexOf('\n');
        List<Long> latencies = new ArrayList<>();
        long cpuBefore = 0;
        for (int i = 0; i < WARMUP + edits; i++) {
            if (i == WARMUP) {
                cpuBefore = processCpuNanos();
            }
            String marker = "Bench marker " + i + " " + System.nanoTime() + ".";
            String edited = original.substring(0, firstLineEnd + 1) + "\n" + marker + "\n"
                    + original.substring(firstLineEnd + 1);
            events.clear();
            long t0 = System.nanoTime();
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            awaitPage(http, origin + page, marker, events);
            long latency = System.nanoTime() - t0;
            if (i >= WARMUP) {
                latencies.add(latency);
                System.out.printf("edit %2d: %4d ms%n", i - WARMUP + 1, ms(latency));
            }
            Thread.sleep(300);
        }
        // the rebuilds' CPU (and this client's, a little): less at the mercy of the machine's load than the latencies
        long cpuPerEdit = (processCpuNanos() - cpuBefore) / edits;
        Collections.sort(latencies);
        System.out.printf("doc %s, %d edits: median %d ms, p90 %d ms, min %d ms, max %d ms%n", doc, edits,
                ms(percentile(latencies, 50)), ms(percentile(latencies, 90)), ms(latencies.get(0)),
                ms(latencies.get(latencies.size() - 1)));
        System.out.printf("process CPU per edit %d ms (rebuild, page and event requests, the bench's own polling)%n",
                ms(cpuPerEdit));
        System.out.println("server's own rebuild times:");
        out.toString().lines().filter(l -> l.startsWith("rebuilt")).forEach(l -> System.out.println("  " + l));
        server.interrupt();
        server.join(20_000);
        deleteTree(copy.getParent());
        System.exit(0);
    }

    /** Waits for a rebuild event, then checks the served page; repeats until the page has the marker. */
    private static void awaitPage(HttpClient http, String url, String marker, LinkedBlockingQueue<String> events)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            events.poll(100, TimeUnit.MILLISECONDS);
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(marker)) {
                return;
            }
        }
        throw new IllegalStateException("the page never showed " + marker);
    }

    private static LinkedBlockingQueue<String> openEvents(HttpClient http, String origin) throws Exception {
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = http.sendAsync(
                HttpRequest.newBuilder(URI.create(origin + "/__site-gen/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        Thread reader = new Thread(() -> {
            try {
                response.body().filter(l -> l.startsWith("data: ")).forEach(queue::add);
            } catch (RuntimeException e) {
                // the stream ends when the server stops
            }
        });
        reader.setDaemon(true);
        reader.start();
        return queue;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
