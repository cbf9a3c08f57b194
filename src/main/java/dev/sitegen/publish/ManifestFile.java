package dev.sitegen.publish;

/**
 * One file of a built site as the manifest records it: its path in the site (forward slashes), the
 * SHA-256 of its bytes in lowercase hex and its size, so a later build or a preview diff can tell
 * what changed without the files themselves.
 */
public record ManifestFile(String path, String sha256, long size) {
}
