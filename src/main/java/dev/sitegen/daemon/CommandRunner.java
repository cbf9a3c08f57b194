package dev.sitegen.daemon;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs one command line for a caller, as the command line's entry point does in its own process. */
@FunctionalInterface
public interface CommandRunner {

    /** Runs {@code args} in {@code workingFolder} with {@code environment}; returns the exit code. */
    int runCommand(List<String> args, Path workingFolder, Map<String, String> environment, PrintWriter out,
            PrintWriter err);
}
