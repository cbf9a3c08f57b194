package dev.sitegen.load;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourcePos;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writing half of {@link LoadMemo}'s format: numbers, and strings each written once and then referred
 * to by number (a file's name is in every position of it). {@link CodecIn} reads it back.
 */
final class CodecOut {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    final DataOutputStream data = new DataOutputStream(bytes);
    private final Map<String, Integer> seen = new HashMap<>();

    byte[] toByteArray() throws IOException {
        data.flush();
        return bytes.toByteArray();
    }

    /** A string's number when written before, else -2 and its UTF-8 bytes; -1 is null. */
    void writeString(String s) throws IOException {
        if (s == null) {
            data.writeInt(-1);
            return;
        }
        Integer known = seen.get(s);
        if (known != null) {
            data.writeInt(known);
            return;
        }
        seen.put(s, seen.size());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        data.writeInt(-2);
        data.writeInt(utf8.length);
        data.write(utf8);
    }

    void writeOptional(Optional<String> s) throws IOException {
        writeString(s.orElse(null));
    }

    void writeStrings(List<String> list) throws IOException {
        data.writeInt(list.size());
        for (String s : list) {
            writeString(s);
        }
    }

    /** An enum constant by name (null allowed), so reordering constants never misreads a file. */
    void writeEnum(Enum<?> e) throws IOException {
        writeString(e == null ? null : e.name());
    }

    /** A position, or null (a null file name, nothing else). */
    void writePos(SourcePos pos) throws IOException {
        if (pos == null) {
            writeString(null);
            return;
        }
        writeString(pos.file());
        data.writeInt(pos.line());
        data.writeInt(pos.column());
    }

    void writeDiagnostics(List<Diagnostic> diagnostics) throws IOException {
        data.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            writeString(d.rule());
            writeEnum(d.severity());
            writeString(d.connector());
            writePos(d.pos());
            writeString(d.message());
            writeString(d.hint());
        }
    }
}
