package dev.sitegen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code .site-gen/} folder every output carries: the marker file that says "site-gen made this
 * folder and may replace it" and the build manifest. Only folders with the marker (or empty ones) are
 * ever replaced or deleted.
 */
final class OutputMarker {

    static final String DIR = ".site-gen";
    static final String MARKER = DIR + "/output";
    static final String MANIFEST = DIR + "/manifest.json";
    static final byte[] MARKER_TEXT = ("This folder is a site-gen output. The next build replaces all of it.\n")
            .getBytes(StandardCharsets.UTF_8);

    private OutputMarker() {
    }

    /** True when {@code dir} holds the marker as a plain file in a plain folder (no link leads to it). */
    static boolean isMarked(Path dir) {
        return Files.isDirectory(dir.resolve(DIR), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** True for a folder site-gen may delete: marked, empty, or holding only an empty {@code .site-gen/}. */
    static boolean isOursOrEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (isMarked(dir)) {
            return true;
        }
        List<Path> children = listChildren(dir);
        if (children.size() == 1 && children.get(0).equals(dir.resolve(DIR)) && Files.isDirectory(children.get(0))) {
            return listChildren(children.get(0)).isEmpty();
        }
        return children.isEmpty();
    }

    static boolean isEmptyDir(Path dir) throws IOException {
        return listChildren(dir).isEmpty();
    }

    /** True when a site path (forward slashes, relative) is inside the reserved {@code .site-gen/}. */
    static boolean isReserved(String sitePath) {
        return sitePath.equals(DIR) || sitePath.startsWith(DIR + "/");
    }

    private static List<Path> listChildren(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
