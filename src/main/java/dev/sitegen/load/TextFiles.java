package dev.sitegen.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files as UTF-8, replacing undecodable bytes instead of failing, and dropping a BOM. */
final class TextFiles {

    private TextFiles() {
    }

    /** The decoded text and whether any byte had to be replaced. */
    record Text(String content, boolean hadInvalidBytes) {
    }

    static Text readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String content;
        boolean invalid = false;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            content = new String(bytes, StandardCharsets.UTF_8);
            invalid = true;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        return new Text(content, invalid);
    }
}
