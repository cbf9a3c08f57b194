package dev.sitegen.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's own top-level folders and files, beside the docs under {@code integrations/}: render
 * writes them under these names, and load keeps every connector page off them. One list for both,
 * so a page can never be published where the site puts its assets, data or index pages.
 */
public final class SitePaths {

    public static final String ASSETS = "assets";
    public static final String API = "api";
    public static final String FEEDS = "feeds";
    public static final String ICONS = "icons";
    public static final String SEARCH = "search";
    public static final String BREAKING_CHANGES = "breaking-changes";
    public static final String RELEASES = "releases";
    public static final String CHECKS = "checks";
    public static final String CONTRIBUTING = "contributing";
    /** The output marker and manifest folder publish keeps in every output. */
    public static final String OUTPUT_MARKER = ".site-gen";
    /** The preview server's own endpoints. */
    public static final String PREVIEW = "__site-gen";

    public static final String INDEX = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String SEARCH_INDEX = "search-index.json";
    public static final String CALENDAR = "deadlines.ics";

    public static final List<String> FOLDERS = List.of(ASSETS, API, FEEDS, ICONS, SEARCH, BREAKING_CHANGES, RELEASES,
            CHECKS, CONTRIBUTING, OUTPUT_MARKER, PREVIEW);
    public static final List<String> FILES = List.of(INDEX, NOT_FOUND, SITEMAP, ROBOTS, SEARCH_INDEX, CALENDAR);

    /** What a migration guide's page path adds to its connector's: {@code <page>-migrations}. */
    private static final String MIGRATION_GUIDE_SUFFIX = "-migrations";
    private static final String MARKDOWN = ".md";

    private SitePaths() {
    }

    /** The page path of the migration guide of the page at {@code pagePath}. */
    public static String migrationGuidePathOf(String pagePath) {
        return pagePath + MIGRATION_GUIDE_SUFFIX;
    }

    /** Whether the page at {@code urlPath} is a migration guide by its name. */
    public static boolean isMigrationGuidePath(String urlPath) {
        return urlPath.endsWith(MIGRATION_GUIDE_SUFFIX);
    }

    /** The markdown file of the page at {@code pagePath}, relative to the docs folder. */
    public static String docFileOf(String pagePath) {
        return pagePath + MARKDOWN;
    }

    /** The migration guide file beside the doc file {@code docFile}: {@code foo.md} gives {@code foo-migrations.md}. */
    public static String migrationGuideFileOf(String docFile) {
        String stem = docFile.endsWith(MARKDOWN) ? docFile.substring(0, docFile.length() - MARKDOWN.length()) : docFile;
        return stem + MIGRATION_GUIDE_SUFFIX + MARKDOWN;
    }

    /**
     * The site's own entry a page's first path segment would take, as {@code assets/} or
     * {@code 404.html}: the same name, or the same name before its first dot ({@code /404} and
     * {@code /sitemap} are as much the site's as {@code 404.html}), ignoring case, since a
     * case-insensitive file system or host serves them as one.
     */
    public static Optional<String> findReserved(String firstSegment) {
        String name = firstSegment.toLowerCase(Locale.ROOT);
        String stem = stemOf(name);
        for (String folder : FOLDERS) {
            if (name.equals(folder) || stem.equals(folder)) {
                return Optional.of(folder + "/");
            }
        }
        for (String file : FILES) {
            if (name.equals(file) || stem.equals(stemOf(file))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    public static boolean isReserved(String firstSegment) {
        return findReserved(firstSegment).isPresent();
    }

    private static String stemOf(String name) {
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name : name.substring(0, dot);
    }
}
