package dev.sitegen.check;

import dev.sitegen.config.ConfigException;
import dev.sitegen.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The findings a repository already had when it adopted site-gen, so CI fails only on new ones.
 * Findings are matched by {@link BaselineKey} (never by line) as a multiset: a key recorded twice
 * hides two findings, and a third identical finding is new. Immutable.
 */
public final class Baseline {

    private final SortedMap<BaselineKey, Integer> counts;

    Baseline(Map<BaselineKey, Integer> counts) {
        this.counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }

    /** A baseline holding exactly these findings. */
    public static Baseline recordFindings(List<Diagnostic> diagnostics) {
        Map<BaselineKey, Integer> counts = new TreeMap<>();
        for (Diagnostic d : diagnostics) {
            counts.merge(BaselineKey.computeKey(d), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /** Reads a baseline written as {@link #formatBaseline}; a missing or malformed file aborts with context. */
    public static Baseline readBaseline(Path file) throws IOException, ConfigException {
        return BaselineFile.readBaseline(file);
    }

    /** The baseline as sorted, indented JSON (byte-identical for the same findings), for its file. */
    public String formatBaseline() throws IOException {
        return BaselineFile.formatBaseline(this);
    }

    /**
     * Hides the diagnostics this baseline knows, first come first matched in report order. Entries
     * left over are stale, counted only for connectors {@code inScope} accepts: a partial run
     * ({@code --only}, {@code --changed-since}) says nothing about the connectors it did not check.
     */
    public BaselineResult applyBaseline(List<Diagnostic> diagnostics, Predicate<String> inScope) {
        Map<BaselineKey, Integer> left = new TreeMap<>(counts);
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            BaselineKey key = BaselineKey.computeKey(d);
            int remaining = left.getOrDefault(key, 0);
            if (remaining > 0) {
                left.put(key, remaining - 1);
            } else {
                shown.add(d);
            }
        }
        int stale = left.entrySet().stream().filter(e -> inScope.test(e.getKey().connector()))
                .mapToInt(Map.Entry::getValue).sum();
        return new BaselineResult(shown, diagnostics.size() - shown.size(), stale);
    }

    /**
     * This baseline's entries for connectors outside {@code scope}, plus all of {@code current}: how
     * a partial run refreshes a baseline without forgetting the connectors it did not check.
     */
    public Baseline replaceScope(Predicate<String> scope, Baseline current) {
        Map<BaselineKey, Integer> merged = new TreeMap<>();
        counts.forEach((k, n) -> {
            if (!scope.test(k.connector())) {
                merged.put(k, n);
            }
        });
        current.counts.forEach((k, n) -> merged.merge(k, n, Integer::sum));
        return new Baseline(merged);
    }

    /** The number of findings recorded (a key recorded twice counts twice). */
    public int countFindings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    SortedMap<BaselineKey, Integer> counts() {
        return counts;
    }
}
