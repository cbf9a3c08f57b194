package dev.sitegen.cli;

import dev.sitegen.check.SourceLines;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the lines diagnostics quote, one file at a time, caching each file it opens. */
final class FileLines implements SourceLines {

    private final Path root;
    private final Map<String, List<String>> cache = new HashMap<>();

    FileLines(Path root) {
        this.root = root;
    }

    @Override
    public Optional<String> findLine(SourcePos pos) {
        List<String> lines = cache.computeIfAbsent(pos.file(), this::readLines);
        int i = pos.line() - 1;
        return i >= 0 && i < lines.size() ? Optional.of(stripBom(lines.get(i))) : Optional.empty();
    }

    private List<String> readLines(String file) {
        try {
            return new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
