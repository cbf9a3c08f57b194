package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses output folders a build must never replace: a build swaps the whole folder, so an
 * {@code --out} that is ROOT, holds ROOT, sits in a folder the build reads back, is {@code /} or the
 * home folder, or is some other non-empty folder would destroy files. Paths are compared after
 * resolving symbolic links, so a link cannot sneak a source folder in; a link inside ROOT on the way
 * to {@code --out} (a pull request may commit one) and a link that leads nowhere are refused.
 */
public final class OutputGuard {

    private static final String PICK_ANOTHER = "pass a dedicated output folder, for example --out site-out";

    private OutputGuard() {
    }

    /**
     * The real, absolute folder to publish {@code out} into, once it is safe.
     *
     * @param root the build root
     * @param readBackDirs the folders the build reads (connectors, docs, guides)
     * @param homes the user's home folders (the caller's {@code HOME} and the account's, when they differ)
     */
    public static Path checkTarget(Path out, Path root, List<Path> readBackDirs, List<Path> homes)
            throws PublishException, IOException {
        Path target = OutputFiles.resolveWithoutRootLinks(resolveReal(root), out, "--out " + out, "the output folder",
                true);
        if (target.getParent() == null) {
            throw refuse(out, "is the file system root");
        }
        if (resolveReal(root).startsWith(target)) {
            throw refuse(out, "is ROOT or a folder that contains ROOT (" + root + ")");
        }
        for (Path dir : readBackDirs) {
            Path real = resolveReal(dir);
            if (target.startsWith(real) || real.startsWith(target)) {
                throw refuse(out, "overlaps " + dir + ", which the build reads");
            }
        }
        for (Path home : homes) {
            if (resolveReal(home).startsWith(target)) {
                throw refuse(out, "is the home folder or contains it");
            }
        }
        checkExistingFolder(out, target);
        return target;
    }

    private static void checkExistingFolder(Path out, Path target) throws PublishException, IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw refuse(out, "is a file, not a folder");
        }
        if (!OutputMarker.isEmptyDir(target) && !OutputMarker.isMarked(target)) {
            throw new PublishException("--out " + out + ": a non-empty folder that is not a site-gen output (no "
                    + OutputMarker.MARKER + " in it); building would replace everything in it",
                    "if it is a build from a site-gen without output markers, delete it and build again; "
                            + "otherwise pass another --out folder");
        }
    }

    private static PublishException refuse(Path out, String why) {
        return new PublishException("--out " + out + ": " + why + "; a build replaces the whole output folder",
                PICK_ANOTHER);
    }

    /** {@code path} made absolute with its longest existing prefix's symbolic links resolved. */
    static Path resolveReal(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }
}
