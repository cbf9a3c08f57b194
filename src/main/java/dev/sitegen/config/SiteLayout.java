package dev.sitegen.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a build root keeps its connectors and docs. {@code docsDir} is the folder that holds
 * {@code integrations/}, so a doc's path below it is its URL path.
 */
public record SiteLayout(LayoutKind kind, Path root, Path connectorsDir, Path docsDir) {

    static final String MONOREPO_CONNECTORS = "airbyte-integrations/connectors";

    /**
     * Detects the layout of {@code root}: a monorepo when it has both
     * {@code airbyte-integrations/connectors/} and {@code docs/integrations/}, else the project
     * layout when it has {@code site.yaml} or {@code connectors/}.
     */
    public static SiteLayout detect(Path root) throws ConfigException {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new ConfigException(root + ": no such directory",
                    "pass the content folder or a monorepo checkout as ROOT");
        }
        Path monoConnectors = abs.resolve(MONOREPO_CONNECTORS);
        if (Files.isDirectory(monoConnectors) && Files.isDirectory(abs.resolve("docs/integrations"))) {
            return new SiteLayout(LayoutKind.MONOREPO, abs, monoConnectors, abs.resolve("docs"));
        }
        if (Files.isRegularFile(abs.resolve("site.yaml")) || Files.isDirectory(abs.resolve("connectors"))) {
            return new SiteLayout(LayoutKind.PROJECT, abs, abs.resolve("connectors"), abs.resolve("docs"));
        }
        throw new ConfigException(root + ": not a site-gen root",
                "expected site.yaml and connectors/ (project layout), or "
                        + MONOREPO_CONNECTORS + "/ and docs/integrations/ (monorepo layout)");
    }

    /**
     * Whether {@code folder} is itself a root as {@link #detect} reads one: a monorepo checkout or a folder
     * with {@code site.yaml} (a bare {@code connectors/} folder is too common a name to count here).
     */
    public static boolean isRoot(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        return Files.isDirectory(abs.resolve(MONOREPO_CONNECTORS)) && Files.isDirectory(abs.resolve("docs/integrations"))
                || Files.isRegularFile(abs.resolve("site.yaml"));
    }

    /** The path of {@code file} relative to the root, with forward slashes, for diagnostics. */
    public String relativize(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The authored contribution guides, published under {@code contributing/} (project layout only). */
    public Path guidesDir() {
        return root.resolve("contributing");
    }

    public Path siteConfigFile() {
        return root.resolve("site.yaml");
    }
}
