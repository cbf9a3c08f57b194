package dev.sitegen.build;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.publish.BuildStamp;
import dev.sitegen.publish.InputSet;
import dev.sitegen.publish.OutputLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
            // read on another thread while this one checks the stamp (decoding the printed report, a few hundred KB,
            // was a fifth of this thread's work in a warm build); the lock is held, so it is the report of the stamp
            // checked, and it is only used when that stamp is up to date
            // on a thread of its own: the stamp check's output walk runs in the common pool, one worker on 2 cores
            CompletableFuture<Optional<String>> textRead = CompletableFuture.supplyAsync(
                    () -> readReportText(target, request.describeReportStyle()), UpToDate::startDaemon);
            try {
                return findStored(lock, key, BuildInputs.describeInputs(layout, config), request, textRead);
            } finally {
                // finished before the lock is released, used or not: nothing reads the stamp folder a build rewrites
                textRead.exceptionally(e -> Optional.empty()).join();
            }
        }
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "site-gen-report-read");
        thread.setDaemon(true);
        thread.start();
    }

    private static Optional<UpToDate> findStored(OutputLock lock, String key, InputSet inputs, OutputRequest request,
                                                 CompletableFuture<Optional<String>> textRead) throws IOException {
        Optional<BuildStamp> stamp = BuildStamp.findUpToDate(lock, key, inputs);
        if (stamp.isEmpty() || stamp.get().counts().fails(request.failOn())) {
            return Optional.empty();
        }
        Optional<String> text = awaitReportText(textRead);
        Optional<List<Diagnostic>> findings = text.isPresent() ? Optional.empty()
                : BuildStamp.readFindingsJson(lock.target()).flatMap(ReportFormat::readJsonReport);
        if (text.isEmpty() && findings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UpToDate(request.out(), stamp.get().pages(), stamp.get().counts(), text, findings));
    }

    /**
     * The input files the last build of {@code request}'s output found by loading, for a build that is not up
     * to date to stamp before it loads ({@link Build#loadToPublish}); none without a stamp.
     */
    public static List<String> listKnownInputs(SiteLayout layout, OutputRequest request) throws IOException {
        Optional<Path> target = findTarget(layout, request);
        return target.isPresent() ? BuildStamp.listStampedFiles(target.get()) : List.of();
    }

    private static Optional<String> readReportText(Path target, String style) {
        try {
            return BuildStamp.readReportText(target, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> awaitReportText(CompletableFuture<Optional<String>> read) throws IOException {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
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
