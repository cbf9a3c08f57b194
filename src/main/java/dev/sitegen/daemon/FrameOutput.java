package dev.sitegen.daemon;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The caller's connection (non-blocking, its request already read) as the command's answer: the verdict, then
 * bytes written to one of its two streams go out as frames of that stream when flushed (the command's writers
 * flush at each line, so a long build shows progress as it prints). A write that makes no progress for the
 * bound (a caller piped into a pager nobody reads, a stopped caller) marks the caller gone, as does any write
 * error: the connection is closed (the caller sees the output end) and the command runs on with its output
 * dropped, so one caller can never hold the daemon. A {@link ScriptDoor} caller gets the same answer in
 * {@link ScriptWire}'s text framing, and batched: bash reads a frame's header a byte at a time and its bytes with
 * one {@code dd} process, so a frame per line would cost a process per line. Bytes wait until the other stream
 * is written (the order of the two streams is kept), {@link #SCRIPT_BATCH} bytes are pending, the exit code is
 * sent, or {@link #SCRIPT_DELAY_MILLIS} passed (a long build still shows progress).
 */
final class FrameOutput implements Closeable {

    static final int SCRIPT_BATCH = 256 * 1024;
    static final long SCRIPT_DELAY_MILLIS = 30;
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "site-gen-daemon-flusher");
        t.setDaemon(true);
        return t;
    });

    private final SocketChannel connection;
    private final long boundNanos;
    private final boolean script;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private byte pendingStream;
    private Selector selector;
    private boolean gone;

    FrameOutput(SocketChannel connection, Duration bound) {
        this(connection, bound, false);
    }

    /** {@code script}: answers in {@link ScriptWire}'s framing, batched. */
    FrameOutput(SocketChannel connection, Duration bound, boolean script) {
        this.connection = connection;
        this.boundNanos = bound.toNanos();
        this.script = script;
    }

    /** One of the caller's streams ({@link Wire#STDOUT} or {@link Wire#STDERR}). */
    OutputStream openStream(byte stream) {
        return new Stream(stream);
    }

    /** The answer's header and {@link Wire#ACCEPTED}, or {@link Wire#REFUSED} and why. */
    synchronized void writeVerdict(byte verdict, String why) {
        if (script) {
            String line = verdict == Wire.ACCEPTED ? "A\n" : "N " + why.replace('\n', ' ') + "\n";
            send(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            Wire.writeHeader(out);
            out.writeByte(verdict);
            if (verdict == Wire.REFUSED) {
                Wire.writeString(out, why);
            }
            send(ByteBuffer.wrap(bytes.toByteArray()));
        } catch (IOException e) {
            drop();
        }
    }

    /** Frames of at most {@link Wire#MAX_FRAME} bytes: the caller refuses longer ones. */
    synchronized void writeFrame(byte stream, byte[] bytes, int offset, int length) {
        if (script) {
            batchFrame(stream, bytes, offset, length);
            return;
        }
        for (int done = 0; done < length && !gone; ) {
            int n = Math.min(Wire.MAX_FRAME, length - done);
            ByteBuffer frame = ByteBuffer.allocate(5 + n).put(stream).putInt(n).put(bytes, offset + done, n);
            send(frame.flip());
            done += n;
        }
    }

    void writeText(byte stream, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeFrame(stream, bytes, 0, bytes.length);
    }

    /** Sends the exit code, the last frame; false when the caller is gone. */
    synchronized boolean writeExit(int code) {
        if (script) {
            sendPending();
            send(ByteBuffer.wrap(("X " + code + "\n").getBytes(StandardCharsets.US_ASCII)));
            return !gone;
        }
        send(ByteBuffer.allocate(5).put(Wire.EXIT).putInt(code).flip());
        return !gone;
    }

    private void batchFrame(byte stream, byte[] bytes, int offset, int length) {
        if (pending.size() > 0 && pendingStream != stream) {
            sendPending();
        }
        if (pending.size() == 0 && length > 0 && !gone) {
            FLUSHER.schedule(this::flushPending, SCRIPT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
        pendingStream = stream;
        pending.write(bytes, offset, length);
        if (pending.size() >= SCRIPT_BATCH) {
            sendPending();
        }
    }

    private synchronized void flushPending() {
        sendPending();
    }

    /** The pending bytes as one frame: {@code O n\n} or {@code E n\n} and the bytes. */
    private void sendPending() {
        if (pending.size() == 0 || gone) {
            pending.reset();
            return;
        }
        byte[] header = ((char) pendingStream + " " + pending.size() + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer frame = ByteBuffer.allocate(header.length + pending.size()).put(header).put(pending.toByteArray());
        pending.reset();
        send(frame.flip());
    }

    synchronized boolean isGone() {
        return gone;
    }

    /**
     * Whether the caller closed its end (killed while its command waited to start): a caller sends nothing
     * after its request, so a read sees either nothing yet or the end.
     */
    synchronized boolean hasCallerLeft() {
        try {
            if (!gone && connection.read(ByteBuffer.allocate(1)) < 0) {
                drop();
            }
        } catch (IOException e) {
            drop();
        }
        return gone;
    }

    private void send(ByteBuffer buffer) {
        try {
            long deadline = System.nanoTime() + boundNanos;
            while (!gone && buffer.hasRemaining()) {
                if (connection.write(buffer) > 0) {
                    deadline = System.nanoTime() + boundNanos;
                } else if (System.nanoTime() - deadline >= 0) {
                    drop();
                } else {
                    awaitWritable(deadline - System.nanoTime());
                }
            }
        } catch (IOException e) {
            drop();
        }
    }

    private void awaitWritable(long nanos) throws IOException {
        if (selector == null) {
            selector = Selector.open();
            connection.register(selector, SelectionKey.OP_WRITE);
        }
        selector.select(Math.max(1, nanos / 1_000_000));
        selector.selectedKeys().clear();
    }

    /** The caller is gone: close the connection now (the selector first: it defers the socket's close). */
    private void drop() {
        gone = true;
        close();
    }

    @Override
    public synchronized void close() {
        try {
            if (selector != null) {
                selector.close();
            }
            connection.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }

    /** Buffers until flushed, so a line goes out as one frame rather than one per character. */
    private final class Stream extends OutputStream {

        private final byte stream;
        private final byte[] buffer = new byte[8192];
        private int count;

        Stream(byte stream) {
            this.stream = stream;
        }

        @Override
        public void write(int b) {
            if (count == buffer.length) {
                flush();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > buffer.length - count) {
                flush();
                if (len > buffer.length) {
                    writeFrame(stream, b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        @Override
        public void flush() {
            writeFrame(stream, buffer, 0, count);
            count = 0;
        }

        @Override
        public void close() {
            flush();
        }
    }
}
