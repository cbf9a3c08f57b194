package dev.sitegen.load;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reading half of {@link LoadMemo}'s format ({@link CodecOut}). */
final class CodecIn {

    final DataInputStream data;
    private final List<String> strings = new ArrayList<>();

    CodecIn(byte[] bytes, int length) {
        this.data = new DataInputStream(new ByteArrayInputStream(bytes, 0, length));
    }

    String readString() throws IOException {
        int ref = data.readInt();
        if (ref == -1) {
            return null;
        }
        if (ref != -2) {
            return strings.get(ref);
        }
        byte[] utf8 = readBytes();
        String s = new String(utf8, StandardCharsets.UTF_8);
        strings.add(s);
        return s;
    }

    /**
     * A length-prefixed byte array; a length the rest of the file cannot hold is damage (a file that passed its
     * checksum can still be made by hand), never an allocation of that size.
     */
    byte[] readBytes() throws IOException {
        int length = data.readInt();
        if (length < 0 || length > data.available()) {
            throw new IOException("a length of " + length + " with " + data.available() + " bytes left");
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return bytes;
    }

    Optional<String> readOptional() throws IOException {
        return Optional.ofNullable(readString());
    }

    List<String> readStrings() throws IOException {
        int n = data.readInt();
        List<String> list = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            list.add(readString());
        }
        return list;
    }

    <E extends Enum<E>> E readEnum(Class<E> type) throws IOException {
        String name = readString();
        return name == null ? null : Enum.valueOf(type, name);
    }

    SourcePos readPos() throws IOException {
        String file = readString();
        return file == null ? null : new SourcePos(file, data.readInt(), data.readInt());
    }

    List<Diagnostic> readDiagnostics() throws IOException {
        int n = data.readInt();
        List<Diagnostic> diagnostics = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            diagnostics.add(new Diagnostic(readString(), readEnum(Severity.class), readString(), readPos(),
                    readString(), readString()));
        }
        return diagnostics;
    }
}
