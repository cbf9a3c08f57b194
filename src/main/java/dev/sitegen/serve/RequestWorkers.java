package dev.sitegen.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The worker side of {@link ConnectionListener}: a fixed pool behind a bounded queue (full: 503) that answers
 * each complete request head, and the timer that closes a connection whose response is still being written
 * after {@code responseTimeout} (a client that stopped reading). Apart from the listener so that its selector
 * thread owns only reading heads, and everything that may block on a client is here.
 */
final class RequestWorkers {

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

    private final ServeLimits limits;
    private final ConnectionListener.Handler handler;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;

    RequestWorkers(ServeLimits limits, ConnectionListener.Handler handler) {
        this.limits = limits;
        this.handler = handler;
        this.pool = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queuedRequests()), r -> daemon(r, "site-gen-serve-http"));
        ScheduledThreadPoolExecutor timeouts = new ScheduledThreadPoolExecutor(1,
                r -> daemon(r, "site-gen-serve-timeouts"));
        // every response schedules a timeout it nearly always cancels: keep the queue to the live ones
        timeouts.setRemoveOnCancelPolicy(true);
        this.timer = timeouts;
    }

    /** Hands a connection with its complete request head to a worker, or answers 503 when the queue is full. */
    void dispatchRequest(SocketChannel channel, byte[] head) {
        try {
            channel.configureBlocking(true);
            pool.execute(new Job(channel, head));
        } catch (RejectedExecutionException e) {
            Exchange.sendStatus(channel, 503, "site-gen serve is busy; retry\n");
            closeQuietly(channel);
        } catch (IOException e) {
            closeQuietly(channel);
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

    /** Stops the workers and the timer; a connection still queued for a worker is closed unanswered. */
    void shutDown() {
        for (Runnable waiting : pool.shutdownNow()) {
            closeQuietly(((Job) waiting).channel);
        }
        timer.shutdownNow();
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing a socket the client already closed
        }
    }
}
