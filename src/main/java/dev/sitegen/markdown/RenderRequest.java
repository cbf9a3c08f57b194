package dev.sitegen.markdown;

import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import java.util.List;

/**
 * One doc to render and where it lands, so links can be made relative to the generated site.
 *
 * @param markdown the doc's text
 * @param file the doc's file (only its name matters: {@code README.md} and {@code index.md} sit
 *     in the folder their URL names, which changes how their relative {@code .md} links resolve)
 * @param urlPath where the doc is published, e.g. {@code integrations/sources/postgres}
 * @param root prefix from the page back to the site root: {@code ../../../} or a base URL such as
 *     {@code /pr-123/}; empty or ending with {@code /}
 * @param migrationGuide whether {@code Upgrading to X.Y.Z} headings get version anchors
 * @param dropLines lines blanked before rendering (the changelog the page shows from data)
 */
public record RenderRequest(String markdown, String file, String urlPath, String root,
        boolean migrationGuide, List<LineRange> dropLines) {

    public RenderRequest {
        dropLines = List.copyOf(dropLines);
        if (!root.isEmpty() && !root.endsWith("/")) {
            root = root + "/";
        }
        urlPath = stripSlashes(urlPath);
    }

    /** A doc page as loaded; a guide when its URL ends with {@code -migrations}. */
    public static RenderRequest forDoc(DocPage doc, String root) {
        return new RenderRequest(doc.markdown(), doc.file(), doc.urlPath(), root,
                SitePaths.isMigrationGuidePath(doc.urlPath()), List.of());
    }

    /** Markdown with no page around it: catalog links become root-relative ({@code /integrations/x/}). */
    public static RenderRequest forMarkdown(String markdown) {
        return new RenderRequest(markdown, "", "", "/", false, List.of());
    }

    public RenderRequest withDropLines(List<LineRange> lines) {
        return new RenderRequest(markdown, file, urlPath, root, migrationGuide, lines);
    }

    public RenderRequest withMigrationGuide(boolean guide) {
        return new RenderRequest(markdown, file, urlPath, root, guide, dropLines);
    }

    /** Whether the doc is its folder's index, so its own URL is the base of its relative files. */
    boolean isFolderIndex() {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return stem.equals("README") || stem.equals("index");
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
