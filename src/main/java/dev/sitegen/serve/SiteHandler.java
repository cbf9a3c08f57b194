package dev.sitegen.serve;

import dev.sitegen.model.UrlPaths;
import dev.sitegen.render.Assets;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Answers every request: 403 first for any request not addressed to this server by name (see
 * {@link LocalOrigin}), then site files under the base URL with their content type (HTML gets the
 * live-reload script), {@code 404.html} with status 404 for anything missing, 403 for paths that try
 * to leave the site, a redirect from {@code /} to the base, and the preview's own endpoints
 * ({@code events}, {@code live.js}, {@code diagnostics.json} under {@code __site-gen/}).
 */
final class SiteHandler implements ConnectionListener.Handler {

    private final String basePath;
    private final LocalOrigin origin;
    private final ServedFiles files;
    private final EventHub events;
    private final DiagnosticsFeed feed;

    SiteHandler(String basePath, LocalOrigin origin, ServedFiles files, EventHub events, DiagnosticsFeed feed) {
        this.basePath = basePath;
        this.origin = origin;
        this.files = files;
        this.events = events;
        this.feed = feed;
    }

    @Override
    public void handle(Exchange exchange) {
        try {
            Optional<String> refusal = origin.findRefusal(exchange.request());
            if (refusal.isPresent()) {
                exchange.sendText(403, refusal.get());
                return;
            }
            String method = exchange.request().method();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.send(405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8),
                        Map.of("Allow", "GET, HEAD"));
                return;
            }
            RequestTarget target = RequestTarget.resolveTarget(exchange.request().rawPath(), basePath);
            switch (target.kind()) {
                case REDIRECT -> exchange.redirect(target.path());
                case REFUSED -> exchange.sendText(403, "forbidden: the path leaves the site\n");
                case NOT_FOUND -> sendNotFound(exchange);
                case INTERNAL -> serveInternal(exchange, target.path());
                case FILE -> serveFile(exchange, target.path());
            }
        } catch (IOException | RuntimeException e) {
            sendError(exchange, e);
        }
    }

    private void serveFile(Exchange exchange, String sitePath) throws IOException {
        if (!sitePath.isEmpty() && !sitePath.endsWith("/") && files.isFolder(sitePath)) {
            exchange.redirect(exchange.request().rawPath() + "/");
            return;
        }
        String path = UrlPaths.resolveIndexFile(sitePath);
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

    private void serveInternal(Exchange exchange, String name) throws IOException {
        switch (name) {
            case "events" -> {
                if (!events.addClient(exchange, "{\"generation\":" + feed.currentGeneration() + "}")) {
                    exchange.sendText(503, "too many live-reload streams open; close some preview tabs\n");
                }
            }
            // from the theme, but only here: the build publishes the theme's site assets, not this script
            case LiveReloadTag.SCRIPT -> send(exchange, 200, name, Assets.readAsset(LiveReloadTag.SCRIPT));
            case "diagnostics.json" -> send(exchange, 200, name, feed.writeJson(findQueryParam(exchange, "page")));
            default -> sendNotFound(exchange);
        }
    }

    private void sendNotFound(Exchange exchange) throws IOException {
        Optional<Path> page = files.findFile("404.html");
        if (page.isPresent()) {
            send(exchange, 404, "404.html", Files.readAllBytes(page.get()));
        } else {
            exchange.sendText(404, "not found\n");
        }
    }

    private void send(Exchange exchange, int status, String sitePath, byte[] body) throws IOException {
        byte[] out = ContentTypes.isHtml(sitePath) ? LiveReloadTag.injectScript(body, basePath) : body;
        exchange.send(status, ContentTypes.findContentType(sitePath), out, Map.of());
    }

    /** A 500 when the response has not started; otherwise the listener just closes the connection. */
    private static void sendError(Exchange exchange, Exception e) {
        if (exchange.isAnswered()) {
            return;
        }
        try {
            exchange.sendText(500, "site-gen serve: " + e + "\n");
        } catch (IOException | RuntimeException again) {
            // the client is gone
        }
    }

    private static Optional<String> findQueryParam(Exchange exchange, String name) {
        Optional<String> query = exchange.request().findRawQuery();
        if (query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.get().split("&")) {
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
