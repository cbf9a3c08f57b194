package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Compiler-style report: {@code file:line:col: severity[rule]: message}, then the quoted source line
 * with a caret under the column, then a {@code help:} line with the fix.
 */
final class TextReporter implements Reporter {

    private final SourceLines sourceLines;

    TextReporter(SourceLines sourceLines) {
        this.sourceLines = sourceLines;
    }

    @Override
    public void writeReport(List<Diagnostic> diagnostics, FindingCounts summary, Appendable out) throws IOException {
        for (Diagnostic d : diagnostics) {
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
        out.append(String.format("%d connector(s) checked: %d error(s), %d warning(s), %d info%n",
                summary.connectors(), summary.errors(), summary.warnings(), summary.infos()));
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
