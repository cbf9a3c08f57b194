package dev.sitegen.build;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.publish.BuildStamp;
import dev.sitegen.publish.OutputLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An output built from the very inputs a build would read, and as that build left it: the build has
 * nothing to do but report that build's findings again, from the report text it printed (same
 * format) or its findings (another format), like make.
 */
public record UpToDate(Path out, int pages, FindingCounts counts, Optional<String> text,
                       Optional<List<Diagnostic>> findings) {

    /**
     * The stored build of {@code request}'s output when it is up to date; empty when the build must
     * run: forced, probing external links (their answers change by themselves), no stamp, another key
     * or input, a touched output, or stored findings that fail this build's {@code --fail-on} (the
     * full build then fails exactly as it would have).
     */
    public static Optional<UpToDate> findUpToDate(SiteLayout layout, SiteConfig config, OutputRequest request,
                                                  RenderOptions render) throws ConfigException, IOException {
        if (request.force() || render.external()) {
            return Optional.empty();
        }
        Optional<Path> checked = findTarget(layout, request);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Path target = checked.get();
        if (!BuildStamp.hasStamp(target)) {
            return Optional.empty();
        }
        String key = BuildInputs.describeKey(layout, render.baseUrl(), render.asOf());
        try (OutputLock lock = OutputTarget.lockOutput(target, request)) {
            Optional<BuildStamp> stamp = BuildStamp.findUpToDate(lock, key, BuildInputs.describeInputs(layout, config));
            if (stamp.isEmpty() || stamp.get().counts().fails(request.failOn())) {
                return Optional.empty();
            }
            Optional<String> text = BuildStamp.readReportText(target, request.describeReportStyle());
            Optional<List<Diagnostic>> findings = text.isPresent() ? Optional.empty()
                    : BuildStamp.readFindingsJson(target).flatMap(ReportFormat::readJsonReport);
            if (text.isEmpty() && findings.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new UpToDate(request.out(), stamp.get().pages(), stamp.get().counts(), text, findings));
        }
    }

    /**
     * The input files the last build of {@code request}'s output found by loading, for a build that is not up
     * to date to stamp before it loads ({@link Build#loadToPublish}); none without a stamp.
     */
    public static List<String> listKnownInputs(SiteLayout layout, OutputRequest request) throws IOException {
        Optional<Path> target = findTarget(layout, request);
        return target.isPresent() ? BuildStamp.listStampedFiles(target.get()) : List.of();
    }

    private static Optional<Path> findTarget(SiteLayout layout, OutputRequest request) throws IOException {
        try {
            return Optional.of(OutputTarget.checkOutput(layout, OutputPolicy.of(layout), request, false));
        } catch (ConfigException e) {
            // not an output this build may replace: the full build says so, after its checks
            return Optional.empty();
        }
    }
}
