package dev.sitegen.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The text of files as they were at a git ref, all asked of one {@code git cat-file --batch} process
 * (one process however many connectors changed). Paths are relative to ROOT and asked as
 * {@code REF:./path}, which git resolves against the working directory, so ROOT may be a subfolder of
 * the work tree. A path that is no file at the ref is left out of the answer. git runs with the caller's
 * environment, in ROOT ({@link ChildProcesses}).
 */
final class GitBlobs {

    private GitBlobs() {
    }

    /** The bytes of each path that is a file at the ref. */
    static Map<String, byte[]> readBlobs(Path root, String ref, SortedSet<String> paths,
                                         Map<String, String> environment) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        Process git = ChildProcesses.prepareProcess(List.of("git", "-C", root.toString(), "cat-file", "--batch"), root,
                environment).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder request = new StringBuilder();
        paths.forEach(p -> request.append(ref).append(":./").append(p).append('\n'));
        // written apart from reading: a large answer would otherwise block git before it reads every line
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> writeAll(git.getOutputStream(),
                request.toString().getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = new BufferedInputStream(git.getInputStream())) {
            for (String path : paths) {
                String header = readLine(in);
                if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
                    continue;
                }
                String[] parts = header.split(" ");
                if (parts.length != 3) {
                    throw new IOException("git cat-file answered '" + header + "' for " + ref + ":" + path);
                }
                byte[] body = in.readNBytes(Integer.parseInt(parts[2]));
                in.read(); // the newline after each object
                if (parts[1].equals("blob")) {
                    out.put(path, body);
                }
            }
            written.join();
            if (git.waitFor() != 0) {
                throw new IOException("git cat-file --batch failed with exit code " + git.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            git.destroy();
            throw new IOException("interrupted while reading " + ref + " from git", e);
        } finally {
            git.destroy();
        }
        return out;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("git cat-file --batch ended early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static void writeAll(OutputStream stdin, byte[] bytes) {
        try (stdin) {
            stdin.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
