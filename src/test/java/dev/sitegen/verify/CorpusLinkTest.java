package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.testing.TestPaths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Link verification of the whole shared corpus (skipped when it is absent): every broken internal
 * link, at its markdown line. The corpus has 17 broken anchors in 15 docs (an independent reading
 * of the markdown counts 15 in 13: it includes a link in mysql's changelog table, which the page
 * renders from data without that link, and misses three absolute docs.airbyte.com links to
 * integration pages, which the site rewrites to its own pages), one relative link climbing above
 * the docs root, three images missing from the snapshot and one malformed autolink. Since changelog
 * subjects keep their links, the mysql changelog link counts too (18 in 16). Spec files' field
 * descriptions, shown in the Reference sections, add 22 broken links and 7 placeholder autolinks.
 */
class CorpusLinkTest {

    private static final String D = "docs/integrations/";

    static VerifiedBuild build;

    @BeforeAll
    static void verifyCorpus() throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        build = VerifiedBuild.buildRoot(TestPaths.findCorpus().get(), Optional.empty(), LocalDate.of(2025, 8, 15));
        System.out.printf("corpus links: %d pages, render %d ms (page scans %d ms of worker time), verify %d ms%n",
                build.pages(), build.renderMillis(), build.scanMillis(), build.verifyMillis());
    }

    /** Findings in docs and templates; those in spec files' descriptions are {@link #inSpecFiles}. */
    private static List<Diagnostic> withSeverity(Severity severity) {
        return build.findings().stream().filter(d -> d.severity() == severity && !isInConnectorFolder(d)).toList();
    }

    private static boolean isInConnectorFolder(Diagnostic d) {
        return d.pos().file().startsWith("airbyte-integrations/connectors/");
    }

    private static List<Diagnostic> inSpecFiles(Severity severity) {
        return build.findings().stream().filter(d -> d.severity() == severity && isInConnectorFolder(d)).toList();
    }

    @Test
    void specDescriptionsLinkToAnchorsAndPagesTheDocsDoNotHave() {
        // links in spec field descriptions, rendered in each page's Reference section and blamed on the spec line
        List<Diagnostic> errors = inSpecFiles(Severity.ERROR);
        String c = "airbyte-integrations/connectors/";

        assertThat(errors).hasSize(22).allSatisfy(d -> assertThat(d.rule()).isEqualTo("broken-link"));
        assertThat(errors).extracting(d -> d.pos().toString()).contains(
                c + "source-postgres/src/main/resources/spec.json:252:61",
                c + "source-amplitude/manifest.yaml:1007:34",
                c + "destination-csv/src/main/resources/spec.json:14:202");
        assertThat(errors).filteredOn(d -> d.pos().toString().equals(c + "source-postgres/src/main/resources/spec.json:252:61"))
                .singleElement().extracting(Diagnostic::message).asString()
                .contains("this page has no anchor '#step-3-create-replication-slot'");
        // placeholders the autolinker reads as URLs ('https://{your-domain}...'), as in docs: warnings
        assertThat(inSpecFiles(Severity.WARNING)).hasSize(7)
                .allSatisfy(d -> assertThat(d.message()).contains("is not a valid URL"));
    }

    @Test
    void findsEveryBrokenAnchorAtItsLine() {
        List<Diagnostic> anchors = withSeverity(Severity.ERROR).stream()
                .filter(d -> d.message().contains("has no anchor")).toList();
        Set<String> docs = new TreeSet<>();
        anchors.forEach(d -> docs.add(d.pos().file()));

        // 18: the 18th is in a changelog row's subject (mysql.md:395), verified since subjects keep their links
        assertThat(anchors).hasSize(18);
        assertThat(docs).hasSize(16);
        assertThat(anchors).extracting(d -> d.pos().file() + ":" + d.pos().line()).contains(
                D + "destinations/pgvector.md:128", D + "destinations/postgres.md:124", D + "destinations/vertica.md:98",
                D + "destinations/yellowbrick.md:109", D + "sources/mongodb-v2-migrations.md:16",
                D + "sources/mongodb-v2.md:187", D + "destinations/redshift-migrations.md:13",
                D + "sources/shopify.md:14", D + "sources/shopify.md:70", D + "sources/mysql.md:395");
        assertThat(anchors).filteredOn(d -> d.pos().file().endsWith("destinations/postgres.md")).singleElement()
                .satisfies(d -> {
                    assertThat(d.pos().column()).isEqualTo(4);
                    assertThat(d.connector()).isEqualTo("destination-postgres");
                    assertThat(d.message()).contains("'#step-1-optional-create-a-dedicated-read-only-user'");
                });
        assertThat(anchors).filteredOn(d -> d.pos().toString().equals(D + "sources/mongodb-v2.md:187:118"))
                .singleElement().extracting(Diagnostic::message).asString()
                .contains("'#Schema-Enforcement'", "it has '#schema-enforcement', which differs in case");
        assertThat(anchors).filteredOn(d -> d.pos().file().endsWith("mongodb-v2-migrations.md")).singleElement()
                .extracting(Diagnostic::message).asString().isEqualTo("link '/integrations/sources/mongodb-v2"
                        + "#upgrade-from-previous-version': integrations/sources/mongodb-v2/ has no anchor "
                        + "'#upgrade-from-previous-version'");
    }

    @Test
    void theOtherErrorsAreAClimbingLinkAndImagesMissingFromTheSnapshot() {
        List<String> others = withSeverity(Severity.ERROR).stream().filter(d -> !d.message().contains("has no anchor"))
                .map(d -> d.pos() + " " + d.message().substring(0, d.message().indexOf('\'', d.message().indexOf('\'') + 1) + 1))
                .toList();

        assertThat(others).containsExactly(
                D + "custom-connectors.md:32:52 link '../../operator-guides/using-custom-connectors/'",
                D + "sources/postgres/cloud-sql-postgres.md:13:1 image './assets/airbyte_cloud_sql_postgres_db.png'",
                D + "sources/postgres/cloud-sql-postgres.md:64:1 image './assets/airbyte_cloud_sql_postgres_add_network.png'",
                D + "sources/postgres/cloud-sql-postgres.md:114:1 image "
                        + "'./assets/airbyte_cloud_sql_postgres_logical_replication_flag.png'");
        assertThat(withSeverity(Severity.ERROR).get(0).message()).contains("climbs above the docs root");
    }

    @Test
    void warnsAboutTheMalformedAutolinkAndNothingElse() {
        assertThat(withSeverity(Severity.WARNING)).extracting(d -> d.pos().toString(), Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(D + "sources/plausible.md:26:147",
                        "link 'https://\"' is not a valid URL: host '\"' contains '\"'"));
    }

    @Test
    void docsOutsideTheIntegrationsAreUnverifiableNotBroken() {
        List<Diagnostic> infos = withSeverity(Severity.INFO);

        assertThat(infos).hasSizeGreaterThan(400).allSatisfy(d -> assertThat(d.message()).contains("(unverifiable)"));
        assertThat(infos).extracting(d -> d.pos().toString()).contains(D + "sources/mongodb-v2.md:35:1",
                D + "enterprise-connectors/README.md:5:1");
        assertThat(infos).filteredOn(d -> d.pos().file().startsWith("themes/")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.message()).contains("https://docs.airbyte.com/"));
    }

    @Test
    void verificationIsCheapNextToRendering() {
        assertThat(build.pages()).isGreaterThan(1_300);
        assertThat(build.verifyMillis()).isLessThan(10_000);
        assertThat(build.scanMillis()).isLessThan(30_000);
    }
}
