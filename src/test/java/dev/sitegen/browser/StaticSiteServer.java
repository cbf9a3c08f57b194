package dev.sitegen.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site folder on 127.0.0.1 under a URL prefix (like a host serving a PR preview at
 * {@code /preview/}): {@code dir/} answers with its {@code index.html}, {@code dir} without the slash
 * redirects, unknown paths get the site's {@code 404.html} with status 404, and nothing outside the
 * folder is reachable.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private final HttpServer server;
    private final ExecutorService pool;
    private final Path root;
    private final String prefix;

    private StaticSiteServer(HttpServer server, ExecutorService pool, Path root, String prefix) {
        this.server = server;
        this.pool = pool;
        this.root = root;
        this.prefix = prefix;
    }

    /** Starts serving {@code root} at {@code http://127.0.0.1:<free port><prefix>}; prefix like "/preview/". */
    public static StaticSiteServer start(Path root, String prefix) throws IOException {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must start and end with '/': " + prefix);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-site-server");
            t.setDaemon(true);
            return t;
        });
        StaticSiteServer s = new StaticSiteServer(server, pool, root.toAbsolutePath().normalize(), prefix);
        server.createContext("/", s::handle);
        server.setExecutor(pool);
        server.start();
        return s;
    }

    /** The site's root URL, ending in the prefix: {@code http://127.0.0.1:PORT/preview/}. */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = ex.getRequestURI().getRawPath();
            if ((rawPath + "/").equals(prefix)) {
                redirect(ex, prefix);
                return;
            }
            if (!rawPath.startsWith(prefix)) {
                notFound(ex);
                return;
            }
            String rel = URLDecoder.decode(rawPath.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = root.resolve(rel).normalize();
            if (!file.startsWith(root) || rel.contains("\0")) {
                notFound(ex);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    String query = ex.getRequestURI().getRawQuery();
                    redirect(ex, rawPath + "/" + (query == null ? "" : "?" + query));
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(ex);
                return;
            }
            send(ex, 200, contentType(file), Files.readAllBytes(file));
        }
    }

    private void notFound(HttpExchange ex) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            send(ex, 404, TYPES.get("html"), Files.readAllBytes(page));
        } else {
            send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        if (head || body.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
