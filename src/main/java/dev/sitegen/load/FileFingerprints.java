package dev.sitegen.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@link LoadMemo} knows a file by: the real path the {@link InputGate} admits, its size, its
 * modification and change times and its inode. Any write moves the change time, which no checkout,
 * copy or {@code touch} can set back, so a changed file never looks unchanged. A file changed within
 * {@link #RACY_NANOS} of the fingerprint has none (a second write in the same clock tick would not move
 * its times), nor has anything the gate refuses or that is no regular file: those are read every time.
 */
public final class FileFingerprints {

    /** How old a file's times must be for what was read from it to be remembered. */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,isRegularFile";

    private FileFingerprints() {
    }

    /**
     * The fingerprint of the spec candidates of the connector in {@code dir} that {@link SpecFiles#readSpec}
     * looks at, in its order (the missing ones, the one it reads, and the package manifest it may read streams
     * from); empty when the read must not be remembered.
     */
    static Optional<String> describeSpecFiles(Path dir, InputGate gate, long nowNanos) {
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
                if (!describeAdmitted(gate.admitConnectorFile(dir, candidate), nowNanos, out)) {
                    return Optional.empty();
                }
                if (i == 1 || i == 2) {
                    // a package spec.json|yaml reads its streams from the package manifest
                    Path manifest = candidates.get(candidates.size() - 1);
                    out.append("manifest=");
                    if (!InputGate.existsAsEntry(manifest)) {
                        out.append('-');
                    } else if (!describeAdmitted(gate.admitConnectorFile(dir, manifest), nowNanos, out)) {
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

    /** The fingerprint of one file the gate admitted; empty when what is read from it must not be remembered. */
    static Optional<String> describeFile(InputGate.Verdict admitted, long nowNanos) {
        StringBuilder out = new StringBuilder();
        try {
            return describeAdmitted(admitted, nowNanos, out) ? Optional.of(out.toString()) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /**
     * The fingerprint of the file at {@code path}, for what depends on its bytes alone; empty when it must
     * not be remembered (a link among them: what it points at may change between this look and the read).
     */
    public static Optional<String> describeContent(Path path, long nowNanos) {
        StringBuilder out = new StringBuilder();
        try {
            return describeAttributes(path, Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS), nowNanos, out)
                    ? Optional.of(out.toString()) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** Appends an admitted regular file's real path and times; false when it may not be remembered. */
    private static boolean describeAdmitted(InputGate.Verdict admitted, long now, StringBuilder out)
            throws IOException {
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
        return describeAttributes(real, a, now, out);
    }

    private static boolean describeAttributes(Path real, Map<String, Object> a, long now, StringBuilder out) {
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
