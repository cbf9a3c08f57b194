package dev.sitegen.render;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.SpecStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.semver4j.Semver;

/**
 * Generates {@code contributing/connectors/<connector-dir>/}: what a contributor needs to release a
 * change to one connector without breaking a rule. Versions and snippets are computed from the
 * connector's metadata and the as-of date, so they are right for today's state of the docs.
 */
final class ContributePages {

    /** Default notice for a breaking change: long enough for owners to plan an upgrade. */
    static final int DEFAULT_DEADLINE_DAYS = 30;

    private final RenderContext ctx;
    private final PageTrails trails;

    ContributePages(RenderContext ctx, PageTrails trails) {
        this.ctx = ctx;
        this.trails = trails;
    }

    static String pathOf(Connector c) {
        return SitePaths.contributePathOf(c.dir());
    }

    void renderContributePage(Connector c, Map<String, List<Diagnostic>> findingsByConnector, SiteSink sink) {
        String file = pathOf(c) + "index.html";
        Semver current = c.metadata().imageTag().semver().orElse(Semver.ZERO);
        String patch = current.nextPatch().getVersion();
        String major = current.nextMajor().getVersion();
        String repo = ctx.repositoryUrl.orElse("https://github.com/OWNER/REPO");
        String prefix = ctx.config.editPath();
        String docFile = c.doc().map(d -> d.file()).orElse("docs/" + SitePaths.docFileOf(c.pagePath()));
        String guideFile = c.migrationGuide().map(g -> g.page().file())
                .orElse(SitePaths.migrationGuideFileOf(docFile));
        List<ContributePageView.FileRef> files = List.of(
                new ContributePageView.FileRef("Metadata", prefix + c.metadataFile(), true),
                new ContributePageView.FileRef("Documentation page", prefix + docFile, c.doc().isPresent()),
                new ContributePageView.FileRef("Migration guide", prefix + guideFile, c.migrationGuide().isPresent()),
                new ContributePageView.FileRef("Icon", prefix + c.iconFile().orElse(
                        c.metadataFile().replace(SitePaths.METADATA_FILE, SitePaths.DEFAULT_ICON_FILE)), c.iconFile().isPresent()));
        String row = "| " + patch + " | " + ctx.asOf + " | [NNNNN](" + repo + "/pull/NNNNN) | Describe the change |";
        List<String> streams = listStreams(c);
        String example = streams.isEmpty() ? "stream_name" : streams.get(0);
        String yaml = "releases:\n  breakingChanges:\n    " + major + ":\n      message: \"What changed and what users must do.\"\n"
                + "      upgradeDeadline: \"" + ctx.asOf.plusDays(DEFAULT_DEADLINE_DAYS) + "\"\n"
                + "      scopedImpact:\n        - scopeType: stream\n          impactedScopes: [\"" + example + "\"]";
        // bump refuses 'patch' on a candidate; promoting it gives the same next version the page shows
        String kind = current.getPreRelease().isEmpty() ? "patch" : "release";
        String bump = "site-gen bump " + c.dir() + " " + kind + ctx.rootArgument()
                + " --pr NNNNN --message \"Describe the change\"";
        String check = "site-gen check" + ctx.rootArgument() + " --only " + c.dir();
        ContributePageView view = new ContributePageView(ctx.siteView(file), c.metadata().name(), c.dir(),
                c.pagePath() + "/", files, current.getVersion(), patch, current.nextMinor().getVersion(), major,
                row, yaml, "## Upgrading to " + major, bump, check,
                toFindings(findingsByConnector.getOrDefault(c.dir(), List.of())), streams,
                c.listKnownStreams().isPresent(), trails.trailOfContributePage(c), trails.navOf(c, pathOf(c)));
        ctx.writeHtml(sink, file, "contribute", view);
    }

    /**
     * The streams the page lists: those {@code bump --streams} accepts, else the spec's names (all the page
     * shows of a spec, so {@link RenderKeys} keys the page by them alone).
     */
    static List<String> listStreams(Connector c) {
        return c.listKnownStreams().orElseGet(() -> c.spec()
                .map(sp -> sp.streams().names().stream().map(SpecStreams.SpecStream::name).distinct().sorted().toList())
                .orElse(List.of()));
    }

    private static List<ContributePageView.Finding> toFindings(List<Diagnostic> diagnostics) {
        List<ContributePageView.Finding> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            out.add(new ContributePageView.Finding(d.severity().label(), d.rule(), d.pos().toString(), d.message(),
                    d.hint()));
        }
        return out;
    }
}
