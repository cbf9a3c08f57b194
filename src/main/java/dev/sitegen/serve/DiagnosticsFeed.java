package dev.sitegen.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code __site-gen/diagnostics.json} answers: the current findings (all of them, or those of
 * the connectors shown on one page) and the rebuild errors still unresolved, by source file. Replaced
 * whole after every rebuild, so requests never see half an update.
 */
final class DiagnosticsFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finding as the overlay shows it; {@code file} relative to ROOT, lines 1-based (0: whole file). */
    record Finding(String rule, String severity, String connector, String file, int line, int column,
                   String message, String hint) {
    }

    /** A rebuild that failed for a source file: the last good pages are still served. */
    record BuildError(String file, String message) {
    }

    record Counts(int errors, int warnings, int infos) {
    }

    record Answer(long generation, String page, List<String> connectors, List<BuildError> buildErrors,
                  Counts summary, List<Finding> diagnostics) {
    }

    private record Snapshot(long generation, List<Diagnostic> diagnostics, Map<String, Set<String>> connectorsByPage,
                            List<BuildError> errors) {
    }

    private volatile Snapshot snapshot = new Snapshot(0, List.of(), Map.of(), List.of());

    void updateFeed(long generation, Catalog catalog, List<Diagnostic> diagnostics, SortedMap<String, String> errors) {
        List<BuildError> buildErrors = errors.entrySet().stream().map(e -> new BuildError(e.getKey(), e.getValue()))
                .toList();
        snapshot = new Snapshot(generation, List.copyOf(diagnostics), mapPagesToConnectors(catalog), buildErrors);
    }

    /**
     * The feed after a part rebuild: new findings and errors, the pages showing each connector kept (a
     * part rebuild moves no page, else it would have been a full one).
     */
    void updateFindings(long generation, List<Diagnostic> diagnostics, SortedMap<String, String> errors) {
        List<BuildError> buildErrors = errors.entrySet().stream().map(e -> new BuildError(e.getKey(), e.getValue()))
                .toList();
        snapshot = new Snapshot(generation, List.copyOf(diagnostics), snapshot.connectorsByPage(), buildErrors);
    }

    long currentGeneration() {
        return snapshot.generation();
    }

    /** The answer for one page path ({@code integrations/sources/x/}), or for the whole site. */
    byte[] writeJson(Optional<String> page) {
        Snapshot s = snapshot;
        Set<String> connectors = page.map(p -> s.connectorsByPage().getOrDefault(p, Set.of())).orElse(Set.of());
        List<Diagnostic> shown = page.isEmpty() ? s.diagnostics()
                : s.diagnostics().stream().filter(d -> connectors.contains(d.connector())).toList();
        FindingCounts counts = FindingCounts.summarize(0, shown);
        Answer answer = new Answer(s.generation(), page.orElse(""), connectors.stream().sorted().toList(), s.errors(),
                new Counts(counts.errors(), counts.warnings(), counts.infos()),
                shown.stream().map(DiagnosticsFeed::toFinding).toList());
        try {
            return JSON.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Finding toFinding(Diagnostic d) {
        return new Finding(d.rule(), d.severity().label(), d.connector(), d.pos().file(), d.pos().line(),
                d.pos().column(), d.message(), d.hint());
    }

    /** Each page that shows connectors: their own page, migration guide and contribute page. */
    private static Map<String, Set<String>> mapPagesToConnectors(Catalog catalog) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Connector c : catalog.connectors()) {
            out.computeIfAbsent(c.pagePath() + "/", k -> new TreeSet<>()).add(c.dir());
            c.migrationGuide().ifPresent(g -> out.computeIfAbsent(g.page().urlPath() + "/", k -> new TreeSet<>())
                    .add(c.dir()));
            out.computeIfAbsent("contributing/connectors/" + c.dir() + "/", k -> new TreeSet<>()).add(c.dir());
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
