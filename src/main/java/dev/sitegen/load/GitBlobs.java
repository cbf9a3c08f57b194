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
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The text of files as they were at a commit, all asked of one {@code git cat-file --batch} process
 * (one process however many connectors changed), or none when a long-lived process kept every answer
 * ({@link KeptBlobs}). Paths are relative to ROOT and asked as {@code ID:PREFIX/path} ({@link BaseCommit}), so
 * ROOT may be a subfolder of the work tree. They are read as committed ({@code git --no-replace-objects}): with
 * replace refs a commit id would not name its files for good, and the kept answers could go stale. A path that is
 * no file at the commit is left out of the answer. git runs with the caller's environment, in ROOT
 * ({@link ChildProcesses}).
 */
final class GitBlobs {

    private GitBlobs() {
    }

    /** The bytes of each path that is a file at the commit. */
    static Map<String, byte[]> readBlobs(Path root, BaseCommit commit, SortedSet<String> paths,
                                         Map<String, String> environment) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        SortedSet<String> asked = new TreeSet<>();
        for (String path : paths) {
            Optional<KeptBlobs.Answer> kept = KeptBlobs.findKept(commit.nameFile(path));
            if (kept.isPresent()) {
                kept.get().bytes().ifPresent(b -> out.put(path, b));
            } else {
                asked.add(path);
            }
        }
        if (!asked.isEmpty()) {
            askGit(root, commit, asked, environment, out);
        }
        return out;
    }

    private static void askGit(Path root, BaseCommit commit, SortedSet<String> paths, Map<String, String> environment,
                               Map<String, byte[]> out) throws IOException {
        Process git = ChildProcesses.prepareProcess(List.of("git", "-C", root.toString(), "--no-replace-objects",
                "cat-file", "--batch"), root, environment).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder request = new StringBuilder();
        paths.forEach(p -> request.append(commit.nameFile(p)).append('\n'));
        // written apart from reading: a large answer would otherwise block git before it reads every line
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> writeAll(git.getOutputStream(),
                request.toString().getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = new BufferedInputStream(git.getInputStream())) {
            Map<String, Optional<byte[]>> answers = new TreeMap<>();
            for (String path : paths) {
                String header = readLine(in);
                if (header.endsWith(" missing")) {
                    // absent, and not kept: whether git has an object depends on this store (a partial clone
                    // whose fetch failed, GIT_OBJECT_DIRECTORY), not on the commit alone
                    continue;
                }
                if (header.endsWith(" ambiguous")) {
                    continue; // not kept: no file named for good (a full id is never ambiguous)
                }
                String[] parts = header.split(" ");
                if (parts.length != 3) {
                    throw new IOException("git cat-file answered '" + header + "' for " + commit.nameFile(path));
                }
                byte[] body = in.readNBytes(Integer.parseInt(parts[2]));
                in.read(); // the newline after each object
                answers.put(path, parts[1].equals("blob") ? Optional.of(body) : Optional.empty());
            }
            written.join();
            if (git.waitFor() != 0) {
                throw new IOException("git cat-file --batch failed with exit code " + git.exitValue());
            }
            // kept only once git ended well: every answer is then the whole object
            answers.forEach((path, bytes) -> {
                KeptBlobs.keep(commit.nameFile(path), bytes);
                bytes.ifPresent(b -> out.put(path, b));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            git.destroy();
            throw new IOException("interrupted while reading " + commit.id() + " from git", e);
        } finally {
            git.destroy();
        }
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
