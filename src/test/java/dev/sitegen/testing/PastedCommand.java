package dev.sitegen.testing;

import dev.sitegen.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command line the site prints as a contributor pasting it would: in a new JVM whose working folder
 * is {@code folder}, {@code site-gen} being this build's classes. Keeps the exit code and both streams,
 * interleaved.
 */
public record PastedCommand(int exitCode, String output) {

    public static PastedCommand runAt(Path folder, String commandLine) throws IOException, InterruptedException {
        List<String> words = splitWords(commandLine);
        if (words.isEmpty() || !words.get(0).equals("site-gen")) {
            throw new IllegalArgumentException("not a site-gen command: " + commandLine);
        }
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        argv.addAll(words.subList(1, words.size()));
        Path log = Files.createTempFile("site-gen-run", ".log");
        try {
            Process p = new ProcessBuilder(argv).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("still running after 300 s: " + commandLine);
            }
            return new PastedCommand(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.delete(log);
        }
    }

    /** Words as a POSIX shell splits this simple form: spaces, and double-quoted strings without escapes. */
    static List<String> splitWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
