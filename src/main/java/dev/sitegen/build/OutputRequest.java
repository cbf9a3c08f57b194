package dev.sitegen.build;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.check.SourceLines;
import dev.sitegen.model.Severity;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where and how a build publishes: the output folder, the {@code --check-external} cache file (empty:
 * beside the output), whether an up-to-date output is built anyway, the severity that fails the build
 * ({@code OFF}: never), the report's format and the quoter of its source lines, where notices
 * (waiting for another build's lock) go, whether a text report lists infos ({@code --verbose}), and the
 * home folder of the user the build runs for, which the output may never replace.
 */
public record OutputRequest(Path out, Optional<Path> linkCache, boolean force, Severity failOn,
                            ReportFormat format, SourceLines lines, Consumer<String> notices, boolean verbose,
                            Path home) {

    /**
     * A request of this process's own user (serve's scratch folder, tests), whose text report counts infos
     * without listing them. A command run for a caller passes the caller's home.
     */
    public OutputRequest(Path out, Optional<Path> linkCache, boolean force, Severity failOn,
                         ReportFormat format, SourceLines lines, Consumer<String> notices) {
        this(out, linkCache, force, failOn, format, lines, notices, false,
                Path.of(System.getProperty("user.home", "/")));
    }

    /**
     * The name the build stamp keeps the printed report under: the format, and for text whether it
     * lists infos, so an up-to-date build never prints a stored report of the other kind.
     */
    public String describeReportStyle() {
        return verbose && format == ReportFormat.TEXT ? format.name() + "-VERBOSE" : format.name();
    }
}
