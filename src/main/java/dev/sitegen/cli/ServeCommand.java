package dev.sitegen.cli;

import dev.sitegen.build.Build;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.serve.PreviewServer;
import dev.sitegen.serve.PreviewSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code serve}: a local preview that rebuilds what each edit touches and reloads open pages, so docs
 * can be checked as they are written. Serves until interrupted (Ctrl-C); never writes to the user's
 * output folder.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site into a temporary folder, serve it on 127.0.0.1, and rebuild and "
                + "re-check what each edit changes (open pages reload).")
final class ServeCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT",
            description = "Content folder (with site.yaml) or connector monorepo root. " + DefaultRoot.DESCRIPTION)
    Path root;

    @Option(names = "--port", defaultValue = "4000", paramLabel = "N",
            description = "Port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--base-url", defaultValue = "/", paramLabel = "PATH",
            description = "Serve the site under this path (e.g. /pr-123/). Default: ${DEFAULT-VALUE}.")
    String baseUrl;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date deadlines are judged against. Default: today.")
    LocalDate asOf;

    @Option(names = "--verbose",
            description = "List every finding in the terminal, infos too (by default: the first build's errors "
                    + "and the errors and warnings each rebuild adds; the rest are counted).")
    boolean verbose;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads. Default: one per core.")
    Integer jobs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Made by picocli through {@link InvocationFactory}. */
    ServeCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        PreviewSettings settings = readSettings();
        PrintWriter out = spec.commandLine().getOut();
        Workers workers = new Workers(jobs == null || jobs < 1 ? Workers.defaultThreads() : jobs);
        PreviewServer server;
        try {
            server = bindServer(settings, workers, out);
        } catch (ConfigException | IOException | RuntimeException e) {
            workers.close();
            throw e;
        }
        // Ctrl-C stops everything at once, even during the first build: nothing a preview writes is kept
        Thread hook = new Thread(() -> stop(server, workers), "site-gen-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Path site = DefaultRoot.resolveRoot(Optional.ofNullable(root), invocation);
            server.startServing(() -> Build.load(site, workers).site());
            server.awaitClose();
        } catch (ConfigException | IOException | RuntimeException e) {
            if (!server.isClosed()) {
                throw e;
            }
            // stopped while the first build ran: the build's failure is the stop, not an error
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop(server, workers);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook stops the server
            }
        }
        return 0;
    }

    private static void stop(PreviewServer server, Workers workers) {
        server.close();
        workers.stopNow();
    }

    private PreviewSettings readSettings() {
        try {
            return new PreviewSettings(port, baseUrl, asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC), verbose);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static PreviewServer bindServer(PreviewSettings settings, Workers workers, PrintWriter out)
            throws ConfigException, IOException {
        try {
            return PreviewServer.bindServer(settings, workers, out);
        } catch (BindException e) {
            throw new ConfigException("port " + settings.port() + " on 127.0.0.1 is not free: " + e.getMessage(),
                    "pass --port N with another port, or --port 0 to pick a free one");
        }
    }
}
