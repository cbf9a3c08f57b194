package dev.sitegen.check;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import java.util.Optional;

/**
 * The site-wide facts the checks infer, for later stages that need the same answer (the page's
 * "edit this page" link must point at the repository the changelog checks compare PR links with).
 */
public final class SiteFacts {

    private SiteFacts() {
    }

    /** The host of site.yaml's {@code siteUrl}, else the most common documentationUrl host (ties: alphabetical). */
    public static Optional<String> inferSiteHost(SiteConfig config, Catalog catalog) {
        return CheckContext.inferSiteHost(config, catalog);
    }

    /** {@code repositoryUrl} from site.yaml, else the most common GitHub repository of PR links. */
    public static Optional<String> inferRepositoryUrl(SiteConfig config, Catalog catalog) {
        return CheckContext.inferRepositoryUrl(config, catalog);
    }
}
