package dev.sitegen.serve;

import com.sun.net.httpserver.HttpServer;
import dev.sitegen.config.ConfigException;
import dev.sitegen.load.Workers;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code site-gen serve}: builds the site into a private temporary folder, serves it on 127.0.0.1
 * only, watches the build root and rebuilds what each edit touches, telling open pages to reload.
 * Exists so contributors see their docs and the checks' findings as they type, without publishing
 * anything; closing it stops the server and deletes the temporary folder.
 */
public final class PreviewServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService handlers;
    private final SourceWatcher watcher;
    private final EventHub events;
    private final ServedFiles files;
    private final String basePath;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean closed;

    private PreviewServer(HttpServer http, ExecutorService handlers, SourceWatcher watcher, EventHub events,
                          ServedFiles files, String basePath) {
        this.http = http;
        this.handlers = handlers;
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
        ServedFiles files = new ServedFiles(Files.createTempDirectory("site-gen-serve-"));
        EventHub events = new EventHub();
        SourceWatcher watcher = null;
        HttpServer http = null;
        ExecutorService handlers = null;
        try {
            DiagnosticsFeed feed = new DiagnosticsFeed();
            Rebuilder rebuilder = new Rebuilder(loader, settings, workers, files, events, feed, terminal);
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
            LoadedSite site = loader.loadSite();
            watcher = SourceWatcher.watchTree(site.layout().root(), site.layout().connectorsDir());
            rebuilder.buildFirst(site);
            handlers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "site-gen-serve-http");
                t.setDaemon(true);
                return t;
            });
            http.createContext("/", new SiteHandler(settings.basePath(), files, events, feed));
            http.setExecutor(handlers);
            http.start();
            watcher.startWatching(rebuilder::rebuild);
            return new PreviewServer(http, handlers, watcher, events, files, settings.basePath());
        } catch (ConfigException | IOException | RuntimeException e) {
            closeQuietly(http, handlers, watcher, events, files);
            throw e;
        }
    }

    /** The port actually bound (the free one chosen for port 0). */
    public int port() {
        return http.getAddress().getPort();
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
        closeQuietly(http, handlers, watcher, events, files);
        stopped.countDown();
    }

    private static void closeQuietly(HttpServer http, ExecutorService handlers, SourceWatcher watcher,
                                     EventHub events, ServedFiles files) {
        events.close();
        if (http != null) {
            http.stop(0);
        }
        if (handlers != null) {
            handlers.shutdownNow();
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
