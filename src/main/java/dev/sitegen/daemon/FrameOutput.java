package dev.sitegen.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's connection as the command's output: bytes written to one of its two streams go out as frames
 * of that stream when flushed (the command's writers flush at each line, so a long build shows progress as
 * it prints). Once the caller is gone, everything is dropped and the command runs on undisturbed.
 */
final class FrameOutput {

    private final DataOutputStream connection;
    private boolean gone;

    FrameOutput(DataOutputStream connection) {
        this.connection = connection;
    }

    /** One of the caller's streams ({@link Wire#STDOUT} or {@link Wire#STDERR}). */
    OutputStream openStream(byte stream) {
        return new Stream(stream);
    }

    synchronized void writeFrame(byte stream, byte[] bytes, int offset, int length) {
        if (gone || length == 0) {
            return;
        }
        try {
            connection.writeByte(stream);
            connection.writeInt(length);
            connection.write(bytes, offset, length);
            connection.flush();
        } catch (IOException e) {
            gone = true;
        }
    }

    void writeText(byte stream, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        writeFrame(stream, bytes, 0, bytes.length);
    }

    /** Sends the exit code, the last frame; false when the caller is gone. */
    synchronized boolean writeExit(int code) {
        if (gone) {
            return false;
        }
        try {
            connection.writeByte(Wire.EXIT);
            connection.writeInt(code);
            connection.flush();
            return true;
        } catch (IOException e) {
            gone = true;
            return false;
        }
    }

    synchronized boolean isGone() {
        return gone;
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
