package dev.sitegen.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where one command line runs and what it sees: the caller's working folder and environment. A process
 * runs its own command lines with its own ({@link #ofThisProcess()}); a daemon serves callers with
 * theirs, so no command reads the process's working folder or environment directly.
 */
public record Invocation(Path workingFolder, Map<String, String> environment) {

    public Invocation {
        workingFolder = workingFolder.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
    }

    /** The running process's own working folder and environment. */
    public static Invocation ofThisProcess() {
        return new Invocation(Path.of(""), System.getenv());
    }
}
