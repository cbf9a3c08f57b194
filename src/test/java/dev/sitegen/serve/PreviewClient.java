package dev.sitegen.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Talks to a running preview the way a browser does (127.0.0.1 only): plain GETs without following
 * redirects, an event stream whose events are collected in the background, and bounded polling.
 */
public final class PreviewClient implements AutoCloseable {

    /** One server-sent event. */
    public record Event(String name, String data) {
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String origin;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private Thread reader;

    public PreviewClient(int port) {
        this.origin = "http://127.0.0.1:" + port;
    }

    /** GETs a raw path (kept as written, so encoded and dotted segments reach the server). */
    public HttpResponse<String> get(String rawPath) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(origin + rawPath)).timeout(Duration.ofSeconds(20))
                    .GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String fetchBody(String rawPath) {
        return get(rawPath).body();
    }

    /** Opens the event stream at {@code rawPath} and collects its events until closed. */
    public HttpResponse<Stream<String>> openEvents(String rawPath) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + rawPath)).GET().build();
        HttpResponse<Stream<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(20, TimeUnit.SECONDS);
        reader = new Thread(() -> collectEvents(response.body()), "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
        return response;
    }

    private void collectEvents(Stream<String> lines) {
        String[] name = {"message"};
        StringBuilder data = new StringBuilder();
        try (lines) {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name[0], data.toString()));
                    }
                    name[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name[0] = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring("data: ".length()));
                }
            });
        } catch (RuntimeException e) {
            // the stream ends when the server stops
        }
    }

    public List<Event> listEvents() {
        return List.copyOf(events);
    }

    /** Polls {@code condition} every 25 ms for at most {@code seconds}; true when it held. */
    public static boolean awaitCondition(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(25);
        }
        return condition.getAsBoolean();
    }

    /** Copies a folder tree (the content under test is always a copy). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.interrupt();
        }
    }
}
