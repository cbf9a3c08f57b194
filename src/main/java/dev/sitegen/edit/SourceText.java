package dev.sitegen.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file as a bump reads it before editing: strictly UTF-8 (a file that is not is refused, since
 * rewriting it would change bytes the bump did not mean to touch), its byte-order mark kept apart so
 * line and column positions match the loader's, which reads the text without it.
 */
record SourceText(String file, Path path, String bom, String body) {

    private static final String BOM = "\uFEFF";

    static Optional<SourceText> readSource(Path root, String file, List<String> problems) throws IOException {
        Path path = root.resolve(file);
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file + ": not valid UTF-8; fix its encoding before bumping");
            return Optional.empty();
        }
        boolean bom = text.startsWith(BOM);
        return Optional.of(new SourceText(file, path, bom ? BOM : "", bom ? text.substring(1) : text));
    }

    /** The change from this text to {@code newBody} (same byte-order mark). */
    FileChange changeTo(String newBody) {
        return new FileChange(file, path, Optional.of(bom + body), bom + newBody);
    }
}
