package dev.sitegen.serve;

import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Optional;

/**
 * A connection whose request head is still arriving, with the bytes so far and the moment it is
 * closed if the head has not arrived by then. Touched only by the listener's selector thread.
 */
final class PendingHead {

    private final SocketChannel channel;
    private final long deadline;
    private byte[] bytes = new byte[512];
    private int length;

    PendingHead(SocketChannel channel, long deadlineNanos) {
        this.channel = channel;
        this.deadline = deadlineNanos;
    }

    SocketChannel channel() {
        return channel;
    }

    /** In {@link System#nanoTime()} terms. */
    long deadline() {
        return deadline;
    }

    int length() {
        return length;
    }

    /** Appends what was read; the head, up to its empty line, once that has arrived. */
    Optional<byte[]> appendBytes(ByteBuffer read) {
        int before = length;
        int n = read.remaining();
        if (before + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(before + n, bytes.length * 2));
        }
        read.get(bytes, before, n);
        length = before + n;
        // the empty line may have begun in the bytes read before
        int end = RequestHead.findEnd(bytes, before - 2, length);
        return end < 0 ? Optional.empty() : Optional.of(Arrays.copyOf(bytes, end));
    }
}
