package dev.sitegen.load;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the programs a command runs (git) as the caller's own process would: in a given folder, with exactly
 * the caller's environment (not the JVM's, which a daemon shares between callers), and the program found on
 * the caller's {@code PATH}. The JDK looks a bare name up on the JVM's own {@code PATH}, so it is resolved
 * here first.
 */
public final class ChildProcesses {

    /** Where a shell looks when {@code PATH} is unset. */
    static final String DEFAULT_PATH = "/usr/bin:/bin";

    private ChildProcesses() {
    }

    /**
     * A builder for {@code command} run in {@code folder} with {@code environment}; an {@link IOException} when
     * the program is not on the environment's {@code PATH} (as {@link ProcessBuilder#start} throws for one it
     * cannot run).
     */
    public static ProcessBuilder prepareProcess(List<String> command, Path folder, Map<String, String> environment)
            throws IOException {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, requireProgram(command.get(0), environment).toString());
        ProcessBuilder builder = new ProcessBuilder(resolved).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    /**
     * {@code name} itself when it is an absolute path, else the first executable of that name on {@code PATH}. A
     * relative path would be the JVM's folder's: refused.
     */
    static Path requireProgram(String name, Map<String, String> environment) throws IOException {
        if (name.contains("/")) {
            if (!Path.of(name).isAbsolute()) {
                throw new IOException("Cannot run program \"" + name + "\": a relative path");
            }
            return Path.of(name);
        }
        String path = environment.getOrDefault("PATH", DEFAULT_PATH);
        for (String dir : path.split(File.pathSeparator, -1)) {
            // an empty or relative entry names the current folder, which would be the JVM's here: left out
            if (!dir.isEmpty() && Path.of(dir).isAbsolute()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IOException("Cannot run program \"" + name + "\": not found on PATH (" + path + ")");
    }
}
