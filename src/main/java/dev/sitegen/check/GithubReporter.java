package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * GitHub Actions workflow commands, one per error or warning, so a CI run annotates the pull request's
 * files: {@code ::error file=PATH,line=N,col=M,title=RULE::MESSAGE} ({@code ::warning}). Infos are only
 * counted: a monorepo has hundreds (unverifiable links) and the runner shows only the first notices of a
 * step, so they would push the annotations that matter out of sight. Paths are relative to ROOT, which must be the repository root for
 * the annotations to land on the right files. The hint follows the message on a second line.
 * Values are escaped as the runner requires: {@code %}, CR and LF everywhere, and also {@code :}
 * and {@code ,} in properties.
 */
final class GithubReporter implements Reporter {

    @Override
    public void writeReport(List<Diagnostic> diagnostics, FindingCounts summary, Appendable out) throws IOException {
        for (Diagnostic d : diagnostics) {
            if (d.severity() != Severity.ERROR && d.severity() != Severity.WARNING) {
                continue;
            }
            out.append("::").append(commandOf(d.severity())).append(' ').append(formatProperties(d))
                    .append("::").append(escapeData(describe(d))).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%d connector(s) checked: %d error(s), %d warning(s), %d info%n",
                summary.connectors(), summary.errors(), summary.warnings(), summary.infos()));
    }

    private static String commandOf(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    private static String formatProperties(Diagnostic d) {
        StringBuilder p = new StringBuilder("file=").append(escapeProperty(d.pos().file()));
        if (d.pos().hasLine()) {
            p.append(",line=").append(d.pos().line()).append(",col=").append(Math.max(d.pos().column(), 1));
        }
        return p.append(",title=").append(escapeProperty(d.rule())).toString();
    }

    private static String describe(Diagnostic d) {
        return d.hint().isEmpty() ? d.message() : d.message() + "\nhelp: " + d.hint();
    }

    /** Escapes a command's message: {@code %}, CR and LF. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as {@link #escapeData} plus {@code :} and {@code ,}. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
