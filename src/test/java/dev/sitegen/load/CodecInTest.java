package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The load cache's reader: a length the file cannot hold is damage, never an allocation of that size. */
class CodecInTest {

    private static byte[] ints(int... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (int v : values) {
            out.writeInt(v);
        }
        return bytes.toByteArray();
    }

    @Test
    void aStringLongerThanWhatIsLeftIsRefused() throws IOException {
        byte[] bytes = ints(-2, Integer.MAX_VALUE);
        assertThatThrownBy(() -> new CodecIn(bytes, bytes.length).readString())
                .isInstanceOf(IOException.class).hasMessageContaining("a length of 2147483647");
        byte[] negative = ints(-1, 0);
        assertThat(new CodecIn(negative, negative.length).readString()).isNull();
        byte[] minus = ints(-5);
        assertThatThrownBy(() -> new CodecIn(minus, minus.length).readBytes()).isInstanceOf(IOException.class);
    }

    @Test
    void aStringThatFitsIsRead() throws IOException {
        byte[] bytes = new byte[] {-1, -1, -1, -2, 0, 0, 0, 2, 'o', 'k'};
        assertThat(new CodecIn(bytes, bytes.length).readString()).isEqualTo("ok");
    }
}
