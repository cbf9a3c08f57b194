package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import picocli.CommandLine;

/**
 * Turns exceptions that abort a command into a one-line message: configuration problems exit 2
 * with a hint; anything else is a bug or an I/O failure and exits 2 with its cause chain.
 */
final class AbortHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof ConfigException ce) {
            cli.getErr().println("error: " + ce.getMessage());
            cli.getErr().println("  help: " + ce.hint());
            return USAGE;
        }
        StringBuilder message = new StringBuilder("error: ").append(e);
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            message.append("\n  caused by: ").append(t);
        }
        cli.getErr().println(message);
        return USAGE;
    }
}
