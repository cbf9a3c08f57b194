package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.load.ChildProcesses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One git process, started with the caller's environment in ROOT ({@link ChildProcesses}), its standard output
 * and error read as they come on threads of their own: several can run at once, and none waits on a full pipe
 * while another's answer is read. Closing it ends a git whose answer was not awaited (a refusal came first).
 */
final class GitRun implements AutoCloseable {

    private final List<String> args;
    private final Process process;
    private final FutureTask<byte[]> out;
    private final FutureTask<byte[]> err;

    private GitRun(List<String> args, Process process) {
        this.args = args;
        this.process = process;
        this.out = readInBackground(process.getInputStream(), "git-out");
        this.err = readInBackground(process.getErrorStream(), "git-err");
    }

    /**
     * Starts {@code git -C ROOT --no-replace-objects ARGS}; a git that cannot be run is a usage error with a hint
     * (exit 2). Without replace refs, as {@code load/GitBlobs} reads the files at the base: the changed files and
     * the base's files then come from the same objects.
     */
    static GitRun startGit(Path root, Map<String, String> environment, String... args) throws ConfigException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "--no-replace-objects"));
        command.addAll(Arrays.asList(args));
        try {
            Process process = ChildProcesses.prepareProcess(command, root, environment)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            return new GitRun(List.of(args), process);
        } catch (IOException e) {
            throw new ConfigException("--changed-since needs git, which could not be run (" + e.getMessage() + ")",
                    "install git and put it on PATH, or drop --changed-since to check every connector");
        }
    }

    /** git's exit code and output, once it ended. */
    Result awaitResult() throws IOException {
        try {
            byte[] stdout = out.get();
            byte[] stderr = err.get();
            return new Result(process.waitFor(), new String(stdout, StandardCharsets.UTF_8),
                    new String(stderr, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while running git " + String.join(" ", args), e);
        } catch (ExecutionException e) {
            throw new IOException("reading git " + String.join(" ", args) + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** As {@link #awaitResult}, and an {@link IOException} with git's first error line when it failed. */
    Result awaitSuccess() throws IOException {
        Result result = awaitResult();
        if (result.exitCode() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed with exit code "
                    + result.exitCode() + ": " + result.firstErrorLine());
        }
        return result;
    }

    /** Ends git if it still runs (nothing when it ended). */
    @Override
    public void close() {
        process.destroy();
    }

    private static FutureTask<byte[]> readInBackground(InputStream stream, String name) {
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            try (InputStream in = stream) {
                return in.readAllBytes();
            }
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** One git run: its exit code, standard output and standard error. */
    record Result(int exitCode, String out, String err) {

        List<String> splitPaths() {
            return Arrays.stream(out.split("\u0000")).filter(p -> !p.isBlank()).toList();
        }

        String firstErrorLine() {
            return err.lines().filter(l -> !l.isBlank()).findFirst().orElse("no message").strip();
        }
    }
}
