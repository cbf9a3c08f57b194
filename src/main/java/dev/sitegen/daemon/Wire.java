package dev.sitegen.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The daemon's protocol. A request: magic, version, the caller's daemon identity, a kind (run, status, stop),
 * then for a run the working folder, the environment and the arguments. The answer: magic, version, accepted
 * or refused (with why), then frames: stdout bytes, stderr bytes, and last the exit code. Strings are
 * length-prefixed UTF-8 (an environment may exceed {@code writeUTF}'s 64 KB). A magic or version mismatch
 * means a different site-gen: the caller runs the command itself.
 */
final class Wire {

    static final int MAGIC = 0x53474431; // "SGD1"
    static final int VERSION = 1;

    static final byte RUN = 'R';
    static final byte STATUS = 'S';
    static final byte STOP = 'Q';

    static final byte ACCEPTED = 'A';
    static final byte REFUSED = 'N';

    static final byte STDOUT = 'O';
    static final byte STDERR = 'E';
    static final byte EXIT = 'X';

    /** No string of a request is longer: a bound against a confused peer, far above any real argument. */
    static final int MAX_STRING = 1 << 24;
    static final int MAX_COUNT = 1 << 16;
    /** No request is longer in all (an environment and arguments are far smaller: the kernel caps them). */
    static final int MAX_REQUEST = 1 << 24;
    /** No frame of output is longer: the server splits longer writes, the caller refuses longer frames. */
    static final int MAX_FRAME = 1 << 20;

    private Wire() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("bad length " + n + " in the daemon's protocol");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }

    static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("bad count " + n + " in the daemon's protocol");
        }
        return n;
    }

    static void writeHeader(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
    }

    /** Reads magic and version; false when they are another protocol's (or the peer closed). */
    static boolean readHeader(DataInputStream in) throws IOException {
        try {
            return in.readInt() == MAGIC && in.readInt() == VERSION;
        } catch (EOFException e) {
            return false;
        }
    }
}
