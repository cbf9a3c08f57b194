package dev.sitegen.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One caller's request (see {@link Wire}); folder, environment and arguments are empty but for a run. */
record Request(byte kind, String identity, String workingFolder, Map<String, String> environment, List<String> args) {

    Request {
        environment = new TreeMap<>(environment);
        args = List.copyOf(args);
    }

    void writeTo(DataOutputStream out) throws IOException {
        Wire.writeHeader(out);
        Wire.writeString(out, identity);
        out.writeByte(kind);
        Wire.writeString(out, workingFolder);
        out.writeInt(environment.size());
        for (Map.Entry<String, String> e : environment.entrySet()) {
            Wire.writeString(out, e.getKey());
            Wire.writeString(out, e.getValue());
        }
        out.writeInt(args.size());
        for (String arg : args) {
            Wire.writeString(out, arg);
        }
        out.flush();
    }

    /** The request after the header {@link Wire#readHeader} has read, at most {@link Wire#MAX_REQUEST} bytes. */
    static Request readFrom(DataInputStream in) throws IOException {
        return readFrom(in, Wire.MAX_REQUEST);
    }

    /**
     * The request, refused once it exceeds {@code maxBytes} in all: each length is checked against what is left
     * before anything is allocated, so a confused or hostile peer costs no memory.
     */
    static Request readFrom(DataInputStream in, long maxBytes) throws IOException {
        Budget budget = new Budget(maxBytes);
        String identity = budget.readString(in);
        byte kind = in.readByte();
        String folder = budget.readString(in);
        Map<String, String> env = new TreeMap<>();
        for (int i = budget.readCount(in); i > 0; i--) {
            env.put(budget.readString(in), budget.readString(in));
        }
        List<String> args = new ArrayList<>();
        for (int i = budget.readCount(in); i > 0; i--) {
            args.add(budget.readString(in));
        }
        return new Request(kind, identity, folder, env, args);
    }

    /** What is left of a request's bytes while it is read. */
    private static final class Budget {

        private long left;

        Budget(long bytes) {
            left = bytes;
        }

        String readString(DataInputStream in) throws IOException {
            spend(4);
            byte[] bytes = Wire.readBytes(in, (int) Math.min(Wire.MAX_STRING, left));
            spend(bytes.length);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        int readCount(DataInputStream in) throws IOException {
            spend(4);
            return Wire.readCount(in);
        }

        private void spend(long bytes) throws IOException {
            left -= bytes;
            if (left < 0) {
                throw new IOException("a request longer than the daemon's protocol allows");
            }
        }
    }
}
