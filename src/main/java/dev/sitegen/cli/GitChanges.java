package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.load.ChildProcesses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The files of a work tree that differ from a git ref, asked of the {@code git} command (no library):
 * committed, staged and unstaged changes ({@code git diff --name-only REF --}) plus untracked files
 * ({@code git ls-files --others --exclude-standard}), as paths relative to ROOT with forward slashes.
 * A missing git, a ROOT outside a work tree or an unknown ref abort with a hint (exit 2). git runs with the
 * caller's environment, in ROOT ({@link ChildProcesses}).
 */
final class GitChanges {

    static final String SHALLOW_HINT = "in a shallow CI clone, fetch the ref first: git fetch origin ";

    private GitChanges() {
    }

    /** Sorted paths relative to {@code root} that changed since {@code ref}, untracked files included. */
    static List<String> listChangedFiles(Path root, String ref, Map<String, String> environment)
            throws ConfigException, IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new ConfigException("--changed-since '" + ref + "': not a git ref",
                    "pass a branch, tag or commit, for example --changed-since origin/main");
        }
        GitResult inside = runGit(root, environment, "rev-parse", "--is-inside-work-tree");
        if (inside.exitCode() != 0) {
            throw new ConfigException(root + ": not inside a git work tree (" + inside.firstErrorLine() + ")",
                    "--changed-since needs ROOT to be in a git checkout; drop it to check every connector");
        }
        if (runGit(root, environment, "rev-parse", "--verify", "--quiet", ref + "^{commit}").exitCode() != 0) {
            throw new ConfigException("--changed-since " + ref + ": git does not know this ref in " + root,
                    SHALLOW_HINT + ref.replaceFirst("^(refs/remotes/)?origin/", ""));
        }
        TreeSet<String> paths = new TreeSet<>();
        paths.addAll(runGitChecked(root, environment, "diff", "--name-only", "--relative", "-z", ref, "--")
                .splitPaths());
        paths.addAll(runGitChecked(root, environment, "ls-files", "--others", "--exclude-standard", "-z")
                .splitPaths());
        return List.copyOf(paths);
    }

    private static GitResult runGitChecked(Path root, Map<String, String> environment, String... args)
            throws ConfigException, IOException {
        GitResult result = runGit(root, environment, args);
        if (result.exitCode() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed with exit code "
                    + result.exitCode() + ": " + result.firstErrorLine());
        }
        return result;
    }

    private static GitResult runGit(Path root, Map<String, String> environment, String... args)
            throws ConfigException, IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(Arrays.asList(args));
        Process process;
        try {
            process = ChildProcesses.prepareProcess(command, root, environment)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new ConfigException("--changed-since needs git, which could not be run (" + e.getMessage() + ")",
                    "install git and put it on PATH, or drop --changed-since to check every connector");
        }
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = readAll(process.getInputStream());
        try {
            int code = process.waitFor();
            return new GitResult(code, new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One git run: its exit code, standard output and standard error. */
    private record GitResult(int exitCode, String out, String err) {

        List<String> splitPaths() {
            return Arrays.stream(out.split("\u0000")).filter(p -> !p.isBlank()).toList();
        }

        String firstErrorLine() {
            return err.lines().filter(l -> !l.isBlank()).findFirst().orElse("no message").strip();
        }
    }
}
