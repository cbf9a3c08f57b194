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
 * ({@code OFF}: never), the report's format and the quoter of its source lines, and where notices
 * (waiting for another build's lock) go.
 */
public record OutputRequest(Path out, Optional<Path> linkCache, boolean force, Severity failOn,
                            ReportFormat format, SourceLines lines, Consumer<String> notices) {
}
