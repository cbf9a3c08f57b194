package dev.sitegen.check;

/** The output formats of a check report. */
public enum ReportFormat {
    TEXT, JSON;

    public Reporter createReporter(SourceLines sourceLines) {
        return switch (this) {
            case TEXT -> new TextReporter(sourceLines);
            case JSON -> new JsonReporter();
        };
    }
}
