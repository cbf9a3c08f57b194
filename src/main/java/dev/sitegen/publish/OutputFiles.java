package dev.sitegen.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way site-gen writes its own files beside or into the output (lock, build stamp, link cache,
 * report, baseline, staged and previewed site files). A pull request controls what its checkout holds,
 * symbolic links included, so a path is refused when it is a link, when a folder on its way inside
 * ROOT is a link, or when it lies inside what the build reads (ROOT's inputs); a refusal names the
 * path and why, before anything is written. Writes never follow links: new files are created with
 * create-new, a replaced file is written to a new temporary sibling and moved over it in one rename,
 * and missing folders are created one level at a time.
 */
public final class OutputFiles {

    private static final OpenOption[] NEW_FILE = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS};
    private static final AtomicLong TEMP_NAMES = new AtomicLong();

    private final Path realRoot;
    private final List<Path> inputs;

    private OutputFiles(Path realRoot, List<Path> inputs) {
        this.realRoot = realRoot;
        this.inputs = List.copyOf(inputs);
    }

    /**
     * The policy for a build of {@code root} that reads {@code inputs} (folders and files, existing
     * or not): nothing site-gen writes may land inside them.
     */
    public static OutputFiles forRoot(Path root, List<Path> inputs) throws IOException {
        List<Path> real = new ArrayList<>();
        for (Path input : inputs) {
            real.add(OutputGuard.resolveReal(input));
        }
        return new OutputFiles(OutputGuard.resolveReal(root), real.stream().sorted().toList());
    }

    /**
     * Refuses {@code file} unless site-gen may write it as {@code role} (an option name such as
     * {@code --report}, or what the file is): not a link, not behind a link inside ROOT, not a
     * folder, not inside ROOT's inputs. Returns its real path.
     */
    public Path checkWritable(Path file, String role) throws PublishException, IOException {
        Path real = resolveWithoutRootLinks(realRoot, file, file.toString(), role, false);
        for (Path input : inputs) {
            if (real.startsWith(input)) {
                throw new PublishException(file + ": lies inside ROOT's inputs (" + input + "); " + role
                        + " would overwrite a file the build reads",
                        "write it outside ROOT's connectors, docs and contributing folders and site.yaml");
            }
        }
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishException(file + ": is a folder; " + role + " needs a file name",
                    "pass a file path, for example " + file.resolve("build-report.txt"));
        }
        return real;
    }

    /**
     * Refuses, before a build of {@code target} takes its lock, the files it keeps beside the output:
     * {@code <out>.lock}, the build stamp folder {@code .site-gen/<out name>/} and its files.
     */
    public void checkBeside(Path target) throws PublishException, IOException {
        checkWritable(OutputLock.lockFileOf(target), "the output's lock file");
        Path stamps = BuildStamp.stampDir(target);
        for (String name : List.of(BuildStamp.STAMP, BuildStamp.REPORT_JSON, BuildStamp.REPORT_TEXT,
                RenderCacheFile.NAME, PageScanFile.NAME, PageScanFile.SPOOL)) {
            checkWritable(stamps.resolve(name), "the build stamp");
        }
    }

    /** Writes {@code content} as {@code file} once the policy allows it (see {@link #checkWritable}). */
    public void replaceFile(Path file, String role, byte[] content) throws PublishException, IOException {
        Path real = checkWritable(file, role);
        createFolders(real.getParent());
        replaceFile(real, content);
    }

    /**
     * The real path of {@code file}, shown as {@code shown} in refusals: links outside {@code realRoot}
     * are followed (they are the user's own), a link inside it is refused, and so is {@code file}
     * itself being a link unless {@code lastMayLink} and it leads somewhere.
     */
    static Path resolveWithoutRootLinks(Path realRoot, Path file, String shown, String role, boolean lastMayLink)
            throws PublishException, IOException {
        Path abs = file.toAbsolutePath();
        Path current = abs.getRoot();
        int count = abs.getNameCount();
        for (int i = 0; i < count; i++) {
            String name = abs.getName(i).toString();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                // current is real, so its parent is where the kernel would go too
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (!Files.isSymbolicLink(next)) {
                current = next;
                continue;
            }
            boolean last = i == count - 1;
            if (next.startsWith(realRoot) || (last && !lastMayLink)) {
                throw refuseLink(shown, last, next, role);
            }
            current = followLink(shown, next, role);
        }
        return current;
    }

    private static Path followLink(String shown, Path link, String role) throws PublishException, IOException {
        try {
            return link.toRealPath();
        } catch (NoSuchFileException e) {
            throw new PublishException(shown + ": is a symbolic link that leads nowhere (to " + describeLink(link)
                    + "); site-gen never writes " + role + " through a link",
                    "remove the link or pass a path that is no link");
        }
    }

    private static PublishException refuseLink(String shown, boolean last, Path link, String role) {
        String where = last ? "is a symbolic link" : "lies behind the symbolic link " + link;
        return new PublishException(shown + ": " + where + " (to " + describeLink(link) + "); site-gen never writes "
                + role + " through a link",
                "remove the link (a checkout can hold links its pull request committed) or pass another path");
    }

    private static String describeLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /**
     * Creates {@code dir}'s missing folders one level at a time, never through a link: an existing level
     * that is a link (say, planted since the check) fails the write.
     */
    static void createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path existing = dir;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.add(0, existing);
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(existing.toString(), null, "not a folder (or a symbolic link)");
        }
        for (Path level : missing) {
            createFolder(level);
        }
    }

    /** Creates {@code dir} unless it is a folder already (another worker may create it at the same time). */
    private static void createFolder(Path dir) throws IOException {
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
    }

    /** Creates {@code names} below {@code base} (which is real), refusing any level that is a link. */
    static Path createFoldersBelow(Path base, String... names) throws IOException {
        Path dir = base;
        for (String name : names) {
            dir = dir.resolve(name);
            if (Files.isSymbolicLink(dir)) {
                throw new FileSystemException(dir.toString(), null, "is a symbolic link; site-gen never writes "
                        + "through a link");
            }
            createFolder(dir);
        }
        return dir;
    }

    /**
     * Replaces {@code file} (whose folder exists) with {@code content}: written to a new temporary
     * sibling, then renamed over it, so a link at {@code file} is replaced, never written through, and
     * a reader sees the old bytes or the new ones.
     */
    static void replaceFile(Path file, byte[] content) throws IOException {
        replaceFile(file, out -> out.write(content));
    }

    /**
     * As {@link #replaceFile(Path, byte[])}, the content written to a stream as it is produced: a large
     * file (the 10x catalog's render cache is about 19 MB) is then never held whole in memory, twice,
     * at the end of a build, when the heap holds the most.
     */
    static void replaceFile(Path file, ContentWriter content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
                + TEMP_NAMES.incrementAndGet());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, NEW_FILE), 1 << 16)) {
                content.writeTo(out);
            }
            moveOver(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Renames {@code from} over {@code file} in one step where the file system can (a link there is replaced). */
    static void moveOver(Path from, Path file) throws IOException {
        try {
            Files.move(from, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Creates {@code file} afresh for writing, in a folder site-gen made: an earlier file (or link) of
     * that name is deleted, never followed.
     */
    static FileChannel createSpoolFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        return FileChannel.open(file, NEW_FILE);
    }

    /** Creates {@code file}, which must not exist yet (not even as a link), holding {@code content}. */
    static void writeNewFile(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, NEW_FILE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Writes a file of a site being built into a folder site-gen created for it: missing folders are
     * created, a link at the name is never followed, and an earlier file of that name is replaced.
     */
    public static void writeSiteFile(Path file, byte[] content) throws IOException {
        createFolders(file.getParent());
        Files.deleteIfExists(file);
        writeNewFile(file, content);
    }

    /**
     * Opens (creating if need be) {@code <out>.lock} for locking, never through a link: the open fails
     * when the name is a link.
     */
    static FileChannel openLockFile(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
    }
}
