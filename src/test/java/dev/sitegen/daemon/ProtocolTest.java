package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request's wire form, and what a reader does with another protocol's bytes. */
class ProtocolTest {

    @Test
    void aRequestReadsBackAsWritten() throws Exception {
        Request sent = new Request(Wire.RUN, "identity\nwith lines", "/work/a b",
                Map.of("LANG", "de_DE.UTF-8", "EMPTY", "", "ÜNÏ", "x".repeat(70_000)),
                List.of("check", "", "--only", "source-pöstgres"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sent.writeTo(new DataOutputStream(bytes));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(Wire.readHeader(in)).isTrue();
        Request read = Request.readFrom(in);
        assertThat(read).isEqualTo(sent);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void anotherVersionOrNoBytesAreNotThisProtocol() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(Wire.MAGIC);
        out.writeInt(Wire.VERSION + 1);
        assertThat(Wire.readHeader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))).isFalse();
        assertThat(Wire.readHeader(new DataInputStream(new ByteArrayInputStream(new byte[0])))).isFalse();
        assertThat(Wire.readHeader(new DataInputStream(new ByteArrayInputStream("GET / HTTP/1.1\r\n".getBytes()))))
                .isFalse();
    }

    @Test
    void aBadLengthOrCountIsRefusedBeforeAnythingIsAllocated() throws Exception {
        assertThatThrownBy(() -> Request.readFrom(requestWith(out -> out.writeInt(-1))))
                .isInstanceOf(IOException.class).hasMessageContaining("bad length -1");
        // two gigabytes claimed by a string: refused by its length, not by an OutOfMemoryError
        assertThatThrownBy(() -> Request.readFrom(requestWith(out -> out.writeInt(Integer.MAX_VALUE))))
                .isInstanceOf(IOException.class).hasMessageContaining("bad length");
        assertThatThrownBy(() -> Request.readFrom(requestWith(out -> {
            Wire.writeString(out, "identity");
            out.writeByte(Wire.RUN);
            Wire.writeString(out, "/work");
            out.writeInt(-5);
        }))).isInstanceOf(IOException.class).hasMessageContaining("bad count -5");
        assertThatThrownBy(() -> Request.readFrom(requestWith(out -> {
            Wire.writeString(out, "identity");
            out.writeByte(Wire.RUN);
            Wire.writeString(out, "/work");
            out.writeInt(Wire.MAX_COUNT + 1);
        }))).isInstanceOf(IOException.class).hasMessageContaining("bad count");
    }

    @Test
    void aRequestLongerInAllThanTheCapIsRefused() throws Exception {
        Request sent = new Request(Wire.RUN, "identity", "/work", Map.of("A", "x".repeat(600), "B", "y".repeat(600)),
                List.of("check"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sent.writeTo(new DataOutputStream(bytes));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(Wire.readHeader(in)).isTrue();
        // each string is far below the per-string bound; together they exceed the request's
        assertThatThrownBy(() -> Request.readFrom(in, 1000)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad length");
        DataInputStream again = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(Wire.readHeader(again)).isTrue();
        assertThat(Request.readFrom(again, bytes.size())).isEqualTo(sent);
    }

    /** What one request's body writes. */
    @FunctionalInterface
    interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static DataInputStream requestWith(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.writeTo(new DataOutputStream(bytes));
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
