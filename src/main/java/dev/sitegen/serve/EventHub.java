package dev.sitegen.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event streams of open pages. Each client gets a {@code hello} event when it
 * connects and a {@code rebuild} event after every rebuild; a comment line every few seconds finds
 * clients that went away. A stream holds no thread: its socket is written without blocking, and a
 * client that has not read what it was sent is dropped, so one stuck tab cannot stall a rebuild.
 * At most {@code maxClients} streams are open; one more is answered 503 so page requests and their
 * sockets never compete with an unbounded number of streams.
 */
final class EventHub implements AutoCloseable {

    private static final long PING_SECONDS = 10;

    private final int maxClients;
    private final List<SocketChannel> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "site-gen-serve-ping");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    EventHub(int maxClients) {
        this.maxClients = maxClients;
        pinger.scheduleAtFixedRate(() -> broadcast(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Keeps the exchange open as an event stream; {@code helloJson} is the first event's data. False
     * (and nothing sent) when the streams are at their limit.
     */
    synchronized boolean addClient(Exchange exchange, String helloJson) throws IOException {
        if (clients.size() >= maxClients) {
            dropClosedClients();
        }
        if (closed || clients.size() >= maxClients) {
            return false;
        }
        SocketChannel client = exchange.startEventStream();
        clients.add(client);
        sendTo(client, "retry: 1000\n" + formatEvent("hello", helloJson));
        return true;
    }

    /** Sends one event to every connected client; {@code json} must be a single line. */
    void publishEvent(String name, String json) {
        broadcast(formatEvent(name, json));
    }

    private static String formatEvent(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private void broadcast(String text) {
        for (SocketChannel client : clients) {
            sendTo(client, text);
        }
    }

    private void sendTo(SocketChannel client, String text) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        synchronized (client) {
            try {
                client.write(bytes);
                if (bytes.hasRemaining()) {
                    throw new IOException("client stopped reading its event stream");
                }
            } catch (IOException e) {
                drop(client);
            }
        }
    }

    /**
     * Drops the streams whose page was closed: a client never sends anything after its request, so
     * a read that finds the end of the stream (or an error) means it is gone. Without this a closed
     * tab would hold its place until the next ping failed.
     */
    private void dropClosedClients() {
        ByteBuffer sink = ByteBuffer.allocate(256);
        for (SocketChannel client : clients) {
            synchronized (client) {
                try {
                    sink.clear();
                    if (client.read(sink) < 0) {
                        drop(client);
                    }
                } catch (IOException e) {
                    drop(client);
                }
            }
        }
    }

    private void drop(SocketChannel client) {
        clients.remove(client);
        try {
            client.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        pinger.shutdownNow();
        for (SocketChannel client : clients) {
            drop(client);
        }
    }
}
