package dev.sitegen.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A caller's request as read from its non-blocking connection: a read that gets nothing for the bound fails. A
 * caller sends its whole request at once after connecting; one that connects and sends nothing (stopped, or not
 * a site-gen) would otherwise keep its thread, and the server counts every caller until answered: it could
 * never stop.
 */
final class RequestInput extends InputStream {

    private final SocketChannel connection;
    private final long boundNanos;
    /** When set, every read also ends at this instant: the bound is for the whole input, not each read. */
    private final long wholeDeadline;
    private final boolean whole;
    private Selector selector;

    RequestInput(SocketChannel connection, Duration bound) {
        this(connection, bound, false);
    }

    /**
     * {@code whole}: the bound is for all of the input (a {@link ScriptDoor} caller, who may be anyone: one that
     * sends a byte now and then must not keep its thread, and the daemon running, for long).
     */
    RequestInput(SocketChannel connection, Duration bound, boolean whole) {
        this.connection = connection;
        this.boundNanos = bound.toNanos();
        this.whole = whole;
        this.wholeDeadline = System.nanoTime() + boundNanos;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        long deadline = whole ? wholeDeadline : System.nanoTime() + boundNanos;
        while (true) {
            int n = connection.read(buffer);
            if (n != 0) {
                return n;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("the caller sent no request for " + boundNanos / 1_000_000 + " ms");
            }
            if (selector == null) {
                selector = Selector.open();
                connection.register(selector, SelectionKey.OP_READ);
            }
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
        }
    }

    /** Closes the selector only: the connection goes on to carry the answer. */
    @Override
    public void close() throws IOException {
        if (selector != null) {
            selector.close();
        }
    }
}
