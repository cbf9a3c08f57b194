package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a committed build depended on and produced, kept beside the output as
 * {@code .site-gen/<output name>/build-stamp.txt}: a key for everything besides files that shapes the output
 * (generator, options, the as-of date), the stamps of its input files and of the files it wrote, the single input
 * files it found by loading (each connector's inputs), its page and finding counts, and the racy-timestamp guard
 * ({@link RacyFiles}: when the inputs were stamped and the SHA-256 of those too recent to trust their stamp); its
 * findings and printed report are kept beside it ({@link Report}). When the next build's key and inputs are the
 * same and the output is as it was left, that build has nothing to do but report the same findings.
 * The stamps are kept as text and compared as text: no digest to compute, so an up-to-date check hashes
 * nothing (unless a file is racy).
 */
public record BuildStamp(String key, String inputStamps, List<String> files, String outputStamps,
                         int pages, FindingCounts counts, long stampedAt, SortedMap<String, String> racyHashes) {

    static final String STAMP = "build-stamp.txt";
    static final String REPORT_JSON = "build-report.json";
    static final String REPORT_TEXT = "build-report.txt";

    public BuildStamp {
        files = List.copyOf(files);
        racyHashes = Collections.unmodifiableSortedMap(new TreeMap<>(racyHashes));
    }

    /**
     * The build's report as printed (in {@code format}) and its findings as a JSON report, kept beside
     * the stamp in {@code build-report.txt} and {@code build-report.json}, read only when the build
     * was up to date: the first is printed again as it is, the second when another format is asked for.
     */
    public record Report(String format, String text, String findingsJson) {
    }

    /**
     * What a build knows before it commits: everything but the stamps of the output it wrote. {@code stampedAt}
     * is the system time taken before the first input was stamped, {@code racyHashes} the content of the racy
     * inputs as hashed before loading read them ({@link #hashRacyInputs}); a racy input stamped later (found by
     * loading) is hashed when the stamp is written.
     */
    public record Pending(String key, InputSet inputs, SortedMap<String, FileStamp> stamps, long stampedAt,
                          SortedMap<String, String> racyHashes, int pages, FindingCounts counts, Report report) {
    }

    /** The SHA-256 of the inputs of {@code stamps} too recent for their stamp to vouch for them. */
    public static SortedMap<String, String> hashRacyInputs(InputSet inputs, SortedMap<String, FileStamp> stamps,
                                                           long stampedAt) throws IOException {
        return RacyFiles.hashRacy(inputs.root(), stamps, stampedAt, Map.of());
    }

    static BuildStamp completeStamp(Pending p, SortedMap<String, FileStamp> outputs) throws IOException {
        List<String> files = p.inputs().files().stream().map(p.inputs()::keyOf).sorted().distinct().toList();
        SortedMap<String, String> racy = RacyFiles.hashRacy(p.inputs().root(), p.stamps(), p.stampedAt(),
                p.racyHashes());
        return new BuildStamp(p.key(), formatStamps(p.stamps()), files, formatStamps(outputs), p.pages(),
                p.counts(), p.stampedAt(), racy);
    }

    /**
     * Where the stamp of {@code target} is kept: beside it, in {@code .site-gen/<name>/}, not in the
     * site, since it names local paths and its file times differ from machine to machine.
     */
    static Path stampDir(Path target) {
        return target.resolveSibling(OutputMarker.DIR).resolve(target.getFileName().toString());
    }

    /**
     * Writes the stamp and its report files, each replaced in one rename; the folders are created
     * without following links, so a planted {@code .site-gen} link fails the write instead of receiving it.
     */
    static void writeStamp(Path target, Pending pending, SortedMap<String, FileStamp> outputs) throws IOException {
        Path dir = OutputFiles.createFoldersBelow(target.getParent(), OutputMarker.DIR, target.getFileName().toString());
        Report report = pending.report();
        OutputFiles.replaceFile(dir.resolve(REPORT_JSON), report.findingsJson().getBytes(StandardCharsets.UTF_8));
        OutputFiles.replaceFile(dir.resolve(REPORT_TEXT),
                (report.format() + "\n" + report.text()).getBytes(StandardCharsets.UTF_8));
        OutputFiles.replaceFile(dir.resolve(STAMP), BuildStampText.writeStamp(completeStamp(pending, outputs)));
    }

    /** Whether {@code target} has a stamp at all: if not, the check need not even take the lock. */
    public static boolean hasStamp(Path target) {
        return findStampFile(target, STAMP).isPresent();
    }

    /**
     * The single input files the last build of {@code target} found by loading (relative to its root), or none:
     * the next build stamps them before loading too, so those it reads again are stamped before they are read.
     */
    public static List<String> listStampedFiles(Path target) throws IOException {
        Optional<Path> file = findStampFile(target, STAMP);
        if (file.isEmpty()) {
            return List.of();
        }
        return BuildStampText.parseStamp(Files.readAllBytes(file.get())).map(BuildStamp::files).orElse(List.of());
    }

    static void deleteStamp(Path target) throws IOException {
        Optional<Path> file = findStampFile(target, STAMP);
        if (file.isPresent()) {
            Files.delete(file.get());
        }
    }

    /**
     * The stamp folder's file {@code name}, when it is a plain file in plain folders: a stamp reached
     * through a link is no stamp of ours, neither read nor deleted.
     */
    /** {@code name} in the stamp folder of {@code target}, when it and the folders on the way are plain (no links). */
    static Optional<Path> findStampFile(Path target, String name) {
        Path dotDir = target.resolveSibling(OutputMarker.DIR);
        Path dir = stampDir(target);
        Path file = dir.resolve(name);
        boolean plain = Files.isDirectory(dotDir, LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        return plain ? Optional.of(file) : Optional.empty();
    }

    /**
     * The printed report of the build that wrote {@code target}'s stamp, when it was printed in
     * {@code format}: read as it is, without parsing the findings.
     */
    public static Optional<String> readReportText(Path target, String format) throws IOException {
        Optional<Path> file = findStampFile(target, REPORT_TEXT);
        String first = format + "\n";
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String text = Files.readString(file.get());
        return text.startsWith(first) ? Optional.of(text.substring(first.length())) : Optional.empty();
    }

    /** The findings of the build that wrote {@code target}'s stamp, as its JSON report, when kept. */
    public static Optional<String> readFindingsJson(Path target) throws IOException {
        Optional<Path> file = findStampFile(target, REPORT_JSON);
        return file.isPresent() ? Optional.of(Files.readString(file.get())) : Optional.empty();
    }

    /**
     * The stamp of the build that made {@code target}, when nothing it depended on has changed since:
     * the same key, every input stamped as before (files and folders listed again, so added files count)
     * and every output file still as it was written. Empty when there is no stamp or it is unreadable.
     * Holding the output's lock, so a build of the same output in progress is waited for.
     */
    public static Optional<BuildStamp> findUpToDate(OutputLock lock, String key, InputSet inputs) throws IOException {
        Path target = lock.target();
        // as a build would: what killed builds left beside the output goes, up to date or not
        StaleOutputs.tidyUp(target);
        Optional<Path> file = findStampFile(target, STAMP);
        if (file.isEmpty() || !OutputMarker.isMarked(target)) {
            return Optional.empty();
        }
        // independent reads of a few thousand files each: this check is all a warm build does; the output
        // (about as many files as all the inputs) on another thread, the inputs on this one; the walk stops once
        // this returns (only matchStamp reads it: a build after an edit walked it whole for nothing)
        AtomicBoolean wanted = new AtomicBoolean(true);
        CompletableFuture<SortedMap<String, FileStamp>> outputs = CompletableFuture.supplyAsync(
                () -> stampOutputs(target, wanted));
        try {
            return matchStamp(file.get(), key, inputs, outputs);
        } finally {
            wanted.set(false);
        }
    }

    private static Optional<BuildStamp> matchStamp(Path file, String key, InputSet inputs,
                                                   CompletableFuture<SortedMap<String, FileStamp>> outputs)
            throws IOException {
        Optional<BuildStamp> stamp = BuildStampText.parseStamp(Files.readAllBytes(file));
        if (stamp.isEmpty() || !stamp.get().key().equals(key)) {
            return Optional.empty();
        }
        BuildStamp previous = stamp.get();
        // compared where they were stamped: the walk usually ends after this thread's inputs, and else this
        // thread compares them after waiting, as it would have
        CompletableFuture<Boolean> outputsSame = outputs.thenApply(o -> matchStamps(o, previous.outputStamps()));
        SortedMap<String, FileStamp> now = inputs.stampShallowDirs();
        now.putAll(inputs.stampTrees());
        inputs.stampFiles(now);
        // a single file an earlier build found by loading (a connector's input) is stamped again too
        inputs.stampKnownFiles(previous.files(), now);
        boolean same = matchStamps(now, previous.inputStamps()) && join(outputsSame)
                && RacyFiles.matchHashes(inputs.root(), now, previous.stampedAt(), previous.racyHashes());
        return same ? stamp : Optional.empty();
    }

    /**
     * Whether {@code target} is exactly as the build that stamped it left it: every site file with the
     * size and modification time it had then. A copy or a checkout of an output (a pull request can commit
     * one, with a cache beside it) gets new times, so it never passes; nor does a hand edit.
     */
    public static boolean isOutputAsBuilt(Path target) throws IOException {
        Optional<Path> file = findStampFile(target, STAMP);
        if (file.isEmpty()) {
            return false;
        }
        Optional<BuildStamp> stamp = BuildStampText.parseStamp(Files.readAllBytes(file.get()));
        return stamp.isPresent() && matchStamps(stampOutputs(target), stamp.get().outputStamps());
    }

    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Every site file under {@code dir}, not site-gen's own {@code .site-gen/} ones. */
    static SortedMap<String, FileStamp> stampOutputs(Path dir) {
        return stampOutputs(dir, new AtomicBoolean(true));
    }

    /** As {@link #stampOutputs(Path)}; the walk stops (the stamps then incomplete) once {@code wanted} is false. */
    private static SortedMap<String, FileStamp> stampOutputs(Path dir, AtomicBoolean wanted) {
        SortedMap<String, FileStamp> out = new TreeMap<>();
        try {
            walkOutputs(dir, out, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void walkOutputs(Path dir, SortedMap<String, FileStamp> out, AtomicBoolean wanted)
            throws IOException {
        int prefix = dir.toString().length() + 1;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!wanted.get()) {
                    return FileVisitResult.TERMINATE;
                }
                return d.equals(dir.resolve(OutputMarker.DIR)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // files found below dir: their names start with it
                out.put(file.toString().substring(prefix).replace('\\', '/'), FileStamp.stampOf(attrs));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The stamps as the stamp file keeps them: one {@code path TAB size:nanos:identity} line each, in path order. */
    static String formatStamps(SortedMap<String, FileStamp> stamps) {
        StringBuilder text = new StringBuilder(stamps.size() * 64);
        for (Map.Entry<String, FileStamp> e : stamps.entrySet()) {
            appendStamp(text, e.getKey(), e.getValue());
        }
        return text.toString();
    }

    /**
     * Whether {@code stamps} formatted are {@code text}, compared line by line as they are formatted: an
     * up-to-date check compares a few hundred KB and need not build them first.
     */
    static boolean matchStamps(SortedMap<String, FileStamp> stamps, String text) {
        StringBuilder line = new StringBuilder(256);
        int at = 0;
        for (Map.Entry<String, FileStamp> e : stamps.entrySet()) {
            line.setLength(0);
            appendStamp(line, e.getKey(), e.getValue());
            int n = line.length();
            if (at + n > text.length()) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (text.charAt(at + i) != line.charAt(i)) {
                    return false;
                }
            }
            at += n;
        }
        return at == text.length();
    }

    private static void appendStamp(StringBuilder text, String path, FileStamp stamp) {
        text.append(path).append('\t').append(stamp.size()).append(':').append(stamp.modifiedNanos()).append(':')
                .append(stamp.identity()).append('\n');
    }
}
