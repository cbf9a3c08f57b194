package dev.sitegen.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The caches' one format: what is written is read back, and damage (a length, count or string number the file
 * cannot hold, a checksum that does not match, a truncated or foreign file) is an {@link IOException}, never an
 * allocation of that size or a misreading.
 */
class CodecInTest {

    private static byte[] ints(int... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (int v : values) {
            out.writeInt(v);
        }
        return bytes.toByteArray();
    }

    private static byte[] sampleFile() throws IOException {
        CodecOut out = new CodecOut();
        writeSample(out);
        out.writeChecksum();
        return out.toByteArray();
    }

    private static void writeSample(CodecOut out) throws IOException {
        out.writeMagic("test format 1\n");
        out.writeString("docs/a.md");
        out.writeString("docs/a.md");
        out.writeString(null);
        out.writeStrings(List.of("x", "docs/a.md", "ü✓"));
        out.writeOptional(Optional.of("y"));
        out.writeOptional(Optional.empty());
        out.writeEnum(TimeUnit.SECONDS);
        out.writeEnum(null);
        out.writeBytes(new byte[] {1, 2, 3});
        out.writeInt(-7);
        out.writeByte(200);
        out.writeBoolean(true);
    }

    private static String readSample(CodecIn in) throws IOException {
        in.requireMagic("test format 1\n");
        assertThat(in.readString()).isEqualTo("docs/a.md");
        assertThat(in.readString()).isEqualTo("docs/a.md");
        assertThat(in.readString()).isNull();
        assertThat(in.readStrings()).containsExactly("x", "docs/a.md", "ü✓");
        assertThat(in.readOptional()).contains("y");
        assertThat(in.readOptional()).isEmpty();
        assertThat(in.readEnum(TimeUnit.class)).isEqualTo(TimeUnit.SECONDS);
        assertThat(in.readEnum(TimeUnit.class)).isNull();
        assertThat(in.readBytes()).containsExactly(1, 2, 3);
        assertThat(in.readInt()).isEqualTo(-7);
        assertThat(in.readUnsignedByte()).isEqualTo(200);
        assertThat(in.readBoolean()).isTrue();
        return "read";
    }

    @Test
    void whatIsWrittenIsReadBackAndAStringIsWrittenOnce() throws IOException {
        byte[] file = sampleFile();

        assertThat(CodecIn.decodeChecked(file, CodecInTest::readSample)).isEqualTo("read");
        String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text.indexOf("docs/a.md")).isEqualTo(text.lastIndexOf("docs/a.md"));
    }

    @Test
    void streamingWritesTheSameBytesAsWritingToBytes() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        CodecOut out = new CodecOut(target);
        writeSample(out);
        out.writeChecksum();

        assertThat(target.toByteArray()).isEqualTo(sampleFile());
        assertThatThrownBy(out::toByteArray).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLengthOrCountLongerThanWhatIsLeftIsRefused() throws IOException {
        byte[] bytes = ints(-2, Integer.MAX_VALUE);
        assertThatThrownBy(() -> new CodecIn(bytes).readString())
                .isInstanceOf(IOException.class).hasMessageContaining("a length of 2147483647");
        byte[] minus = ints(-5);
        assertThatThrownBy(() -> new CodecIn(minus).readBytes()).isInstanceOf(IOException.class);
        byte[] count = ints(5, 7);
        assertThatThrownBy(() -> new CodecIn(count).readCount())
                .isInstanceOf(IOException.class).hasMessageContaining("a count of 5 with 4 bytes left");
        assertThatThrownBy(() -> new CodecIn(ints(-1)).readCount()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new CodecIn(ints(Integer.MAX_VALUE)).readStrings()).isInstanceOf(IOException.class);
        assertThat(new CodecIn(ints(9, 1, 0), 4, 12).readCount()).isEqualTo(1);
    }

    @Test
    void aStringNotWrittenBeforeOrOfAnUnknownKindIsRefused() throws IOException {
        assertThatThrownBy(() -> new CodecIn(ints(0)).readString())
                .isInstanceOf(IOException.class).hasMessageContaining("a string not written before: 0");
        assertThatThrownBy(() -> new CodecIn(ints(-3)).readString())
                .isInstanceOf(IOException.class).hasMessageContaining("a string of an unknown kind: -3");
        byte[] bytes = new byte[] {-1, -1, -1, -2, 0, 0, 0, 2, 'o', 'k', 0, 0, 0, 0};
        CodecIn in = new CodecIn(bytes);
        assertThat(in.readString()).isEqualTo("ok");
        assertThat(in.readString()).isEqualTo("ok");
        assertThat(new CodecIn(ints(-1)).readString()).isNull();
    }

    @Test
    void anUnknownConstantIsRefused() throws IOException {
        CodecOut out = new CodecOut();
        out.writeString("FORTNIGHTS");
        assertThatThrownBy(() -> new CodecIn(out.toByteArray()).readEnum(TimeUnit.class))
                .isInstanceOf(IOException.class).hasMessageContaining("no TimeUnit named FORTNIGHTS");
    }

    @Test
    void aDamagedTruncatedForeignOrLongerFileIsRefusedWhole() throws IOException {
        byte[] file = sampleFile();
        byte[] flipped = file.clone();
        flipped[flipped.length / 2] ^= 1;
        assertThatThrownBy(() -> CodecIn.decodeChecked(flipped, CodecInTest::readSample))
                .isInstanceOf(IOException.class).hasMessageContaining("checksum mismatch");
        assertThatThrownBy(() -> CodecIn.decodeChecked(Arrays.copyOf(file, file.length - 1), CodecInTest::readSample))
                .isInstanceOf(IOException.class).hasMessageContaining("checksum mismatch");
        assertThatThrownBy(() -> CodecIn.decodeChecked(new byte[3], CodecInTest::readSample))
                .isInstanceOf(IOException.class).hasMessage("truncated");

        CodecOut other = new CodecOut();
        other.writeMagic("test format 2\n");
        other.writeChecksum();
        assertThatThrownBy(() -> CodecIn.decodeChecked(other.toByteArray(), CodecInTest::readSample))
                .isInstanceOf(IOException.class).hasMessageContaining("another format");

        CodecOut longer = new CodecOut();
        writeSample(longer);
        longer.writeInt(0);
        longer.writeChecksum();
        assertThatThrownBy(() -> CodecIn.decodeChecked(longer.toByteArray(), CodecInTest::readSample))
                .isInstanceOf(IOException.class).hasMessageContaining("4 bytes after the end");
    }

    @Test
    void aValueFailingItsOwnChecksIsRefusedAsAnIoException() throws IOException {
        CodecOut out = new CodecOut();
        out.writeInt(-1);
        out.writeChecksum();
        assertThatThrownBy(() -> CodecIn.decodeChecked(out.toByteArray(), in -> List.of().get(in.readInt())))
                .isInstanceOf(IOException.class).hasMessageContaining("does not parse")
                .hasCauseInstanceOf(IndexOutOfBoundsException.class);
    }
}
