package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
}
