package dev.sitegen.model;

import java.util.Comparator;

/**
 * One problem found in the input: which rule, how severe, which connector (empty for site-wide
 * problems), where, what is wrong and how to fix it. Problems are data, never exceptions.
 */
public record Diagnostic(String rule, Severity severity, String connector, SourcePos pos,
                         String message, String hint) {

    /** Report order: by file, position, rule, then message, so output never depends on threads. */
    public static final Comparator<Diagnostic> REPORT_ORDER = Comparator
            .comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::connector)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        connector = connector == null ? "" : connector;
        hint = hint == null ? "" : hint;
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, connector, pos, message, hint);
    }
}
