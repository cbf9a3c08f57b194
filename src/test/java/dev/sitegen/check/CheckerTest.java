package dev.sitegen.check;

import static dev.sitegen.check.TestConnectors.REPO;
import static dev.sitegen.check.TestConnectors.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.load.SiteFactsInference;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SiteFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checker's context inference, severity overrides and report order. */
class CheckerTest {

    private static SiteConfig config(Optional<String> siteUrl, Optional<String> repo, Map<String, Severity> rules) {
        return new SiteConfig("t", siteUrl, repo, "main", "", rules, Map.of());
    }

    /** The context as a build makes it: the facts load computes, then the checker's context from them. */
    private static CheckContext inferContext(SiteConfig config, Catalog catalog) {
        return CheckContext.createContext(config, SiteFactsInference.inferFacts(config, catalog), catalog);
    }

    @Test
    void contextComesFromSiteConfigWhenGiven() {
        Catalog catalog = new Catalog(List.of(source().build()), List.of(), List.of());

        CheckContext ctx = inferContext(config(Optional.of("https://Catalog.Example.org/"),
                Optional.of("https://github.com/o/r.git"), Map.of()), catalog);

        assertThat(ctx.siteHost()).contains("catalog.example.org");
        assertThat(ctx.repositoryUrl()).contains("https://github.com/o/r");
    }

    @Test
    void contextIsInferredFromTheCatalogWithoutSiteConfig() {
        Connector a = source().docUrl("https://docs.a.com/integrations/sources/foo").row("1.0.0", "2024-01-01").build();
        Connector b = source().docUrl("https://docs.b.com/integrations/sources/foo")
                .row("1.0.0", "2024-01-01", "[1](https://github.com/x/y/pull/1)", Optional.of(1),
                        Optional.of("https://github.com/x/y/pull/1"))
                .row("0.9.0", "2023-01-01").row("0.8.0", "2022-01-01").build();

        CheckContext ctx = inferContext(SiteConfig.defaults(), new Catalog(List.of(a, b, a), List.of(),
                List.of()));

        assertThat(ctx.siteHost()).contains("docs.a.com");
        assertThat(ctx.repositoryUrl()).contains(REPO);
    }

    @Test
    void contextIsEmptyWhenNothingIsKnownAndTiesAreBrokenAlphabetically() {
        Connector a = source().docUrl("https://zeta.com/integrations/sources/foo").noDoc().build();
        Connector b = source().docUrl("https://alpha.com/integrations/sources/foo").noDoc().build();

        CheckContext ctx = inferContext(SiteConfig.defaults(), new Catalog(List.of(a, b), List.of(),
                List.of()));

        assertThat(ctx.siteHost()).contains("alpha.com");
        assertThat(ctx.repositoryUrl()).isEmpty();
    }

    @Test
    void overridesChangeSeverityDropOffRulesAndKeepReportOrder() {
        Connector c = source().tag("1.1.0").row("1.0.0", "2024-1-01").build();
        Catalog catalog = new Catalog(List.of(c), List.of(), List.of());
        SiteConfig cfg = config(Optional.empty(), Optional.empty(),
                Map.of("changelog-date", Severity.ERROR, "changelog-current-version", Severity.OFF));

        List<Diagnostic> found = new Checker(cfg, SiteFacts.none()).runChecks(catalog, List.of());

        assertThat(found).extracting(Diagnostic::rule, Diagnostic::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("changelog-date", Severity.ERROR));
        assertThat(new Checker(cfg, SiteFacts.none()).runChecks(catalog, List.of("source-other"))).isEmpty();
    }
}
