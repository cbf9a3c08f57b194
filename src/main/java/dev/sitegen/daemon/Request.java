package dev.sitegen.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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

    /** The request after the header {@link Wire#readHeader} has read. */
    static Request readFrom(DataInputStream in) throws IOException {
        String identity = Wire.readString(in);
        byte kind = in.readByte();
        String folder = Wire.readString(in);
        Map<String, String> env = new TreeMap<>();
        for (int i = Wire.readCount(in); i > 0; i--) {
            env.put(Wire.readString(in), Wire.readString(in));
        }
        List<String> args = new ArrayList<>();
        for (int i = Wire.readCount(in); i > 0; i--) {
            args.add(Wire.readString(in));
        }
        return new Request(kind, identity, folder, env, args);
    }
}
