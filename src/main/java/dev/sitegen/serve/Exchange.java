package dev.sitegen.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request on one connection, answered once: a whole response with its {@code Content-Length}
 * (HEAD gets the GET's headers and length, no body), or the head of an event stream whose socket
 * then belongs to the {@link EventHub}. Every response closes the connection, so a worker never waits
 * on an idle keep-alive socket; on loopback a new connection per request costs nothing.
 */
final class Exchange {

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 302, "Found", 400, "Bad Request",
            403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed", 431, "Request Header Fields Too Large",
            500, "Internal Server Error", 503, "Service Unavailable");

    private final RequestHead request;
    private final SocketChannel channel;
    private boolean answered;
    private boolean streaming;

    Exchange(RequestHead request, SocketChannel channel) {
        this.request = request;
        this.channel = channel;
    }

    RequestHead request() {
        return request;
    }

    boolean isAnswered() {
        return answered;
    }

    /** Whether the connection was handed to the event hub and must stay open. */
    boolean isStreaming() {
        return streaming;
    }

    /** Sends {@code body} with the headers every response carries plus {@code extra}. */
    void send(int status, String contentType, byte[] body, Map<String, String> extra) throws IOException {
        StringBuilder head = startHead(status);
        addHeader(head, "Content-Type", contentType);
        addHeader(head, "Content-Length", String.valueOf(body.length));
        addHeader(head, "X-Content-Type-Options", "nosniff");
        extra.forEach((name, value) -> addHeader(head, name, value));
        writeFully(head, request.isHead() ? new byte[0] : body);
    }

    void sendText(int status, String text) throws IOException {
        send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** {@code location} is a path built from the base URL or the request's own (visible ASCII) path. */
    void redirect(String location) throws IOException {
        StringBuilder head = startHead(302);
        addHeader(head, "Location", location);
        addHeader(head, "Content-Length", "0");
        writeFully(head, new byte[0]);
    }

    /**
     * Sends the head of an event stream (no length: it ends when the connection does) and hands the
     * connection over, switched to non-blocking so a client that stops reading can never block the
     * thread that writes events to it.
     */
    SocketChannel startEventStream() throws IOException {
        StringBuilder head = startHead(200);
        addHeader(head, "Content-Type", "text/event-stream; charset=utf-8");
        writeFully(head, new byte[0]);
        channel.configureBlocking(false);
        streaming = true;
        return channel;
    }

    /** A response written before any request was read (bad head, server busy): one write, best effort. */
    static void sendStatus(SocketChannel channel, int status, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(REASONS.get(status))
                .append("\r\n");
        addHeader(head, "Content-Type", "text/plain; charset=utf-8");
        addHeader(head, "Content-Length", String.valueOf(body.length));
        addHeader(head, "Connection", "close");
        head.append("\r\n");
        try {
            channel.write(new ByteBuffer[] {ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.ISO_8859_1)),
                ByteBuffer.wrap(body)});
        } catch (IOException e) {
            // the client is gone; the caller closes the connection either way
        }
    }

    private StringBuilder startHead(int status) {
        if (answered) {
            throw new IllegalStateException("response already sent for " + request.target());
        }
        answered = true;
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Status")).append("\r\n");
        addHeader(head, "Cache-Control", "no-store");
        addHeader(head, "Connection", "close");
        return head;
    }

    private static void addHeader(StringBuilder head, String name, String value) {
        head.append(name).append(": ").append(value).append("\r\n");
    }

    private void writeFully(StringBuilder head, byte[] body) throws IOException {
        head.append("\r\n");
        ByteBuffer[] buffers = {ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.ISO_8859_1)),
            ByteBuffer.wrap(body)};
        while (buffers[0].hasRemaining() || buffers[1].hasRemaining()) {
            channel.write(buffers);
        }
    }
}
