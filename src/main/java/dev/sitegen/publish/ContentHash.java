package dev.sitegen.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of output files, in lowercase hex, for the manifest. */
final class ContentHash {

    /**
     * A fresh digest to clone: every output file is hashed, and looking SHA-256 up among the security
     * providers for each one cost more than a clone (about 6% of the hashing in a corpus build's profile).
     */
    private static final MessageDigest PROTOTYPE = lookUpDigest();
    private static final HexFormat HEX = HexFormat.of();

    private ContentHash() {
    }

    static String hashBytes(byte[] content) {
        return HEX.formatHex(newDigest().digest(content));
    }

    /** The hex of what {@code digest} has been fed (a digest from {@link #newDigest()}). */
    static String formatDigest(MessageDigest digest) {
        return HEX.formatHex(digest.digest());
    }

    static String hashFile(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HEX.formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            // not the JDK's own SHA-256 (a provider installed first): look it up each time instead
            return lookUpDigest();
        }
    }

    private static MessageDigest lookUpDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
