package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a {@link ManifestDiff} as GitHub-flavoured markdown for a pull request comment: a count
 * table, the page lists (linked into the preview when a base URL is known), connector versions,
 * breaking changes and the check summary. Long lists stop after {@link #MAX_ITEMS} with "and N more";
 * text from metadata is escaped so it cannot break the tables.
 */
final class DiffMarkdown {

    static final int MAX_ITEMS = 20;
    private static final String NONE = "—";

    private final StringBuilder out = new StringBuilder();
    private final Optional<String> baseUrl;

    private DiffMarkdown(Optional<String> baseUrl) {
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    static String formatDiff(ManifestDiff diff, Optional<String> baseUrl) {
        DiffMarkdown md = new DiffMarkdown(baseUrl);
        md.writeCounts(diff);
        md.writePages("Added pages", diff.pages().added(), true);
        md.writePages("Removed pages", diff.pages().removed(), false);
        md.writePages("Changed pages", diff.pages().changed(), true);
        md.writeVersions(diff.versions());
        md.writeBreakingChanges(diff.newBreakingChanges());
        md.writeDeadlines(diff.deadlines());
        md.out.append(ReleaseMarkdown.formatReleases(diff.after().releases()));
        md.writeChecks(diff.before().checks(), diff.after().checks());
        return md.out.toString();
    }

    private void writeCounts(ManifestDiff diff) {
        line("## Site preview changes");
        line("");
        if (!diff.before().asOf().isEmpty() && !diff.after().asOf().isEmpty()) {
            line("As of " + diff.after().asOf() + ", compared with the build as of " + diff.before().asOf() + ".");
            line("");
        }
        if (diff.pages().isEmpty() && diff.otherFiles().isEmpty()) {
            line("No page or file changed.");
            line("");
            return;
        }
        line("| | Added | Removed | Changed |");
        line("|---|---:|---:|---:|");
        countRow("Pages", diff.pages());
        countRow("Other files", diff.otherFiles());
        line("");
    }

    private void countRow(String label, ManifestDiff.FileChanges c) {
        line("| " + label + " | " + c.added().size() + " | " + c.removed().size() + " | " + c.changed().size() + " |");
    }

    private void writePages(String title, List<String> paths, boolean linked) {
        if (paths.isEmpty()) {
            return;
        }
        line("### " + title + " (" + paths.size() + ")");
        line("");
        for (String p : paths.subList(0, Math.min(paths.size(), MAX_ITEMS))) {
            String code = MarkdownText.codeSpan(p);
            line("- " + (linked && baseUrl.isPresent() ? "[" + code + "](" + baseUrl.get() + MarkdownText.encodePath(p)
                    + ")" : code));
        }
        writeMore(paths.size(), "- ");
    }

    private void writeVersions(List<ManifestDiff.VersionChange> changes) {
        writeTable("Connector versions", "| Connector | Old | New |", "|---|---|---|", changes,
                v -> row(v.connector(), v.before().orElse(NONE), v.after().orElse(NONE)));
    }

    private void writeBreakingChanges(List<BreakingChangeEntry> added) {
        writeTable("New breaking changes", "| Connector | Version | Upgrade deadline |", "|---|---|---|", added,
                b -> row(b.connector(), b.version(), b.deadline().orElse(NONE)));
    }

    private void writeDeadlines(List<ManifestDiff.DeadlineChange> changes) {
        writeTable("Changed upgrade deadlines", "| Connector | Version | Old deadline | New deadline |",
                "|---|---|---|---|", changes,
                d -> row(d.connector(), d.version(), d.before().orElse(NONE), d.after().orElse(NONE)));
    }

    private <T> void writeTable(String title, String header, String rule, List<T> items, Function<T, String> toRow) {
        if (items.isEmpty()) {
            return;
        }
        line("### " + title + " (" + items.size() + ")");
        line("");
        line(header);
        line(rule);
        items.subList(0, Math.min(items.size(), MAX_ITEMS)).forEach(i -> line(toRow.apply(i)));
        if (items.size() > MAX_ITEMS) {
            line("");
        }
        writeMore(items.size(), "");
    }

    private void writeChecks(FindingCounts before, FindingCounts after) {
        line("### Checks");
        line("");
        line("Every finding of each whole build, at its rule's severity (a `--changed-since` build counts here what its"
                + " report lists as info), so both columns count the same thing.");
        line("");
        line("| | Old | New | Change |");
        line("|---|---:|---:|---:|");
        countRow("Connectors", before.connectors(), after.connectors());
        countRow("Errors", before.errors(), after.errors());
        countRow("Warnings", before.warnings(), after.warnings());
        countRow("Infos", before.infos(), after.infos());
    }

    private void countRow(String label, int before, int after) {
        int delta = after - before;
        String change = delta > 0 ? "+" + delta : delta < 0 ? Integer.toString(delta) : "";
        line("| " + label + " | " + before + " | " + after + " | " + change + " |");
    }

    private void writeMore(int size, String prefix) {
        if (size > MAX_ITEMS) {
            line(prefix + "and " + (size - MAX_ITEMS) + " more");
        }
        line("");
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(MarkdownText.escapeCell(cell)).append(" |");
        }
        return row.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
