package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;

/**
 * A rule's stable id, default severity, one-line summary, why it matters, and an input it fails on
 * ({@code bad}) next to one it passes ({@code good}). The parts stay apart so each printer lays them
 * out its own way: {@code explain} as indented text, the checks page as HTML, SARIF as markdown.
 * The examples are kept verbatim, without the blank lines around them.
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String why, String bad, String good) {

    public RuleInfo {
        bad = trimBlankLines(bad);
        good = trimBlankLines(good);
    }

    /** A diagnostic of this rule at its default severity. */
    Diagnostic createDiagnostic(Connector c, SourcePos pos, String message, String hint) {
        return createDiagnostic(defaultSeverity, c, pos, message, hint);
    }

    Diagnostic createDiagnostic(Severity severity, Connector c, SourcePos pos, String message, String hint) {
        return new Diagnostic(id, severity, c.dir(), pos, message, hint);
    }

    /** Text blocks end in a newline; the first line of an example keeps its own indentation. */
    private static String trimBlankLines(String example) {
        return example.stripTrailing().replaceFirst("^(?:[ \t]*\n)+", "");
    }
}
