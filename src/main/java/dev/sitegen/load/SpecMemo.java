package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The specs the previous build parsed, each under a fingerprint of the files it was read from: a
 * connector whose spec candidates look exactly as they did is given the spec parsed then (reading and
 * parsing specs was about an eighth of a rebuild after a one-doc edit), any other reads its spec as
 * {@link SpecFiles#readSpec} does. The fingerprint of a connector is taken before its files are read
 * and names, candidate by candidate in the order {@link SpecFiles} looks, the missing ones and, for the
 * ones present, the real path the {@link InputGate} admits with its size, modification and change times
 * and inode: any write moves the change time (which no checkout or {@code touch} can set back), so a
 * changed file never matches. A file changed within {@link #RACY_NANOS} of its fingerprint is not
 * remembered (a second write in the same clock tick would not move its times), nor is anything the gate
 * refuses or that is no regular file: those are read again every time. Thread-safe.
 */
public final class SpecMemo {

    /** How old a file's times must be for its parse to be remembered. */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,isRegularFile";

    /** A remembered read: the fingerprint of the files it came from and what {@link SpecFiles} made of them. */
    record Entry(String fingerprint, SpecFiles.Result result) {
    }

    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final boolean enabled;
    /** The wall clock in nanoseconds, which a file's times are compared with. */
    private final LongSupplier clock;

    private SpecMemo(Map<String, Entry> previous, boolean enabled, LongSupplier clock) {
        this.previous = Map.copyOf(previous);
        this.enabled = enabled;
        this.clock = clock;
    }

    private static long nowNanos() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    /** Remembers nothing: every spec is read (scoped checks, serve, tests). */
    public static SpecMemo none() {
        return new SpecMemo(Map.of(), false, SpecMemo::nowNanos);
    }

    /** Nothing to re-use (no cache, a forced build), but what is read is remembered for the next build. */
    public static SpecMemo empty() {
        return new SpecMemo(Map.of(), true, SpecMemo::nowNanos);
    }

    /** The memo {@link #encode} wrote under {@code key}; an {@link IOException} says why it cannot be used. */
    public static SpecMemo decode(byte[] bytes, String key) throws IOException {
        return decode(bytes, key, SpecMemo::nowNanos);
    }

    /** As {@link #decode(byte[], String)}, files' times compared with {@code clock} (tests age files with it). */
    static SpecMemo decode(byte[] bytes, String key, LongSupplier clock) throws IOException {
        return new SpecMemo(SpecCodec.decode(bytes, key), true, clock);
    }

    /** An empty recording memo comparing files' times with {@code clock}. */
    static SpecMemo empty(LongSupplier clock) {
        return new SpecMemo(Map.of(), true, clock);
    }

    /** What this load read or re-used, for the next build; {@code key} names the generator and root. */
    public byte[] encode(String key) {
        return SpecCodec.encode(key, new TreeMap<>(next));
    }

    /** Whether this memo records what is read (every memo but {@link #none()}). */
    public boolean isRecording() {
        return enabled;
    }

    /** Connectors whose spec was taken from the memo instead of read. */
    public int reusedSpecs() {
        return reused.get();
    }

    /** The connector's spec as {@link SpecFiles#readSpec} reads it now, re-used when its files are unchanged. */
    SpecFiles.Result readSpec(Path dir, String connector, SiteLayout layout, InputGate gate) {
        if (!enabled) {
            return SpecFiles.readSpec(dir, connector, layout, gate);
        }
        Optional<String> fingerprint = fingerprint(dir, gate, clock.getAsLong());
        Entry before = previous.get(connector);
        if (fingerprint.isPresent() && before != null && before.fingerprint().equals(fingerprint.get())) {
            reused.incrementAndGet();
            next.put(connector, before);
            return before.result();
        }
        SpecFiles.Result read = SpecFiles.readSpec(dir, connector, layout, gate);
        fingerprint.ifPresent(f -> next.put(connector, new Entry(f, read)));
        return read;
    }

    /**
     * The fingerprint of the candidates {@link SpecFiles#readSpec} looks at, in its order; empty when
     * the read must not be remembered (a refusal, a link, a recent change, no inode or change time).
     */
    private static Optional<String> fingerprint(Path dir, InputGate gate, long now) {
        List<Path> candidates = SpecFiles.listCandidates(dir);
        StringBuilder out = new StringBuilder();
        try {
            for (int i = 0; i < candidates.size(); i++) {
                Path candidate = candidates.get(i);
                out.append(candidate.getFileName()).append(i).append('=');
                if (!InputGate.existsAsEntry(candidate)) {
                    out.append("-;");
                    continue;
                }
                if (!describe(candidate, gate, dir, now, out)) {
                    return Optional.empty();
                }
                if (i == 1 || i == 2) {
                    // a package spec.json|yaml reads its streams from the package manifest
                    Path manifest = candidates.get(candidates.size() - 1);
                    out.append("manifest=");
                    if (!InputGate.existsAsEntry(manifest)) {
                        out.append('-');
                    } else if (!describe(manifest, gate, dir, now, out)) {
                        return Optional.empty();
                    }
                }
                return Optional.of(out.toString());
            }
            return Optional.of(out.toString());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no change time or inode here, or the file went: read it, remember nothing
            return Optional.empty();
        }
    }

    /** Appends an admitted regular file's real path and times; false when it may not be remembered. */
    private static boolean describe(Path file, InputGate gate, Path dir, long now, StringBuilder out)
            throws IOException {
        InputGate.Verdict admitted = gate.admitConnectorFile(dir, file);
        if (!admitted.isAccepted()) {
            return false;
        }
        Path real = admitted.requireRealPath();
        Map<String, Object> a;
        try {
            a = Files.readAttributes(real, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
            return false;
        }
        long modified = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
        long changed = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
        if (now - Math.max(modified, changed) < RACY_NANOS) {
            return false;
        }
        out.append(real).append(':').append(a.get("size")).append(':').append(modified).append(':').append(changed)
                .append(':').append(a.get("ino")).append(';');
        return true;
    }
}
