package dev.sitegen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which files a build depends on, described so they can be stamped again before the next build
 * without loading anything: whole trees (docs, guides: every file below them), folders of folders
 * (the connectors folder, whose time moves when a connector folder is added or removed, and the files
 * named in {@code namesInEach} in each of its folders, not the folders themselves: a monorepo keeps
 * source code there that no build reads) and single files (site config, snippets, each connector's
 * input and expected files), which may be missing.
 * Paths in stamps are relative to the root.
 */
public record InputSet(Path root, List<Path> trees, List<Path> shallowDirs, List<String> namesInEach,
                       List<Path> files) {

    public InputSet {
        trees = List.copyOf(trees);
        shallowDirs = List.copyOf(shallowDirs);
        namesInEach = List.copyOf(namesInEach);
        files = List.copyOf(files);
    }

    /** The same set with more single files (icons found by loading, say). */
    public InputSet withFiles(Collection<Path> more) {
        List<Path> all = new ArrayList<>(files);
        all.addAll(more);
        return new InputSet(root, trees, shallowDirs, namesInEach, all);
    }

    /** Stamps every input now, sorted by path. */
    public SortedMap<String, FileStamp> stampInputs() throws IOException {
        SortedMap<String, FileStamp> out = stampTrees();
        out.putAll(stampShallowDirs());
        stampFiles(out);
        return out;
    }

    /** Every file of the whole trees. */
    SortedMap<String, FileStamp> stampTrees() throws IOException {
        SortedMap<String, FileStamp> out = new TreeMap<>();
        for (Path tree : trees) {
            stampTree(tree, out);
        }
        return out;
    }

    /** The folders of folders: the folders themselves and their named files. */
    SortedMap<String, FileStamp> stampShallowDirs() throws IOException {
        SortedMap<String, FileStamp> out = new TreeMap<>();
        for (Path dir : shallowDirs) {
            stampShallow(dir, out);
        }
        return out;
    }

    /** Adds the single files not stamped already. */
    public void stampFiles(SortedMap<String, FileStamp> out) throws IOException {
        String prefix = rootPrefix();
        for (Path file : files) {
            String key = keyOf(prefix, file);
            if (!out.containsKey(key)) {
                out.put(key, FileStamp.stampFile(file));
            }
        }
    }

    /**
     * Adds the files named by {@code keys} (names as in stamps, such as a stamp's {@link BuildStamp#files()}) not
     * stamped already. A key is {@link #keyOf} of the file it names resolved against the root (relative and
     * normalized inside the root, absolute outside), so it is taken as it is instead of being derived again
     * from a path: a warm build names a few thousand of them.
     */
    public void stampKnownFiles(Collection<String> keys, SortedMap<String, FileStamp> out) throws IOException {
        for (String key : keys) {
            if (!out.containsKey(key)) {
                out.put(key, FileStamp.stampFile(root.resolve(key)));
            }
        }
    }

    /** The name {@code file} has in stamps: relative to the root when inside it. */
    public String keyOf(Path file) {
        return keyOf(rootPrefix(), file);
    }

    private String rootPrefix() {
        return root.toString() + root.getFileSystem().getSeparator();
    }

    /** {@link #keyOf(Path)} with the root's text and separator computed once by the caller, for a pass over many files. */
    private String keyOf(String prefix, Path file) {
        // a plain prefix test first: a warm build names thousands of files, all already below the root
        String text = file.toString();
        if (file.isAbsolute() && text.startsWith(prefix) && text.indexOf("..") < 0 && text.indexOf("/./") < 0) {
            return text.substring(prefix.length()).replace('\\', '/');
        }
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private void stampTree(Path tree, SortedMap<String, FileStamp> out) throws IOException {
        String prefix = rootPrefix();
        out.put(keyOf(prefix, tree), FileStamp.stampFile(tree));
        if (!Files.isDirectory(tree)) {
            return;
        }
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                out.put(keyOf(prefix, file), attrs.isSymbolicLink() ? FileStamp.stampFile(file) : FileStamp.stampOf(attrs));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The folder and in each sub-folder the files named in {@code namesInEach}. */
    private void stampShallow(Path dir, SortedMap<String, FileStamp> out) throws IOException {
        String prefix = rootPrefix();
        out.put(keyOf(prefix, dir), FileStamp.stampFile(dir));
        for (Path child : listSorted(dir)) {
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                for (String name : namesInEach) {
                    Path file = child.resolve(name);
                    out.put(keyOf(prefix, file), FileStamp.stampFile(file));
                }
            }
        }
    }

    private static List<Path> listSorted(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
