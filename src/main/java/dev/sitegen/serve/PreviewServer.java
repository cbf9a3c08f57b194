package dev.sitegen.serve;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.load.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;

/**
 * {@code site-gen serve}: builds the site into a private temporary folder, serves it on 127.0.0.1
 * only, watches the build root and rebuilds what each edit touches, telling open pages to reload.
 * Exists so contributors see their docs and the checks' findings as they type, without publishing
 * anything; closing it stops the server and deletes the temporary folder. Answers only requests
 * addressed to it by name ({@link LocalOrigin}) and holds at most the threads and connections
 * {@link ServeLimits} allows.
 */
public final class PreviewServer implements AutoCloseable {

    private final ConnectionListener listener;
    private final SourceWatcher watcher;
    private final EventHub events;
    private final ServedFiles files;
    private final String basePath;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean closed;

    private PreviewServer(ConnectionListener listener, SourceWatcher watcher, EventHub events, ServedFiles files,
                          String basePath) {
        this.listener = listener;
        this.watcher = watcher;
        this.events = events;
        this.files = files;
        this.basePath = basePath;
    }

    /**
     * Builds the site once, starts serving and watching. Fails (and leaves nothing behind) when the
     * first build cannot load the root or the port is taken; later rebuild failures are only reported.
     */
    public static PreviewServer startServer(SiteLoader loader, PreviewSettings settings, Workers workers,
                                            PrintWriter terminal) throws ConfigException, IOException {
        return startServer(loader, settings, ServeLimits.DEFAULTS, workers, terminal);
    }

    static PreviewServer startServer(SiteLoader loader, PreviewSettings settings, ServeLimits limits, Workers workers,
                                     PrintWriter terminal) throws ConfigException, IOException {
        ServedFiles files = new ServedFiles(Files.createTempDirectory("site-gen-serve-"));
        EventHub events = new EventHub(limits.eventStreams());
        SourceWatcher watcher = null;
        ConnectionListener listener = null;
        try {
            DiagnosticsFeed feed = new DiagnosticsFeed();
            Rebuilder rebuilder = new Rebuilder(loader, settings, workers, files, events, feed, terminal);
            listener = ConnectionListener.bindPort(settings.port(), limits);
            Site site = loader.loadSite();
            watcher = SourceWatcher.watchTree(site.layout().root(), site.layout().connectorsDir());
            rebuilder.buildFirst(site);
            listener.start(new SiteHandler(settings.basePath(), LocalOrigin.forPort(listener.port()), files, events,
                    feed));
            watcher.startWatching(rebuilder::rebuild);
            return new PreviewServer(listener, watcher, events, files, settings.basePath());
        } catch (ConfigException | IOException | RuntimeException e) {
            closeQuietly(listener, watcher, events, files);
            throw e;
        }
    }

    /** The port actually bound (the free one chosen for port 0). */
    public int port() {
        return listener.port();
    }
    /** Where the site is served, e.g. {@code http://127.0.0.1:4000/}. */
    public URI siteUri() {
        return URI.create("http://127.0.0.1:" + port() + basePath);
    }

    /** Blocks until {@link #close()} is called (from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(listener, watcher, events, files);
        stopped.countDown();
    }

    private static void closeQuietly(ConnectionListener listener, SourceWatcher watcher, EventHub events,
                                     ServedFiles files) {
        events.close();
        if (listener != null) {
            listener.close();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
            files.close();
        } catch (IOException e) {
            // best effort: the temporary folder is the OS's to clean when it cannot be deleted
        }
    }
}
