package dev.sitegen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Test helpers over whole folders: copy, read, compare byte by byte, age every file. */
public final class SiteTrees {

    private SiteTrees() {
    }

    /** Every regular file below {@code dir} by relative path (forward slashes), with its bytes. */
    public static SortedMap<String, byte[]> readTree(Path dir) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Path file : listFiles(dir)) {
            files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return files;
    }

    /** The first {@code max} differences between two trees, described; empty when byte-identical. */
    public static List<String> listDifferences(Path a, Path b, int max) throws IOException {
        SortedMap<String, byte[]> left = readTree(a);
        SortedMap<String, byte[]> right = readTree(b);
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if (!right.containsKey(p)) {
                out.add("only in " + a + ": " + p);
            } else if (!left.containsKey(p)) {
                out.add("only in " + b + ": " + p);
            } else if (!Arrays.equals(left.get(p), right.get(p))) {
                out.add("differs: " + p + " (first at byte " + Arrays.mismatch(left.get(p), right.get(p)) + ")");
            }
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        for (Path file : listFiles(from)) {
            Path dest = to.resolve(from.relativize(file).toString());
            Files.createDirectories(dest.getParent());
            Files.copy(file, dest);
        }
    }

    public static void setEveryTime(Path dir, FileTime time) throws IOException {
        for (Path file : listFiles(dir)) {
            Files.setLastModifiedTime(file, time);
        }
    }

    /** Names in {@code dir}, sorted. */
    public static List<String> listNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
