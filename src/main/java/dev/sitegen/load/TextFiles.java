package dev.sitegen.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text files as UTF-8, replacing undecodable bytes with U+FFFD instead of failing (one bad
 * byte must not hide a whole file), dropping a BOM, and saying where the first bad byte was so the
 * loader can report it.
 */
final class TextFiles {

    private TextFiles() {
    }

    /**
     * The decoded text and the 1-based line and column of the first invalid byte (0 and 0 when
     * every byte was valid UTF-8).
     */
    record Text(String content, int invalidLine, int invalidColumn) {

        boolean hadInvalidBytes() {
            return invalidLine > 0;
        }
    }

    static Text readUtf8(Path file) throws IOException {
        return decodeUtf8(Files.readAllBytes(file));
    }

    static Text decodeUtf8(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        // the usual case, decoded once: without a U+FFFD every byte was valid (a bad one decodes to U+FFFD),
        // so the strict decoder would give this very text; with one, it says whether and where bytes were bad
        if (lenient.indexOf('\uFFFD') < 0) {
            return new Text(lenient.startsWith("\uFEFF") ? lenient.substring(1) : lenient, 0, 0);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length + 1L));
        CoderResult result = strict.decode(ByteBuffer.wrap(bytes), out, true);
        int line = 0;
        int column = 0;
        String content;
        if (result.isError()) {
            out.flip();
            String valid = out.toString();
            line = 1 + countLines(valid);
            column = 1 + valid.length() - (Math.max(valid.lastIndexOf('\n'), valid.lastIndexOf('\r')) + 1);
            if (line == 1 && valid.startsWith("\uFEFF")) {
                column--;
            }
            content = new String(bytes, StandardCharsets.UTF_8);
        } else {
            strict.flush(out);
            out.flip();
            content = out.toString();
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        return new Text(content, line, column);
    }

    private static int countLines(String s) {
        int lines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
