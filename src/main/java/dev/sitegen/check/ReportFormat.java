package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The output formats of a check report: {@code text} for people, {@code github} for annotations in
 * GitHub Actions logs and pull requests, {@code json} for scripts, {@code sarif} for code-scanning
 * tools. json and sarif print every diagnostic in report order; text leads with errors, groups by file
 * and counts infos; github annotates errors and warnings.
 */
public enum ReportFormat {
    TEXT, GITHUB, JSON, SARIF;

    /** The findings of a {@link #JSON} report, read back; empty when the text is not one. */
    public static Optional<List<Diagnostic>> readJsonReport(String json) {
        return JsonReporter.readDiagnostics(json);
    }

    public Reporter createReporter(SourceLines sourceLines) {
        return createReporter(sourceLines, false);
    }

    /**
     * A reporter that, when {@code verbose}, lists infos in a text report too (they are counted only by
     * default); json and sarif always list every finding, github never annotates infos.
     */
    public Reporter createReporter(SourceLines sourceLines, boolean verbose) {
        return switch (this) {
            case TEXT -> new TextReporter(sourceLines, verbose);
            case GITHUB -> new GithubReporter();
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
        };
    }

    /** The name users type after {@code --format}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
