package dev.sitegen.check;

import static dev.sitegen.check.TestConnectors.DOC;
import static dev.sitegen.check.TestConnectors.HOST;
import static dev.sitegen.check.TestConnectors.METADATA;
import static dev.sitegen.check.TestConnectors.REPO;
import static dev.sitegen.check.TestConnectors.TAG_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.load.SpecTexts;
import dev.sitegen.model.BaseCatalog;
import dev.sitegen.model.BaseSpec;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.ChangeComparison;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The change rules on hand-made connectors and bases (the git side: {@code cli/PullRequestRulesTest}). */
class ChangeRulesTest {

    private static final String CODE = "connectors/source-foo/source_foo/source.py";

    @Test
    void aChangedCodeFileWithTheSameTagIsReportedAtTheTag() {
        Connector base = TestConnectors.source().tag("1.2.0").build();
        Connector now = TestConnectors.source().tag("1.2.0").build();

        List<Diagnostic> found = run(new VersionNotIncrementedRule(), now, change(base, List.of(CODE), false));

        TestConnectors.assertSingle(found, VersionNotIncrementedRule.INFO, Severity.ERROR, METADATA, TAG_LINE);
        assertThat(found.get(0).message()).contains(CODE).contains("as at origin/main");
    }

    @Test
    void theDocAndOverridesOnlyMetadataNeedNoVersion() {
        Connector base = TestConnectors.source().tag("1.2.0").build();
        Connector now = TestConnectors.source().tag("1.2.0").build();

        assertThat(run(new VersionNotIncrementedRule(), now, change(base, List.of(DOC, METADATA), false))).isEmpty();
        assertThat(run(new VersionNotIncrementedRule(), now, change(base, List.of(METADATA), true))).hasSize(1);
    }

    @Test
    void aNewConnectorAndNoBaseCompareNothing() {
        Connector now = TestConnectors.source().tag("0.1.0").build();
        ConnectorChange isNew = new ConnectorChange(now.dir(), List.of(CODE), true, Optional.empty(), Optional.empty(),
                BaseSpec.absent());

        for (Rule rule : List.of(new VersionNotIncrementedRule(), new VersionDecrementedRule(),
                new ChangelogHistoryChangedRule(), new BreakingChangeRemovedRule())) {
            assertThat(run(rule, now, isNew)).as(rule.info().id()).isEmpty();
            assertThat(TestConnectors.runRule(rule, now)).as(rule.info().id()).isEmpty();
        }
    }

    @Test
    void aPrereleaseOfTheBaseVersionIsLowerAndAPromotionIsHigher() {
        Connector base = TestConnectors.source().tag("1.3.0").build();
        Connector rc = TestConnectors.source().tag("1.3.0-rc.1").build();

        TestConnectors.assertSingle(run(new VersionDecrementedRule(), rc, change(base, List.of(METADATA), true)),
                VersionDecrementedRule.INFO, Severity.ERROR, METADATA, TAG_LINE);
        Connector promoted = TestConnectors.source().tag("1.3.0").build();
        Connector baseRc = TestConnectors.source().tag("1.3.0-rc.1").build();
        assertThat(run(new VersionDecrementedRule(), promoted, change(baseRc, List.of(METADATA), true))).isEmpty();
    }

    @Test
    void unreleasedRowsOfTheBaseMayChange() {
        // at the base, 1.3.0 was written ahead of the 1.2.0 tag: not released, so it may be renumbered
        Connector base = TestConnectors.source().tag("1.2.0").row("1.3.0", "2024-06-02").row("1.2.0", "2024-06-01")
                .build();
        Connector now = TestConnectors.source().tag("1.2.0").row("1.4.0", "2024-06-02").row("1.2.0", "2024-06-01")
                .build();

        assertThat(run(new ChangelogHistoryChangedRule(), now, change(base, List.of(DOC), false))).isEmpty();
    }

    @Test
    void aDeadlineThatIsNoDateIsNotCompared() {
        Connector base = TestConnectors.source().tag("2.0.0").breaking("2.0.0", "soon").build();
        Connector now = TestConnectors.source().tag("2.0.0").breaking("2.0.0", "2020-01-01").build();

        assertThat(run(new BreakingChangeRemovedRule(), now, change(base, List.of(METADATA), true))).isEmpty();
    }

    @Test
    void theRulesReadTheSpecComparisonTheBaseMadeOnceForTheConnectorsSpec() {
        String schema = "type: object\nproperties:\n  api_key: { type: string }\n";
        Spec spec = SpecTexts.parseSchema(schema);
        Connector base = withSpec(TestConnectors.source().tag("1.2.0").build(), spec);
        Connector now = withSpec(TestConnectors.source().tag("1.2.1").build(), spec);
        ConnectorChange read = new ConnectorChange(base.dir(), List.of(CODE), false, Optional.of(base.metadata()),
                base.changelog(), BaseSpec.read(spec));

        ConnectorChange compared = new BaseCatalog("origin/main", Map.of(now.dir(), read))
                .compareWith(new Catalog(List.of(now), List.of(), List.of())).findChange(now.dir()).orElseThrow();

        assertThat(compared.comparison()).map(ChangeComparison::specChanges).contains(Optional.of(List.of()));
        // a comparison planted for this spec instance is what the rule reports: read, not made again
        SpecChange planted = new SpecChange("page_size", SpecChange.Kind.FIELD_REMOVED, "optional", spec.pos());
        ConnectorChange plantedChange = new ConnectorChange(read.dir(), read.changedFiles(), false,
                read.baseMetadata(), read.baseChangelog(), read.baseSpec(),
                Optional.of(new ChangeComparison(now.spec(), Optional.of(List.of(planted)), Optional.empty())));
        assertThat(run(new SpecFieldRemovedRule(), now, plantedChange)).extracting(Diagnostic::message)
                .singleElement().asString().contains("`page_size`");
        // the connector read again (another spec instance) is compared anew: the same schema, nothing removed
        Connector reread = withSpec(now, SpecTexts.parseSchema(schema));
        assertThat(run(new SpecFieldRemovedRule(), reread, plantedChange)).isEmpty();
    }

    private static Connector withSpec(Connector c, Spec spec) {
        return new Connector(c.dir(), c.metadataFile(), c.metadata(), c.pagePath(), c.doc(), c.changelog(),
                c.migrationGuide(), c.iconFile(), c.inputs(), Optional.of(spec));
    }

    private static ConnectorChange change(Connector base, List<String> files, boolean beyondOverrides) {
        return new ConnectorChange(base.dir(), files, beyondOverrides, Optional.of(base.metadata()), base.changelog(),
                BaseSpec.absent());
    }

    private static List<Diagnostic> run(Rule rule, Connector c, ConnectorChange change) {
        CheckContext ctx = new CheckContext(Optional.of(HOST), Optional.of(REPO), Map.of(), Set.of(),
                new BaseCatalog("origin/main", Map.of(c.dir(), change)));
        return TestConnectors.runRule(rule, c, ctx);
    }
}
