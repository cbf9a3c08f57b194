package dev.sitegen.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File helpers for the bump tests: copy a site into a temp root, snapshot every file's bytes, rewrite line endings. */
public final class EditTestFiles {

    private EditTestFiles() {
    }

    /** Copies {@code from} (a folder) to {@code to}, recursively. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Every regular file under {@code root} by relative path (forward slashes), with its text as decoded bytes. */
    public static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'),
                    readBytes(p)));
        }
        return files;
    }

    /** Rewrites every .md and .yaml file under {@code root} with CRLF line endings. */
    public static void convertToCrlf(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
                Files.writeString(p, text, StandardCharsets.UTF_8);
            }
        }
    }

    /** The bytes of a file as ISO-8859-1 text, so any byte difference shows and no decoding can fail. */
    private static String readBytes(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String readUtf8(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
