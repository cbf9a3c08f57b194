package dev.sitegen.load;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The model values every load cache entry holds, in the caches' format ({@link CodecOut}): positions and
 * diagnostics. Here rather than in {@code codec}, which knows nothing of the model.
 */
final class ModelCodec {

    private ModelCodec() {
    }

    /** A position, or null (a null file name, nothing else). */
    static void writePos(CodecOut out, SourcePos pos) throws IOException {
        if (pos == null) {
            out.writeString(null);
            return;
        }
        out.writeString(pos.file());
        out.writeInt(pos.line());
        out.writeInt(pos.column());
    }

    static SourcePos readPos(CodecIn in) throws IOException {
        String file = in.readString();
        return file == null ? null : new SourcePos(file, in.readInt(), in.readInt());
    }

    static void writeDiagnostics(CodecOut out, List<Diagnostic> diagnostics) throws IOException {
        out.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.writeString(d.rule());
            out.writeEnum(d.severity());
            out.writeString(d.connector());
            writePos(out, d.pos());
            out.writeString(d.message());
            out.writeString(d.hint());
        }
    }

    static List<Diagnostic> readDiagnostics(CodecIn in) throws IOException {
        int n = in.readCount();
        List<Diagnostic> diagnostics = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            diagnostics.add(new Diagnostic(in.readString(), in.readEnum(Severity.class), in.readString(),
                    readPos(in), in.readString(), in.readString()));
        }
        return List.copyOf(diagnostics);
    }
}
