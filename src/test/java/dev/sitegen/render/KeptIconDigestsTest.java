package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Icons' digests kept by file fingerprint in a long-lived process: an unchanged file is not hashed again, a file
 * rewritten (even to the same size) or just written (the racy window) is, and nothing is kept without the tier.
 */
class KeptIconDigestsTest {

    /** A minute ahead: the files written here are outside the racy window. */
    private static long later() {
        return System.currentTimeMillis() * 1_000_000L + TimeUnit.MINUTES.toNanos(1);
    }

    @TempDir
    Path tmp;

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private static String digest(Path file, AtomicInteger hashed, long now) throws Exception {
        return KeptIconDigests.digestContent(file, () -> {
            hashed.incrementAndGet();
            return Files.readString(file);
        }, now);
    }

    @Test
    void anUnchangedIconIsHashedOnceAndARewrittenOneAgain() throws Exception {
        MemoryTier.enable();
        Path icon = Files.writeString(tmp.resolve("icon.svg"), "<svg>a</svg>");
        AtomicInteger hashed = new AtomicInteger();
        assertThat(digest(icon, hashed, later())).isEqualTo("<svg>a</svg>");
        assertThat(digest(icon, hashed, later())).isEqualTo("<svg>a</svg>");
        assertThat(hashed).hasValue(1);

        Files.writeString(icon, "<svg>b</svg>");
        assertThat(digest(icon, hashed, later())).isEqualTo("<svg>b</svg>");
        assertThat(hashed).hasValue(2);
        // just written: within the racy window nothing is taken from the memo, nor kept
        Files.writeString(icon, "<svg>c</svg>");
        assertThat(digest(icon, hashed, System.currentTimeMillis() * 1_000_000L)).isEqualTo("<svg>c</svg>");
        assertThat(digest(icon, hashed, System.currentTimeMillis() * 1_000_000L)).isEqualTo("<svg>c</svg>");
        assertThat(hashed).hasValue(4);

        MemoryTier.disable();
        assertThat(digest(icon, hashed, later())).isEqualTo("<svg>c</svg>");
        assertThat(KeptIconDigests.countKept()).isZero();
    }
}
