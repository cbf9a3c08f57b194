package dev.sitegen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The theme's static files ({@code themes/default/static}). Only {@link #FILES} are copied verbatim to a
 * site's {@code assets/}; the others are for {@code serve} alone (its live-reload script). Every page links
 * {@code style.css} and {@code search-box.js}; {@code search.js} is loaded by the latter on first use only.
 */
public final class Assets {

    static final List<String> FILES = List.of("reader.js", "search-box.js", "search.js", "site.js", "style.css");

    private Assets() {
    }

    public static byte[] readAsset(String name) {
        String resource = Templates.THEME + "/static/" + name;
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("theme asset missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
