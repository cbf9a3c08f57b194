package dev.sitegen.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Accepts connections on 127.0.0.1 and reads every request head on one selector thread, so a client
 * that connects and never finishes its request holds no thread: at most {@code pendingHeads} such
 * connections are kept (one more closes the oldest), each for at most {@code headTimeout}. A complete
 * head goes to the {@link RequestWorkers}: a fixed pool behind a bounded queue (full: 503), which closes a
 * connection whose response is still being written after {@code responseTimeout}.
 */
final class ConnectionListener implements AutoCloseable {

    /** Answers one request; the listener closes the connection afterwards unless it became a stream. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    /** A connection whose request head was read in full, with that head. */
    private record CompleteHead(SocketChannel channel, byte[] head) {
    }

    private final ServerSocketChannel server;
    private final Selector selector;
    private final ServeLimits limits;
    /** Answers the complete heads; calls {@link #handler} as {@link #start} set it. */
    private final RequestWorkers workers;
    private final Set<SelectionKey> pending = new LinkedHashSet<>();
    /** Heads completed in this select, handed to the workers once their keys are deregistered. */
    private final List<CompleteHead> complete = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(4096);
    private volatile boolean closed;
    private Thread loop;
    private Handler handler;

    private ConnectionListener(ServerSocketChannel server, Selector selector, ServeLimits limits) {
        this.server = server;
        this.selector = selector;
        this.limits = limits;
        this.workers = new RequestWorkers(limits, exchange -> handler.handle(exchange));
    }

    /** Binds the port now (so a taken port fails before the first build); serves after {@link #start}. */
    static ConnectionListener bindPort(int port, ServeLimits limits) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        Selector selector = null;
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 64);
            server.configureBlocking(false);
            selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
            return new ConnectionListener(server, selector, limits);
        } catch (IOException | RuntimeException e) {
            server.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
    }

    int port() {
        return server.socket().getLocalPort();
    }

    void start(Handler requestHandler) {
        this.handler = requestHandler;
        loop = RequestWorkers.daemon(this::runLoop, "site-gen-serve-accept");
        loop.start();
    }

    private void runLoop() {
        try {
            while (!closed) {
                selector.select(this::onReady, millisToOldestDeadline());
                while (!complete.isEmpty()) {
                    List<CompleteHead> batch = List.copyOf(complete);
                    complete.clear();
                    // deregisters the batch's cancelled keys, which a channel must be free of to block again
                    selector.selectNow(this::onReady);
                    batch.forEach(h -> workers.dispatchRequest(h.channel(), h.head()));
                }
                closeExpired();
            }
        } catch (IOException | RuntimeException e) {
            // the selector failed or was closed: nothing more can be accepted
        } finally {
            pending.forEach(key -> RequestWorkers.closeQuietly(key.channel()));
            pending.clear();
            RequestWorkers.closeQuietly(selector);
            RequestWorkers.closeQuietly(server);
        }
    }

    private long millisToOldestDeadline() {
        if (pending.isEmpty()) {
            return 0;
        }
        long nanos = ((PendingHead) pending.iterator().next().attachment()).deadline() - System.nanoTime();
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos) + 1);
    }

    private void onReady(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        try {
            if (key.isAcceptable()) {
                acceptAll();
            } else if (key.isReadable()) {
                readHead(key);
            }
        } catch (RuntimeException e) {
            // one connection's failure must not stop the loop that serves all others
            if (key.channel() instanceof SocketChannel) {
                dropPending(key);
            }
        }
    }

    private void acceptAll() {
        while (true) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                return; // out of descriptors: the connection waits in the backlog for the next round
            }
            if (channel == null) {
                return;
            }
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                long deadline = System.nanoTime() + limits.headTimeout().toNanos();
                pending.add(channel.register(selector, SelectionKey.OP_READ, new PendingHead(channel, deadline)));
            } catch (IOException e) {
                RequestWorkers.closeQuietly(channel);
            }
            if (pending.size() > limits.pendingHeads()) {
                dropPending(pending.iterator().next());
            }
        }
    }

    private void readHead(SelectionKey key) {
        PendingHead p = (PendingHead) key.attachment();
        readBuffer.clear();
        int n;
        try {
            n = p.channel().read(readBuffer);
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            dropPending(key);
            return;
        }
        Optional<byte[]> head = p.appendBytes(readBuffer.flip());
        if (head.map(h -> h.length).orElse(p.length()) > RequestHead.MAX_BYTES) {
            Exchange.sendStatus(p.channel(), 431, "request head too large\n");
            dropPending(key);
        } else if (head.isPresent()) {
            pending.remove(key);
            key.cancel();
            complete.add(new CompleteHead(p.channel(), head.get()));
        }
    }

    private void closeExpired() {
        long now = System.nanoTime();
        for (Iterator<SelectionKey> it = pending.iterator(); it.hasNext(); ) {
            SelectionKey key = it.next();
            if (((PendingHead) key.attachment()).deadline() - now > 0) {
                return;
            }
            it.remove();
            key.cancel();
            RequestWorkers.closeQuietly(key.channel());
        }
    }

    private void dropPending(SelectionKey key) {
        pending.remove(key);
        key.cancel();
        RequestWorkers.closeQuietly(key.channel());
    }

    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        if (loop == null) {
            RequestWorkers.closeQuietly(selector);
            RequestWorkers.closeQuietly(server);
        } else {
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutDown();
    }
}
