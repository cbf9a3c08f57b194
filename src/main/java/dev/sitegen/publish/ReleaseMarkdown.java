package dev.sitegen.publish;

import java.util.List;

/**
 * The "Releases" section of a preview diff: per changed connector of the new build (its manifest's
 * {@link ReleaseSummary}s, written by {@code build --changed-since}), the version move and its kind, the
 * breaking changes it declares, and its spec and stream changes, incompatible ones first and marked.
 * Text from the inputs (paths, enum values, patterns) goes into code spans, so it cannot format the comment.
 */
final class ReleaseMarkdown {

    private ReleaseMarkdown() {
    }

    /** The section, or nothing when the build compared no connector with a base. */
    static String formatReleases(List<ReleaseSummary> releases) {
        if (releases.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("### Releases (" + releases.size() + ")\n\n");
        for (ReleaseSummary r : releases.subList(0, Math.min(releases.size(), DiffMarkdown.MAX_ITEMS))) {
            out.append("- ").append(MarkdownText.codeSpan(r.connector())).append(' ')
                    .append(r.before().map(b -> MarkdownText.codeSpan(b) + " -> ").orElse(""))
                    .append(MarkdownText.codeSpan(r.after()))
                    .append(" (").append(MarkdownText.escapeCell(r.kind())).append(")\n");
            for (BreakingChangeEntry b : r.breakingChanges()) {
                out.append("  - declares a breaking change for ").append(MarkdownText.codeSpan(b.version()))
                        .append(b.deadline().map(d -> ", upgrade deadline " + MarkdownText.codeSpan(d)).orElse(""))
                        .append('\n');
            }
            writeSpec(r, out);
            r.streams().filter(s -> !s.added().isEmpty() || !s.removed().isEmpty()).ifPresent(s -> {
                out.append("  - streams:");
                s.removed().forEach(n -> out.append(" removed ").append(MarkdownText.codeSpan(n)).append(';'));
                s.added().forEach(n -> out.append(" added ").append(MarkdownText.codeSpan(n)).append(';'));
                out.setLength(out.length() - 1);
                out.append('\n');
            });
        }
        if (releases.size() > DiffMarkdown.MAX_ITEMS) {
            out.append("- and ").append(releases.size() - DiffMarkdown.MAX_ITEMS).append(" more\n");
        }
        return out.append('\n').toString();
    }

    private static void writeSpec(ReleaseSummary r, StringBuilder out) {
        if (!r.specNote().isEmpty()) {
            out.append("  - spec not compared: ").append(MarkdownText.escapeCell(r.specNote())).append('\n');
            return;
        }
        long breaking = r.specChanges().stream().filter(ReleaseSummary.Change::incompatible).count();
        if (r.specChanges().isEmpty()) {
            out.append("  - spec unchanged\n");
            return;
        }
        out.append("  - spec: ").append(r.specChanges().size()).append(" change(s), ").append(breaking)
                .append(" incompatible\n");
        List<ReleaseSummary.Change> ordered = r.specChanges().stream()
                .sorted((a, b) -> Boolean.compare(b.incompatible(), a.incompatible())).toList();
        for (ReleaseSummary.Change c : ordered.subList(0, Math.min(ordered.size(), DiffMarkdown.MAX_ITEMS))) {
            out.append("    - ").append(c.incompatible() ? "**incompatible** " : "")
                    .append(MarkdownText.codeSpan(c.path().isEmpty() ? "(specification)" : c.path())).append(": ")
                    .append(MarkdownText.escapeCell(c.kind().replace('-', ' ')))
                    .append(c.detail().isEmpty() ? "" : " " + MarkdownText.codeSpan(c.detail())).append('\n');
        }
        if (ordered.size() > DiffMarkdown.MAX_ITEMS) {
            out.append("    - and ").append(ordered.size() - DiffMarkdown.MAX_ITEMS).append(" more\n");
        }
    }
}
