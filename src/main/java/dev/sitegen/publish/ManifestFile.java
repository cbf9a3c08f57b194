package dev.sitegen.publish;

import java.util.Optional;

/**
 * One file of a built site as the manifest records it: its path in the site (forward slashes), the
 * SHA-256 of its bytes in lowercase hex and its size, so a later build or a preview diff can tell
 * what changed without the files themselves. {@code contentSha256} is the SHA-256 of the file with the
 * build's base URL written as {@code /} (as a build with {@code --base-url /} writes it), present only
 * when that differs from {@code sha256}: a preview served under another path than the published site
 * is then compared as content, not as base-URL strings.
 */
public record ManifestFile(String path, String sha256, long size, Optional<String> contentSha256) {

    public ManifestFile(String path, String sha256, long size) {
        this(path, sha256, size, Optional.empty());
    }

    /** The hash two builds' files are compared by: that of the file with its base URL taken out. */
    String comparableHash() {
        return contentSha256.orElse(sha256);
    }
}
