package dev.sitegen.config;

import dev.sitegen.model.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of {@code site.yaml}: title, the site's public URL (used to recognise absolute links
 * to the site itself), the repository whose pull requests changelogs link to, the branch for
 * "edit this page" links and the ROOT's folder inside that repository ({@code editPath}, empty for a
 * monorepo checked out at its root), per-rule severity overrides and MDX component snippets.
 */
public record SiteConfig(String title, Optional<String> siteUrl, Optional<String> repositoryUrl,
                         String editBranch, String editPath, Map<String, Severity> ruleSeverities,
                         Map<String, String> snippets) {

    public static final String DEFAULT_TITLE = "Connector Catalog";

    public SiteConfig {
        ruleSeverities = Map.copyOf(new TreeMap<>(ruleSeverities));
        snippets = Map.copyOf(new TreeMap<>(snippets));
    }

    /** The same settings with {@code snippets} (component name, or an import source, to its file). */
    public SiteConfig withSnippets(Map<String, String> newSnippets) {
        return new SiteConfig(title, siteUrl, repositoryUrl, editBranch, editPath, ruleSeverities, newSnippets);
    }

    public static SiteConfig defaults() {
        return new SiteConfig(DEFAULT_TITLE, Optional.empty(), Optional.empty(), "master", "", Map.of(), Map.of());
    }
}
