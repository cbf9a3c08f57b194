package dev.sitegen.serve;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.load.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * {@code site-gen serve}: binds 127.0.0.1 and says where it serves first, then builds the site through
 * the one pipeline into a private temporary folder, serves it (only to requests addressed to it by name,
 * {@link LocalOrigin}, with at most the threads and connections {@link ServeLimits} allows), watches the
 * build root and rebuilds what each edit touches, telling open pages to reload. Exists so contributors
 * see their docs and the checks' findings as they type, without publishing anything; closing it stops
 * everything at once, in-flight rebuild or not, and deletes the temporary folder.
 */
public final class PreviewServer implements AutoCloseable {

    private final ConnectionListener listener;
    private final EventHub events;
    private final ServedFiles files;
    private final PreviewSettings settings;
    private final Workers workers;
    private final PrintWriter terminal;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private SourceWatcher watcher;
    private boolean closed;

    private PreviewServer(ConnectionListener listener, EventHub events, ServedFiles files, PreviewSettings settings,
                          Workers workers, PrintWriter terminal) {
        this.listener = listener;
        this.events = events;
        this.files = files;
        this.settings = settings;
        this.workers = workers;
        this.terminal = terminal;
    }

    /**
     * Binds the port and prints {@code serving http://...}; nothing is read or built yet, so a user
     * knows where to look at once. Fails when the port is taken.
     */
    public static PreviewServer bindServer(PreviewSettings settings, Workers workers, PrintWriter terminal)
            throws IOException {
        return bindServer(settings, ServeLimits.DEFAULTS, workers, terminal);
    }

    static PreviewServer bindServer(PreviewSettings settings, ServeLimits limits, Workers workers,
                                    PrintWriter terminal) throws IOException {
        ServedFiles files = new ServedFiles(ScratchFolder.createFolder());
        ConnectionListener listener;
        try {
            listener = ConnectionListener.bindPort(settings.port(), limits);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
        PreviewServer server = new PreviewServer(listener, new EventHub(limits.eventStreams()), files, settings,
                workers, terminal);
        terminal.println("serving " + server.siteUri() + " (Ctrl-C to stop)");
        terminal.flush();
        return server;
    }

    /**
     * Builds the site once, then serves and watches. Fails (and leaves nothing behind) when the first
     * build cannot load the root; later rebuild failures are only reported.
     */
    public void startServing(SiteLoader loader) throws ConfigException, IOException {
        try {
            DiagnosticsFeed feed = new DiagnosticsFeed();
            Rebuilder rebuilder = new Rebuilder(loader, settings, workers, files, events, feed, terminal,
                    siteUri().resolve(RequestTarget.INTERNAL_PREFIX + "diagnostics.json"));
            Site site = loader.loadSite();
            SourceWatcher started = SourceWatcher.watchTree(site.layout().root(), site.layout().connectorsDir());
            synchronized (this) {
                watcher = started;
                if (closed) {
                    started.close();
                    return;
                }
            }
            rebuilder.buildFirst(site);
            listener.start(new SiteHandler(settings.basePath(), LocalOrigin.forPort(listener.port()), files, events,
                    feed));
            started.startWatching(rebuilder::rebuild);
        } catch (ConfigException | IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Binds, builds and serves: {@link #bindServer} then {@link #startServing}. */
    public static PreviewServer startServer(SiteLoader loader, PreviewSettings settings, Workers workers,
                                            PrintWriter terminal) throws ConfigException, IOException {
        return startServer(loader, settings, ServeLimits.DEFAULTS, workers, terminal);
    }

    static PreviewServer startServer(SiteLoader loader, PreviewSettings settings, ServeLimits limits, Workers workers,
                                     PrintWriter terminal) throws ConfigException, IOException {
        PreviewServer server = bindServer(settings, limits, workers, terminal);
        server.startServing(loader);
        return server;
    }

    /** The port actually bound (the free one chosen for port 0). */
    public int port() {
        return listener.port();
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:4000/}. */
    public URI siteUri() {
        return URI.create("http://127.0.0.1:" + port() + settings.basePath());
    }

    /** Blocks until {@link #close()} is called (from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        SourceWatcher stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = watcher;
        }
        events.close();
        listener.close();
        try {
            if (stopping != null) {
                stopping.close();
            }
            files.close();
        } catch (IOException e) {
            // best effort: the temporary folder is the OS's to clean when it cannot be deleted
        }
        stopped.countDown();
    }
}
