package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's digests are SHA-256, whichever thread computes them and however often. */
class ContentHashTest {

    /** FIPS 180-2 test vectors. */
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String TWO_BLOCKS = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

    @Test
    void hashesBytesAsSha256() {
        assertThat(ContentHash.hashBytes(new byte[0])).isEqualTo(EMPTY);
        assertThat(ContentHash.hashBytes(bytes("abc"))).isEqualTo(ABC);
        assertThat(ContentHash.hashBytes(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))
                .isEqualTo(TWO_BLOCKS);
    }

    @Test
    void digestsDoNotShareState() {
        // a digest left half-updated or shared between threads would change the next file's hash
        List<String> hashes = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> ContentHash.hashBytes(bytes(i % 2 == 0 ? "abc" : ""))).toList();
        assertThat(IntStream.range(0, hashes.size()).filter(i -> !hashes.get(i).equals(i % 2 == 0 ? ABC : EMPTY)))
                .isEmpty();
    }

    @Test
    void hashesAFileAsItsBytes(@TempDir Path dir) throws Exception {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("icon.png"), content);
        assertThat(ContentHash.hashFile(file)).isEqualTo(ContentHash.hashBytes(content)).hasSize(64);
        assertThat(ContentHash.hashFile(Files.write(dir.resolve("abc.txt"), bytes("abc")))).isEqualTo(ABC);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
