package dev.sitegen.render;

import java.nio.file.Path;
import java.util.List;

/**
 * Where rendered output goes. Paths are relative to the site root with forward slashes. Must be
 * safe to call from several workers at once.
 */
public interface SiteSink {

    void writeFile(String path, byte[] content);

    /** Copies a source file (an icon) into the site without reading it into the model. */
    void copyFile(String path, Path source);

    /**
     * Writes a file whose bytes are re-used from the previous output, where they are already at
     * {@code path}; a sink that publishes may keep that file instead of writing, and one that only
     * needs to know the file exists need not read it.
     */
    default void reuseFile(String path, ReusedFile file) {
        writeFile(path, file.content().get());
    }

    /**
     * The search entries of the page at {@code file}, handed over as the page is rendered; the render cache
     * keeps them with the page's unit. Sinks that only place files ignore them.
     */
    default void addSearchSections(String file, List<SearchSection> sections) {
    }

    /**
     * Whether {@link #addSearchSections} keeps what it is given: a page splits itself into search entries
     * only for a sink that does (a page rendered only to be scanned for its links and anchors need not).
     */
    default boolean keepsSearchSections() {
        return true;
    }
}
