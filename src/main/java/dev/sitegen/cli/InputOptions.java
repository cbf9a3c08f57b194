package dev.sitegen.cli;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Options shared by {@code build} and {@code check}: the root, the report's format, file and whether
 * it lists infos, and the worker count.
 */
final class InputOptions {

    private final Invocation invocation;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT",
            description = "Content folder (with site.yaml) or connector monorepo root. " + DefaultRoot.DESCRIPTION)
    /** As given on the command line; null when left out. */
    Path root;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (github: Actions annotations; "
                    + "sarif: SARIF 2.1.0 for code scanning). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the report to FILE (same format).")
    Path reportFile;

    @Option(names = "--verbose",
            description = "List info findings in the text report too (by default they are only counted).")
    boolean verbose;

    /** Read by bin/site-gen before any parsing (dev.sitegen.daemon.DaemonClient); here for help and validation. */
    @Option(names = "--no-daemon",
            description = "Run in this process: bin/site-gen otherwise runs build and check in its background "
                    + "process (see `site-gen daemon`).")
    boolean noDaemon;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads. Default: one per core.")
    Integer jobs;

    /** Made by picocli through {@link InvocationFactory}. */
    InputOptions(Invocation invocation) {
        this.invocation = invocation;
    }

    /** ROOT as given, else the default for the caller's working folder ({@link DefaultRoot}). */
    Path resolveRoot() throws ConfigException {
        return DefaultRoot.resolveRoot(Optional.ofNullable(root), invocation);
    }

    int threads() {
        return jobs == null || jobs < 1 ? Workers.defaultThreads() : jobs;
    }
}
