package dev.sitegen.check;

import static dev.sitegen.check.TestConnectors.DOC_URL_LINE;
import static dev.sitegen.check.TestConnectors.HOST;
import static dev.sitegen.check.TestConnectors.ICON_LINE;
import static dev.sitegen.check.TestConnectors.METADATA;
import static dev.sitegen.check.TestConnectors.TAG_LINE;
import static dev.sitegen.check.TestConnectors.assertSingle;
import static dev.sitegen.check.TestConnectors.overrideLine;
import static dev.sitegen.check.TestConnectors.runRule;
import static dev.sitegen.check.TestConnectors.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata-side rules: registry pins, prereleases, documentationUrl, icon, docs-missing. */
class MetadataRulesTest {

    @Test
    void registryOverrideMustPinAChangelogVersion() {
        Connector c = source().tag("0.1.6").row("0.1.6", "2024-02-01").row("0.1.4", "2024-01-01")
                .override("oss", "0.1.4").override("cloud", "0.1.5").build();

        assertSingle(runRule(new RegistryOverrideVersionRule(), c), RegistryOverrideVersionRule.INFO,
                Severity.ERROR, METADATA, overrideLine("cloud"));
    }

    @Test
    void registryOverridePassesForDocumentedPins() {
        Connector c = source().tag("0.1.6").row("0.1.6", "2024-02-01").row("0.1.4", "2024-01-01")
                .override("cloud", "0.1.4").build();

        assertThat(runRule(new RegistryOverrideVersionRule(), c)).isEmpty();
    }

    @Test
    void prereleaseNeedsRolloutConfiguration() {
        Connector c = source().tag("3.7.2-rc.1").build();

        assertSingle(runRule(new PrereleaseRolloutRule(), c), PrereleaseRolloutRule.INFO, Severity.WARNING,
                METADATA, TAG_LINE);
        assertThat(runRule(new PrereleaseRolloutRule(), source().tag("3.7.2-rc.1").rollout().build())).isEmpty();
        assertThat(runRule(new PrereleaseRolloutRule(), source().tag("3.7.2").build())).isEmpty();
    }

    @Test
    void majorReleaseCandidateIsFlaggedEvenWithRollout() {
        Connector c = source().tag("4.0.0-rc.1").rollout().build();

        Diagnostic d = assertSingle(runRule(new PrereleaseRolloutRule(), c), PrereleaseRolloutRule.INFO,
                Severity.WARNING, METADATA, TAG_LINE);
        assertThat(d.message()).contains("major 4.0.0");
    }

    @Test
    void documentationUrlMustUseTheSiteHostAndTheDocPath() {
        Connector c = source().docUrl("https://old.example.com/integrations/sources/foo-v2").build();

        Diagnostic d = assertSingle(runRule(new DocumentationUrlRule(), c), DocumentationUrlRule.INFO,
                Severity.WARNING, METADATA, DOC_URL_LINE);
        assertThat(d.hint()).isEqualTo("write 'documentationUrl: https://" + HOST + "/integrations/sources/foo' in "
                + METADATA);
    }

    @Test
    void documentationUrlPassesWhenItMatches() {
        assertThat(runRule(new DocumentationUrlRule(), source().build())).isEmpty();
        assertThat(runRule(new DocumentationUrlRule(),
                source().docUrl("https://" + HOST + "/integrations/sources/foo/").build())).isEmpty();
    }

    @Test
    void iconMissingOnlyWhenNeitherTheNamedFileNorIconSvgExists() {
        Connector missing = source().icon("foo.svg", Optional.empty()).build();
        Connector fallback = source().icon("foo.svg", Optional.of("connectors/source-foo/icon.svg")).build();

        assertSingle(runRule(new IconMissingRule(), missing), IconMissingRule.INFO, Severity.WARNING, METADATA,
                ICON_LINE);
        assertThat(runRule(new IconMissingRule(), fallback)).isEmpty();
        assertThat(runRule(new IconMissingRule(), source().build())).isEmpty();
    }

    @Test
    void docsMissingBlamesDocumentationUrl() {
        assertSingle(runRule(new DocsMissingRule(), source().noDoc().build()), DocsMissingRule.INFO, Severity.ERROR,
                METADATA, DOC_URL_LINE);
        assertThat(runRule(new DocsMissingRule(), source().build())).isEmpty();
    }
}
