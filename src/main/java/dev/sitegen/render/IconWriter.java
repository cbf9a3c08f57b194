package dev.sitegen.render;

import dev.sitegen.load.InputGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Publishes a connector's icon. The loader has already refused icons outside their connector's folder,
 * hidden, of other types or too big (with diagnostics); this writes SVGs only through {@link SvgSanitizer},
 * never byte for byte, and passes the file through the {@link InputGate} again and re-checks its size, since
 * the file may have changed since it was loaded (then the icon is left out, and link verification reports
 * the pages' images that point at it).
 */
final class IconWriter {

    /** The loader's limit, again: an icon never reaches the site bigger than this. */
    static final long MAX_BYTES = 1024 * 1024;

    private IconWriter() {
    }

    /**
     * The digest of the icon's bytes as {@link #writeIcon} would read them, for the render cache key (so
     * touching an icon renders nothing); an icon that would not be written has a digest saying why, so it
     * changes when that changes. The bytes go to SHA-256 as they are: decoding them into a string for
     * {@link ValueDigest} and encoding it again cost more than the hash.
     */
    static String digestIcon(Path root, Path connectorDir, Path icon) {
        try {
            InputGate.Verdict admitted = InputGate.admitConnectorFile(root, connectorDir, icon);
            if (!admitted.isAccepted()) {
                return "refused";
            }
            Path real = admitted.requireRealPath();
            BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attrs.isRegularFile() || attrs.size() > MAX_BYTES) {
                return "not written";
            }
            return real + " " + KeptIconDigests.digestContent(real, () -> hashFile(real));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String hashFile(Path real) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(real)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** @param connectorDir the connector's folder, the only place its icon may be read from */
    static void writeIcon(String sitePath, Path root, Path connectorDir, Path icon, SiteSink sink) {
        try {
            InputGate.Verdict admitted = InputGate.admitConnectorFile(root, connectorDir, icon);
            if (!admitted.isAccepted()) {
                return;
            }
            Path real = admitted.requireRealPath();
            if (!Files.isRegularFile(real) || Files.size(real) > MAX_BYTES) {
                return;
            }
            byte[] bytes = Files.readAllBytes(real);
            if (sitePath.endsWith(".svg")) {
                SvgSanitizer.sanitizeSvg(new String(bytes, StandardCharsets.UTF_8)).ifPresent(b -> sink.writeFile(sitePath, b));
            } else {
                sink.writeFile(sitePath, bytes);
            }
        } catch (IOException e) {
            // gone or unreadable since it was loaded: no icon, and link verification reports the page's image
        }
    }
}
