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

    /** A connector folder's metadata file, whose presence makes the folder a connector. */
    public static final String METADATA_FILE = "metadata.yaml";
    /** The icon a connector folder is looked at for when its metadata names none (or names one not usable). */
    public static final String DEFAULT_ICON_FILE = "icon.svg";

    /** What a migration guide's page path adds to its connector's: {@code <page>-migrations}. */
    private static final String MIGRATION_GUIDE_SUFFIX = "-migrations";
    private static final String MARKDOWN = ".md";
    /** A folder's own page: {@code foo/README.md} and {@code foo/index.md} are published at {@code foo}. */
    private static final List<String> FOLDER_PAGES = List.of("README", "index");

    /** The docs site's folder of a monorepo, which its docs import from as {@code @site/...}. */
    public static final String MONOREPO_DOCS_SITE = "docusaurus";
    /** The import alias of that folder. */
    public static final String SITE_IMPORT_PREFIX = "@site/";

    private SitePaths() {
    }

    /**
     * The file, relative to a monorepo's root, that an import source names through the {@code @site} alias
     * ({@code @site/static/_note.md} is {@code docusaurus/static/_note.md}); empty for any other source. The
     * path is as written: whoever reads it still has the input gate judge it.
     */
    public static Optional<String> siteImportFileOf(String source) {
        return source.startsWith(SITE_IMPORT_PREFIX)
                ? Optional.of(MONOREPO_DOCS_SITE + "/" + source.substring(SITE_IMPORT_PREFIX.length()))
                : Optional.empty();
    }

    /** Whether an imported file can stand in for a component: markdown, not a script. */
    public static boolean isMarkdownSnippet(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(MARKDOWN) || lower.endsWith(".mdx");
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

    /**
     * Every markdown file, relative to the docs folder, that is published at {@code pagePath}: {@code <page>.md},
     * then {@code <page>/README.md} and {@code <page>/index.md} (in that order, which is also the order of
     * precedence when several exist).
     */
    public static List<String> listDocFilesOf(String pagePath) {
        return List.of(docFileOf(pagePath), pagePath + "/" + FOLDER_PAGES.get(0) + MARKDOWN,
                pagePath + "/" + FOLDER_PAGES.get(1) + MARKDOWN);
    }

    /** The page path a markdown file below the docs folder is published at: no extension, no README/index. */
    public static String pagePathOfDocFile(String pathBelowDocsRoot) {
        String p = pathBelowDocsRoot.replace('\\', '/');
        p = p.substring(0, p.lastIndexOf('.'));
        for (String index : FOLDER_PAGES) {
            if (p.endsWith("/" + index)) {
                return p.substring(0, p.length() - index.length() - 1);
            }
        }
        return p;
    }

    /** The site path of a connector's contribute page, {@code contributing/connectors/<dir>/}. */
    public static String contributePathOf(String connectorDir) {
        return CONTRIBUTING + "/connectors/" + connectorDir + "/";
    }

    /** Where the site publishes a connector's icon read from {@code iconFile}: {@code icons/<dir><ext>}. */
    public static String iconPathOf(String connectorDir, String iconFile) {
        int dot = iconFile.lastIndexOf('.');
        int slash = iconFile.lastIndexOf('/');
        String ext = dot <= slash ? "" : iconFile.substring(dot).toLowerCase(Locale.ROOT);
        return ICONS + "/" + connectorDir + ext;
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
