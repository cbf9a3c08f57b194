package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The output formats of a check report: {@code text} for people, {@code github} for annotations in
 * GitHub Actions logs and pull requests, {@code json} for scripts, {@code sarif} for code-scanning
 * tools. All of them print the same diagnostics in the same order.
 */
public enum ReportFormat {
    TEXT, GITHUB, JSON, SARIF;

    /** The findings of a {@link #JSON} report, read back; empty when the text is not one. */
    public static Optional<List<Diagnostic>> readJsonReport(String json) {
        return JsonReporter.readDiagnostics(json);
    }

    public Reporter createReporter(SourceLines sourceLines) {
        return switch (this) {
            case TEXT -> new TextReporter(sourceLines);
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
