package dev.sitegen.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

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

    /**
     * The SHA-256 of {@code content} with every occurrence of {@code baseUrl} (UTF-8, at least two
     * bytes: {@code /} itself is never taken out) written as {@code /}; empty when it does not occur,
     * so the file's own hash stands for it.
     */
    static Optional<String> hashWithoutBase(byte[] content, byte[] baseUrl) {
        int at = baseUrl.length < 2 ? -1 : indexOf(content, baseUrl, 0);
        if (at < 0) {
            return Optional.empty();
        }
        MessageDigest digest = newDigest();
        int from = 0;
        for (; at >= 0; at = indexOf(content, baseUrl, from)) {
            digest.update(content, from, at - from);
            digest.update((byte) '/');
            from = at + baseUrl.length;
        }
        digest.update(content, from, content.length - from);
        return Optional.of(HEX.formatHex(digest.digest()));
    }

    private static int indexOf(byte[] content, byte[] part, int from) {
        int last = content.length - part.length;
        for (int i = from; i <= last; i++) {
            if (content[i] == part[0] && Arrays.equals(content, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
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

    private static MessageDigest newDigest() {
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
