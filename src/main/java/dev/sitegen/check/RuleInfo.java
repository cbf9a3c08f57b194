package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;

/**
 * A rule's stable id, default severity, one-line summary and a longer help text (why it matters, a
 * BAD and a GOOD example), printed by {@code explain RULE} and used for the rules docs page.
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String help) {

    /** A diagnostic of this rule at its default severity. */
    Diagnostic createDiagnostic(Connector c, SourcePos pos, String message, String hint) {
        return createDiagnostic(defaultSeverity, c, pos, message, hint);
    }

    Diagnostic createDiagnostic(Severity severity, Connector c, SourcePos pos, String message, String hint) {
        return new Diagnostic(id, severity, c.dir(), pos, message, hint);
    }

    /** Help text in the house shape: the reason, then a BAD and a GOOD example (indented verbatim). */
    static String composeHelp(String why, String bad, String good) {
        return why + "\n\nBAD:\n" + indent(bad) + "\n\nGOOD:\n" + indent(good);
    }

    private static String indent(String example) {
        return "    " + example.strip().replace("\n", "\n    ");
    }
}
