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
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Accepts connections on 127.0.0.1 and reads every request head on one selector thread, so a client
 * that connects and never finishes its request holds no thread: at most {@code pendingHeads} such
 * connections are kept (one more closes the oldest), each for at most {@code headTimeout}. A complete
 * head goes to a fixed pool of workers behind a bounded queue (full: 503); a response still being
 * written after {@code responseTimeout} (a client that stopped reading) has its connection closed.
 */
final class ConnectionListener implements AutoCloseable {

    /** Answers one request; the listener closes the connection afterwards unless it became a stream. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    /** A request head waiting for a worker; the job closes its connection if it never runs. */
    private final class Job implements Runnable {
        final SocketChannel channel;
        final byte[] head;

        Job(SocketChannel channel, byte[] head) {
            this.channel = channel;
            this.head = head;
        }

        @Override
        public void run() {
            serve(channel, head);
        }
    }

    private static final int MAX_DISCARDED_BODY = 64 * 1024;

    private final ServerSocketChannel server;
    private final Selector selector;
    private final ServeLimits limits;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final Set<SelectionKey> pending = new LinkedHashSet<>();
    private final List<Job> complete = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(4096);
    private volatile boolean closed;
    private Thread loop;
    private Handler handler;

    private ConnectionListener(ServerSocketChannel server, Selector selector, ServeLimits limits) {
        this.server = server;
        this.selector = selector;
        this.limits = limits;
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queuedRequests()), r -> daemon(r, "site-gen-serve-http"));
        ScheduledThreadPoolExecutor timeouts = new ScheduledThreadPoolExecutor(1,
                r -> daemon(r, "site-gen-serve-timeouts"));
        // every response schedules a timeout it nearly always cancels: keep the queue to the live ones
        timeouts.setRemoveOnCancelPolicy(true);
        this.timer = timeouts;
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
        loop = daemon(this::runLoop, "site-gen-serve-accept");
        loop.start();
    }

    private void runLoop() {
        try {
            while (!closed) {
                selector.select(this::onReady, millisToOldestDeadline());
                while (!complete.isEmpty()) {
                    List<Job> batch = List.copyOf(complete);
                    complete.clear();
                    // deregisters the batch's cancelled keys, which a channel must be free of to block again
                    selector.selectNow(this::onReady);
                    batch.forEach(this::dispatch);
                }
                closeExpired();
            }
        } catch (IOException | RuntimeException e) {
            // the selector failed or was closed: nothing more can be accepted
        } finally {
            pending.forEach(key -> closeQuietly(key.channel()));
            pending.clear();
            closeQuietly(selector);
            closeQuietly(server);
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
                closeQuietly(channel);
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
            complete.add(new Job(p.channel(), head.get()));
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
            closeQuietly(key.channel());
        }
    }

    private void dropPending(SelectionKey key) {
        pending.remove(key);
        key.cancel();
        closeQuietly(key.channel());
    }

    private void dispatch(Job job) {
        try {
            job.channel.configureBlocking(true);
            workers.execute(job);
        } catch (RejectedExecutionException e) {
            Exchange.sendStatus(job.channel, 503, "site-gen serve is busy; retry\n");
            closeQuietly(job.channel);
        } catch (IOException e) {
            closeQuietly(job.channel);
        }
    }

    /** On a worker: answers one request, with the connection closed by the timer if writing stalls. */
    private void serve(SocketChannel channel, byte[] head) {
        ScheduledFuture<?> guard = timer.schedule(() -> closeQuietly(channel), limits.responseTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        boolean keepOpen = false;
        try {
            Optional<RequestHead> request = RequestHead.parseHead(head);
            if (request.isEmpty()) {
                Exchange.sendStatus(channel, 400, "bad request\n");
                return;
            }
            Exchange exchange = new Exchange(request.get(), channel);
            handler.handle(exchange);
            keepOpen = exchange.isStreaming();
            if (!keepOpen && request.get().announcesBody()) {
                discardBody(channel);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away mid-response, or the handler failed after answering: close
        } finally {
            guard.cancel(false);
            if (!keepOpen) {
                closeQuietly(channel);
            }
        }
    }

    /**
     * Reads what the client still sends after its answer (the body of a refused POST), so closing
     * does not reset the connection before the client has read the answer.
     */
    private static void discardBody(SocketChannel channel) throws IOException {
        channel.shutdownOutput();
        ByteBuffer sink = ByteBuffer.allocate(4096);
        for (int total = 0; total < MAX_DISCARDED_BODY; ) {
            sink.clear();
            int n = channel.read(sink);
            if (n < 0) {
                return;
            }
            total += n;
        }
    }

    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        if (loop == null) {
            closeQuietly(selector);
            closeQuietly(server);
        } else {
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Runnable waiting : workers.shutdownNow()) {
            closeQuietly(((Job) waiting).channel);
        }
        timer.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing a socket the client already closed
        }
    }
}
