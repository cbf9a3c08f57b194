package dev.sitegen.serve;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.InputGate;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the terminal shows after each rebuild: one line saying what was rebuilt and how fast, the
 * changed connectors' findings in the text report format (source lines quoted as they read now, of files
 * the {@link InputGate} admits now), and the summary of the whole site; or the error that kept the last good
 * site in place.
 */
final class TerminalReport {

    private final PrintWriter out;
    private final Path root;
    private final InputGate gate;

    TerminalReport(PrintWriter out, SiteLayout layout) {
        this.out = out;
        this.root = layout.root();
        this.gate = new InputGate(layout);
    }

    void printRebuild(String headline, SiteState state, Collection<String> connectors, boolean allConnectors) {
        List<Diagnostic> all = state.diagnostics();
        List<Diagnostic> shown = allConnectors ? all
                : all.stream().filter(d -> connectors.contains(d.connector())).toList();
        FindingCounts summary = FindingCounts.summarize(state.site().catalog().connectors().size(), all);
        StringWriter text = new StringWriter();
        try {
            Map<String, List<String>> cache = new HashMap<>();
            ReportFormat.TEXT.createReporter(pos -> findLine(pos, cache)).writeReport(shown, summary, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (out) {
            out.println(headline);
            out.print(text);
            out.flush();
        }
    }

    void printFailure(String what, String message, Optional<String> hint) {
        synchronized (out) {
            out.println("rebuild failed (" + what + "); still serving the last good site");
            out.println("error: " + message);
            hint.ifPresent(h -> out.println("  help: " + h));
            out.flush();
        }
    }

    /** The line as the file reads now (it may have changed since the check ran). */
    private Optional<String> findLine(SourcePos pos, Map<String, List<String>> cache) {
        List<String> lines = cache.computeIfAbsent(pos.file(), this::readLines);
        int i = pos.line() - 1;
        return i >= 0 && i < lines.size() ? Optional.of(lines.get(i).replace("\uFEFF", "")) : Optional.empty();
    }

    private List<String> readLines(String file) {
        try {
            InputGate.Verdict admitted = gate.admitQuoted(root.resolve(file));
            return !admitted.isAccepted() ? List.of()
                    : new String(Files.readAllBytes(admitted.requireRealPath()), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
