package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8 decoding: valid text untouched, BOM dropped, the first bad byte found at its exact line and column. */
class TextFilesMutationTest {

    private static TextFiles.Text decode(String prefix, byte... tail) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return TextFiles.decodeUtf8(all);
    }

    @Test
    void validTextIsKeptWithoutItsBom() {
        TextFiles.Text t = decode("\uFEFFdata:\n  name: Caf\u00e9 \uD83D\uDE00\n");
        assertThat(t.content()).isEqualTo("data:\n  name: Caf\u00e9 \uD83D\uDE00\n");
        assertThat(t.hadInvalidBytes()).isFalse();
        assertThat(t.invalidLine()).isZero();
        assertThat(t.invalidColumn()).isZero();
        assertThat(decode("").content()).isEmpty();
        assertThat(decode("a\uFEFF").content()).isEqualTo("a\uFEFF");
    }

    @Test
    void aReplacementCharacterWrittenAsValidUtf8IsNoInvalidByte() {
        TextFiles.Text t = decode("\uFEFFa\n\uFFFD b\n");
        assertThat(t.content()).isEqualTo("a\n\uFFFD b\n");
        assertThat(t.hadInvalidBytes()).isFalse();
        TextFiles.Text bad = decode("\uFFFD\nx", (byte) 0x80);
        assertThat(bad.invalidLine()).isEqualTo(2);
        assertThat(bad.invalidColumn()).isEqualTo(2);
        assertThat(bad.content()).isEqualTo("\uFFFD\nx\uFFFD");
    }

    @Test
    void firstInvalidByteIsFoundAtItsLineAndColumn() {
        TextFiles.Text start = decode("", (byte) 0xFF, (byte) 'a');
        assertThat(start.invalidLine()).isEqualTo(1);
        assertThat(start.invalidColumn()).isEqualTo(1);
        assertThat(start.content()).isEqualTo("\uFFFDa");
        assertThat(start.hadInvalidBytes()).isTrue();

        TextFiles.Text later = decode("ab\ncd\nef", (byte) 0xC3, (byte) '(', (byte) 0xFF);
        assertThat(later.invalidLine()).isEqualTo(3);
        assertThat(later.invalidColumn()).isEqualTo(3);
        assertThat(later.content()).startsWith("ab\ncd\nef\uFFFD(");

        assertThat(decode("a\r\nb", (byte) 0x80).invalidLine()).isEqualTo(2);
        assertThat(decode("a\r\nb", (byte) 0x80).invalidColumn()).isEqualTo(2);
        assertThat(decode("a\rbc", (byte) 0x80).invalidLine()).isEqualTo(2);
        assertThat(decode("a\rbc", (byte) 0x80).invalidColumn()).isEqualTo(3);
        assertThat(decode("a\r", (byte) 0x80).invalidLine()).isEqualTo(2);
        assertThat(decode("a\r", (byte) 0x80).invalidColumn()).isEqualTo(1);
        assertThat(decode("a\n\n", (byte) 0x80).invalidLine()).isEqualTo(3);
        assertThat(decode("\uFEFFab", (byte) 0x80).invalidColumn()).isEqualTo(3);
        assertThat(decode("\uFEFFab", (byte) 0x80).content()).isEqualTo("ab\uFFFD");
        assertThat(decode("\uFEFFx\nab", (byte) 0x80).invalidColumn()).isEqualTo(3);
        assertThat(decode("\u00e9\u00e9", (byte) 0x80).invalidColumn()).isEqualTo(3);
    }

    @Test
    void readsFiles(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("x.md"), new byte[] {'o', 'k', '\n', (byte) 0xFE});
        TextFiles.Text t = TextFiles.readUtf8(f);
        assertThat(t.content()).isEqualTo("ok\n\uFFFD");
        assertThat(t.invalidLine()).isEqualTo(2);
        assertThat(t.invalidColumn()).isEqualTo(1);
    }
}
