package dev.sitegen.serve;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.MigrationSection;
import dev.sitegen.model.RegistryOverride;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The values the catalog-wide pages (catalog, registry, search index, feeds, releases, breaking
 * changes, calendar, contributing index) are rendered from, without source positions: two equal
 * inputs render the same pages, so an edit that only moves lines or changes a doc's prose does not
 * re-render them. Deliberately generous: every metadata value, changelog row and migration section
 * counts, since a value the pages do not show costs only a needless re-render.
 */
final class IndexInputs {

    private IndexInputs() {
    }

    /**
     * Whether the inputs differ between two catalogs, looking only at the connectors in {@code dirs}
     * (the others were not reloaded, so they are the same) and the contribution guides.
     */
    static boolean changesIndexInputs(Catalog before, Catalog after, Set<String> dirs) {
        for (String dir : dirs) {
            if (!before.findConnector(dir).map(IndexInputs::describeConnector)
                    .equals(after.findConnector(dir).map(IndexInputs::describeConnector))) {
                return true;
            }
        }
        return !describeGuides(before).equals(describeGuides(after));
    }

    private static List<List<String>> describeGuides(Catalog catalog) {
        return catalog.guides().stream().map(g -> List.of(g.urlPath(), findTitleLine(g))).toList();
    }

    /** One connector's values, in a fixed order. */
    static List<Object> describeConnector(Connector c) {
        return List.of(c.dir(), c.pagePath(), c.iconFile(), describeMetadata(c.metadata()),
                c.changelog().map(t -> t.entries().stream().map(IndexInputs::describeRow).toList()),
                c.migrationGuide().map(g -> List.of(g.page().urlPath(),
                        g.sections().stream().map(IndexInputs::describeSection).toList())));
    }

    private static List<Object> describeMetadata(Metadata m) {
        return List.of(m.name(), m.definitionId(), m.connectorType(), m.dockerRepository(), m.dockerImageTag(),
                m.license(), m.documentationUrl(), m.githubIssueLabel(), m.connectorSubtype(), m.releaseStage(),
                m.supportLevel(), m.tags(), m.icon(), m.rolloutConfigured(),
                m.registryOverrides().stream().map(IndexInputs::describeOverride).toList(),
                m.breakingChanges().stream().map(IndexInputs::describeBreakingChange).toList());
    }

    private static List<Object> describeOverride(RegistryOverride r) {
        return List.of(r.registry(), r.enabled(), r.dockerImageTag());
    }

    private static List<Object> describeBreakingChange(BreakingChange b) {
        return List.of(b.version().raw(), b.message(), b.upgradeDeadline().map(Deadline::raw),
                b.migrationDocumentationUrl(), b.deadlineAction(), b.scopedImpact());
    }

    private static List<Object> describeRow(ChangelogEntry e) {
        return List.of(e.rawVersion(), e.rawDate(), e.rawPullRequest(), e.prUrl(), e.subject(), e.rowProblem());
    }

    private static List<Object> describeSection(MigrationSection s) {
        return List.of(s.rawVersion(), s.title(), s.slugAnchor(), s.versionAnchor());
    }

    /** The guide's first {@code # } heading, which the contributing index shows. */
    private static String findTitleLine(DocPage guide) {
        Optional<String> title = guide.markdown().lines().filter(l -> l.startsWith("# ")).findFirst();
        return title.orElse("");
    }
}
