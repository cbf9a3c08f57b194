package dev.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event streams of open pages. Each client gets a {@code hello} event when it
 * connects and a {@code rebuild} event after every rebuild; a comment line every few seconds finds
 * clients that went away, which are dropped on the first failed write.
 */
final class EventHub implements AutoCloseable {

    private static final long PING_SECONDS = 10;

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "site-gen-serve-ping");
        t.setDaemon(true);
        return t;
    });

    EventHub() {
        pinger.scheduleAtFixedRate(() -> broadcast(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** Keeps the exchange open as an event stream; {@code helloJson} is the first event's data. */
    void addClient(HttpExchange exchange, String helloJson) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        sendTo(exchange, "retry: 1000\n" + formatEvent("hello", helloJson));
    }

    /** Sends one event to every connected client; {@code json} must be a single line. */
    void publishEvent(String name, String json) {
        broadcast(formatEvent(name, json));
    }

    int countClients() {
        return clients.size();
    }

    private static String formatEvent(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private void broadcast(String text) {
        for (HttpExchange client : clients) {
            sendTo(client, text);
        }
    }

    private void sendTo(HttpExchange client, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        synchronized (client) {
            try {
                client.getResponseBody().write(bytes);
                client.getResponseBody().flush();
            } catch (IOException e) {
                clients.remove(client);
                client.close();
            }
        }
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        for (HttpExchange client : clients) {
            synchronized (client) {
                client.close();
            }
        }
        clients.clear();
    }
}
