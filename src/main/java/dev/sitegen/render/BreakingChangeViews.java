package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Deadline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Collects every breaking change of the catalog in the order readers need them: upcoming deadlines
 * first (soonest first), then past ones (most recent first), then those without a readable deadline.
 */
final class BreakingChangeViews {

    /** A breaking change's view with its version as read at load time, so pages can order views by SemVer. */
    record VersionedView(Optional<Semver> version, BreakingChangeView view) {
    }

    private BreakingChangeViews() {
    }

    static List<BreakingChangeView> listBreakingChanges(Catalog catalog, LocalDate asOf, Workers workers) {
        List<BreakingChangeView> all = new ArrayList<>();
        for (List<BreakingChangeView> views : workers.mapInOrder(catalog.connectors(), c -> createViews(c, asOf))) {
            all.addAll(views);
        }
        Comparator<BreakingChangeView> order = Comparator
                .comparingInt((BreakingChangeView v) -> v.upcoming() ? 0 : v.deadlineIso().isPresent() ? 1 : 2)
                .thenComparing(v -> v.upcoming() ? v.deadlineIso().orElse("") : "")
                .thenComparing(v -> v.upcoming() ? "" : v.deadlineIso().orElse(""), Comparator.reverseOrder())
                .thenComparing(BreakingChangeView::connectorName)
                .thenComparing(BreakingChangeView::connectorDir)
                .thenComparing(BreakingChangeView::version);
        all.sort(order);
        return all;
    }

    static List<BreakingChangeView> createViews(Connector c, LocalDate asOf) {
        return c.metadata().breakingChanges().stream().map(bc -> createView(c, bc, asOf)).toList();
    }

    /** The connector's views newest first by SemVer (a version that is none counts as 0.0.0), ties as written. */
    static List<VersionedView> createViewsNewestFirst(Connector c, LocalDate asOf) {
        return c.metadata().breakingChanges().stream()
                .map(bc -> new VersionedView(bc.version().semver(), createView(c, bc, asOf)))
                .sorted(Comparator.comparing((VersionedView v) -> v.version().orElse(Semver.ZERO)).reversed())
                .toList();
    }

    private static BreakingChangeView createView(Connector c, BreakingChange bc, LocalDate asOf) {
        Optional<LocalDate> deadline = TimelineViews.findDeadline(bc);
        boolean upcoming = deadline.map(d -> !d.isBefore(asOf)).orElse(false);
        long daysLeft = deadline.map(d -> ChronoUnit.DAYS.between(asOf, d)).orElse(0L);
        return new BreakingChangeView(c.dir(), c.metadata().name(), c.pagePath() + "/", bc.version().raw(),
                bc.upgradeDeadline().map(Deadline::raw).orElse(""), deadline.map(LocalDate::toString), upcoming,
                daysLeft, bc.message(), InlineTokens.tokenize(bc.message()), bc.impactedStreams(),
                findMigrationHref(c, bc));
    }

    /** The guide's section for the version, else the guide itself; site-relative. */
    static Optional<String> findMigrationHref(Connector c, BreakingChange bc) {
        return c.migrationGuide().map(g -> g.page().urlPath() + "/"
                + g.findSection(bc.version().raw()).map(s -> "#" + s.versionAnchor()).orElse(""));
    }
}
