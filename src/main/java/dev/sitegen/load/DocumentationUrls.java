package dev.sitegen.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Reads the site path out of a {@code documentationUrl}: no host, fragment, query or edge slashes. */
public final class DocumentationUrls {

    private DocumentationUrls() {
    }

    public static Optional<String> findPath(String documentationUrl) {
        try {
            String path = new URI(documentationUrl.strip()).getPath();
            if (path == null) {
                return Optional.empty();
            }
            path = path.replaceAll("^/+|/+$", "");
            if (path.endsWith(".md")) {
                path = path.substring(0, path.length() - 3);
            }
            return path.isEmpty() ? Optional.empty() : Optional.of(path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> findHost(String documentationUrl) {
        try {
            return Optional.ofNullable(new URI(documentationUrl.strip()).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
