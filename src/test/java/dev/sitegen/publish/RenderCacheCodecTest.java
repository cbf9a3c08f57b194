package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitegen.markdown.DocLink;
import dev.sitegen.render.DocLinks;
import dev.sitegen.render.RenderMemo;
import dev.sitegen.render.SearchSection;
import dev.sitegen.render.SearchWeights;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class RenderCacheCodecTest {

    private static RenderCacheFile.Stored sample() {
        RenderMemo.Unit page = new RenderMemo.Unit("k1",
                new TreeMap<>(Map.of("integrations/sources/a/index.html", "ab12", "icons/a.svg", "")),
                List.of(new RenderMemo.PageLinks("integrations/sources/a/index.html", "",
                        List.of(new DocLinks("docs/integrations/sources/a.md", List.of(
                                DocLink.ofMarkdown("../b.md", "../b/", false, false, 3, 7),
                                DocLink.ofRawHtml("https://ex.example/ü", true, 0, 0),
                                DocLink.ofMarkdown("../../../up.md", "../../../up.md", true, true, 12, 1)))))),
                List.of(new SearchSection("integrations/sources/a/", "setup", "A", "Set up ✓", "text\nwith lines",
                        "source", "beta", SearchWeights.of(Map.of("setup", 31, "zeta", 1, "alpha", 0)))));
        RenderMemo.Unit site = new RenderMemo.Unit("k2", new TreeMap<>(Map.of("index.html", "cd34")),
                List.of(new RenderMemo.PageLinks("index.html", "catalog.peb", List.of())), List.of());
        return new RenderCacheFile.Stored(RenderCacheFile.FORMAT, "key", 3, 1394,
                new RenderMemo(new TreeMap<>(Map.of("page:integrations/sources/a", page, "site", site))));
    }

    private static byte[] write(RenderCacheFile.Stored stored) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderCacheCodec.write(out, stored);
        return out.toByteArray();
    }

    /** {@code body} with its closing CRC-32 made to match, so only what the test broke is wrong. */
    private static byte[] withChecksum(byte[] file) {
        CRC32 crc = new CRC32();
        crc.update(file, 0, file.length - 4);
        ByteBuffer.wrap(file, file.length - 4, 4).putInt((int) crc.getValue());
        return file;
    }

    @Test
    void whatIsWrittenIsReadBackEqual() throws IOException {
        RenderCacheFile.Stored stored = sample();

        assertThat(RenderCacheCodec.read(write(stored))).isEqualTo(stored);
    }

    @Test
    void aTruncatedOrDamagedFileIsRefused() throws IOException {
        byte[] file = write(sample());

        assertThatThrownBy(() -> RenderCacheCodec.read(Arrays.copyOf(file, file.length - 1)))
                .isInstanceOf(IOException.class);
        byte[] flipped = file.clone();
        flipped[flipped.length / 2] ^= 1;
        assertThatThrownBy(() -> RenderCacheCodec.read(flipped)).isInstanceOf(IOException.class)
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> RenderCacheCodec.read(new byte[3])).isInstanceOf(IOException.class);
    }

    @Test
    void aFileOfAnotherFormatIsRefusedBeforeItsBodyIsRead() throws IOException {
        byte[] file = write(sample());
        int format = "site-gen render cache\n".length();
        ByteBuffer.wrap(file, format, 4).putInt(RenderCacheFile.FORMAT - 1);

        assertThatThrownBy(() -> RenderCacheCodec.read(withChecksum(file))).isInstanceOf(IOException.class)
                .hasMessageContaining("format " + (RenderCacheFile.FORMAT - 1) + ", not " + RenderCacheFile.FORMAT);
    }

    @Test
    void aCountTheFileCannotHoldIsDamageNeverAnAllocation() throws IOException {
        byte[] file = write(sample());
        // the unit count follows the magic, the format, the key (a new string: its marker, its length 3, "key")
        // and the two counts
        int units = "site-gen render cache\n".length() + 4 + 4 + 4 + 3 + 4 + 4;
        assertThat(ByteBuffer.wrap(file, units, 4).getInt()).isEqualTo(2);
        ByteBuffer.wrap(file, units, 4).putInt(Integer.MAX_VALUE);

        assertThatThrownBy(() -> RenderCacheCodec.read(withChecksum(file))).isInstanceOf(IOException.class)
                .hasMessageContaining("a count of 2147483647");
    }

    @Test
    void searchWeightsOutOfOrderAreRefused() throws IOException {
        byte[] file = write(sample());
        String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("alpha");
        // "alpha" becomes "zzzzz": the terms are no longer ascending
        Arrays.fill(file, at, at + 5, (byte) 'z');

        assertThatThrownBy(() -> RenderCacheCodec.read(withChecksum(file))).isInstanceOf(IOException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }
}
