package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report people read. A monorepo has hundreds of findings, so it leads with the errors (what fails
 * the run), then the warnings, each section grouped by file ({@code --- file} header) and sorted by
 * line and column; infos are counted, not listed, unless verbose. Each finding stays compiler-style so
 * editors can jump to it: {@code file:line:col: severity[rule]: message}, the quoted source line with a
 * caret under the column, and a {@code help:} line with the fix. It ends with a count per severity and
 * rule and the one summary line.
 */
final class TextReporter implements Reporter {

    private final SourceLines sourceLines;
    private final boolean listInfos;

    TextReporter(SourceLines sourceLines, boolean listInfos) {
        this.sourceLines = sourceLines;
        this.listInfos = listInfos;
    }

    @Override
    public void writeReport(List<Diagnostic> diagnostics, FindingCounts summary, Appendable out) throws IOException {
        writeSection(diagnostics, Severity.ERROR, "error(s)", out);
        writeSection(diagnostics, Severity.WARNING, "warning(s)", out);
        if (listInfos) {
            writeSection(diagnostics, Severity.INFO, "info finding(s)", out);
        }
        writeRuleCounts(diagnostics, out);
        long unlisted = diagnostics.stream().filter(d -> d.severity() == Severity.INFO).count();
        if (!listInfos && unlisted > 0) {
            out.append(String.format(Locale.ROOT, "%d info finding(s) not listed; --verbose lists them%n", unlisted));
        }
        out.append(String.format(Locale.ROOT, "%d connector(s) checked: %d error(s), %d warning(s), %d info%n",
                summary.connectors(), summary.errors(), summary.warnings(), summary.infos()));
    }

    private void writeSection(List<Diagnostic> diagnostics, Severity severity, String noun, Appendable out)
            throws IOException {
        List<Diagnostic> section = new ArrayList<>(diagnostics.stream().filter(d -> d.severity() == severity).toList());
        if (section.isEmpty()) {
            return;
        }
        section.sort(Diagnostic.REPORT_ORDER);
        long files = section.stream().map(d -> d.pos().file()).distinct().count();
        out.append(String.format(Locale.ROOT, "%d %s in %d file(s):%n", section.size(), noun, files));
        String file = null;
        for (Diagnostic d : section) {
            if (!d.pos().file().equals(file)) {
                file = d.pos().file();
                out.append('\n').append("--- ").append(file).append('\n');
            }
            writeFinding(d, out);
        }
        out.append('\n');
    }

    private void writeFinding(Diagnostic d, Appendable out) throws IOException {
        out.append(d.pos().toString()).append(": ").append(d.severity().label())
                .append('[').append(d.rule()).append("]: ").append(d.message()).append('\n');
        Optional<String> line = d.pos().hasLine() ? sourceLines.findLine(d.pos()) : Optional.empty();
        if (line.isPresent()) {
            String gutter = String.valueOf(d.pos().line());
            out.append("  ").append(gutter).append(" | ").append(line.get()).append('\n');
            out.append("  ").append(" ".repeat(gutter.length())).append(" | ")
                    .append(caretPadding(line.get(), d.pos().column())).append("^\n");
        }
        if (!d.hint().isEmpty()) {
            out.append("  help: ").append(d.hint()).append('\n');
        }
    }

    /** {@code error  broken-link  21}, by severity (errors first) then rule id, infos included. */
    private static void writeRuleCounts(List<Diagnostic> diagnostics, Appendable out) throws IOException {
        Map<Severity, Map<String, Integer>> counts = new TreeMap<>();
        for (Diagnostic d : diagnostics) {
            counts.computeIfAbsent(d.severity(), s -> new TreeMap<>()).merge(d.rule(), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return;
        }
        int width = diagnostics.stream().mapToInt(d -> d.rule().length()).max().orElse(0);
        out.append("findings by rule:\n");
        for (Map.Entry<Severity, Map<String, Integer>> bySeverity : counts.entrySet()) {
            for (Map.Entry<String, Integer> byRule : bySeverity.getValue().entrySet()) {
                out.append(String.format(Locale.ROOT, "  %-7s  %-" + width + "s  %5d%n", bySeverity.getKey().label(),
                        byRule.getKey(), byRule.getValue()));
            }
        }
    }

    /** Spaces up to the column, keeping tabs so the caret lines up under tabbed lines too. */
    private static String caretPadding(String line, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1 && i < line.length(); i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }
}
