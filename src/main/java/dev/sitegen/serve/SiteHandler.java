package dev.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Answers every request: site files under the base URL with their content type (HTML gets the
 * live-reload script), {@code 404.html} with status 404 for anything missing, 403 for paths that try
 * to leave the site, a redirect from {@code /} to the base, and the preview's own endpoints
 * ({@code events}, {@code live.js}, {@code diagnostics.json} under {@code __site-gen/}).
 */
final class SiteHandler implements HttpHandler {

    private final String basePath;
    private final ServedFiles files;
    private final EventHub events;
    private final DiagnosticsFeed feed;

    SiteHandler(String basePath, ServedFiles files, EventHub events, DiagnosticsFeed feed) {
        this.basePath = basePath;
        this.files = files;
        this.events = events;
        this.feed = feed;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed\n");
                return;
            }
            RequestTarget target = RequestTarget.resolveTarget(exchange.getRequestURI().getRawPath(), basePath);
            switch (target.kind()) {
                case REDIRECT -> redirect(exchange, target.path());
                case REFUSED -> sendText(exchange, 403, "forbidden: the path leaves the site\n");
                case NOT_FOUND -> sendNotFound(exchange);
                case INTERNAL -> serveInternal(exchange, target.path());
                case FILE -> serveFile(exchange, target.path());
            }
        } catch (IOException | RuntimeException e) {
            sendError(exchange, e);
        }
    }

    private void serveFile(HttpExchange exchange, String sitePath) throws IOException {
        if (!sitePath.isEmpty() && !sitePath.endsWith("/") && files.isFolder(sitePath)) {
            redirect(exchange, exchange.getRequestURI().getRawPath() + "/");
            return;
        }
        String path = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        Optional<Path> file = files.findFile(path);
        try {
            if (file.isPresent()) {
                send(exchange, 200, path, Files.readAllBytes(file.get()));
                return;
            }
        } catch (NoSuchFileException e) {
            // replaced by a rebuild between the lookup and the read: answer as missing
        }
        sendNotFound(exchange);
    }

    private void serveInternal(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "events" -> events.addClient(exchange, "{\"generation\":" + feed.currentGeneration() + "}");
            case "live.js" -> send(exchange, 200, name, LiveScript.readScript());
            case "diagnostics.json" -> send(exchange, 200, name, feed.writeJson(findQueryParam(exchange, "page")));
            default -> sendNotFound(exchange);
        }
    }

    private void sendNotFound(HttpExchange exchange) throws IOException {
        Optional<Path> page = files.findFile("404.html");
        if (page.isPresent()) {
            send(exchange, 404, "404.html", Files.readAllBytes(page.get()));
        } else {
            sendText(exchange, 404, "not found\n");
        }
    }

    private void send(HttpExchange exchange, int status, String sitePath, byte[] body) throws IOException {
        byte[] out = ContentTypes.isHtml(sitePath) ? LiveReloadTag.injectScript(body, basePath) : body;
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.findContentType(sitePath));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || out.length == 0 ? -1 : out.length);
        if (!head) {
            exchange.getResponseBody().write(out);
        }
        exchange.close();
    }

    private void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "message.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A 500 when the response has not started; otherwise the connection is just closed. */
    private void sendError(HttpExchange exchange, Exception e) {
        try {
            sendText(exchange, 500, "site-gen serve: " + e + "\n");
        } catch (IOException | RuntimeException again) {
            exchange.close();
        }
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static Optional<String> findQueryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
