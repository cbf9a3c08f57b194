package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.semver4j.Semver;

/**
 * SemVer as the rules use it: strict parsing (backticks stripped, no {@code v} prefix, so
 * {@code 1.2} or {@code 2.0.0.rc4} are no versions), precedence comparison (build metadata
 * ignored, {@code 1.2.1} never matches {@code 1.2.10}) and what counts as a major release.
 */
final class Versions {

    /** Version texts newest first by precedence; texts that are no version go last, by text. */
    static final Comparator<String> NEWEST_FIRST = Comparator
            .comparing((String t) -> parseVersion(t), Comparator.comparing(
                    (Optional<Semver> v) -> v.orElse(null), Comparator.nullsLast(Comparator.reverseOrder())))
            .thenComparing(Comparator.naturalOrder());

    private Versions() {
    }

    /** Strict SemVer of a cell or YAML value; empty when it is not one. */
    static Optional<Semver> parseVersion(String text) {
        String t = text.replace("`", "").strip();
        if (t.isEmpty() || t.charAt(0) < '0' || t.charAt(0) > '9') {
            return Optional.empty();
        }
        return Optional.ofNullable(Semver.parse(t));
    }

    static boolean isSameVersion(Semver a, Semver b) {
        return a.compareTo(b) == 0;
    }

    /**
     * Whether a release is a major bump by its own shape: {@code X.0.0} with X >= 1, or below 1.0
     * (where SemVer promises nothing) {@code 0.Y.0} with Y >= 1. Prereleases are not releases.
     */
    static boolean isMajorShape(Semver v) {
        if (!v.getPreRelease().isEmpty() || v.getPatch() != 0) {
            return false;
        }
        return v.getMajor() >= 1 ? v.getMinor() == 0 : v.getMinor() >= 1;
    }

    /** How a message names a row: by its version, else by its quoted cell, else by its line. */
    static String describeRow(ChangelogEntry e) {
        if (e.version().isPresent()) {
            return "row " + e.version().get().getVersion();
        }
        return e.rawVersion().isBlank() ? "row at line " + e.pos().line() : "row '" + e.rawVersion() + "'";
    }

    /** The changelog rows of a connector, newest first as written; empty without a changelog. */
    static List<ChangelogEntry> listRows(Connector c) {
        return c.changelog().map(ch -> ch.entries()).orElse(List.of());
    }

    /** The rows whose version parses, newest first as written. */
    static List<ChangelogEntry> listVersionedRows(Connector c) {
        return listRows(c).stream().filter(e -> e.version().isPresent()).toList();
    }

    /**
     * Calls {@code pair} with each two adjacent rows whose versions parse (the row above, then the row),
     * for the rules that judge a row against its neighbour.
     */
    static void visitAdjacentRows(Connector c, BiConsumer<ChangelogEntry, ChangelogEntry> pair) {
        List<ChangelogEntry> rows = listVersionedRows(c);
        for (int i = 1; i < rows.size(); i++) {
            pair.accept(rows.get(i - 1), rows.get(i));
        }
    }

    /** The first row for {@code version}: by SemVer precedence when it parses, else by exact text. */
    static Optional<ChangelogEntry> findRow(Connector c, String version) {
        Optional<Semver> parsed = parseVersion(version);
        String raw = version.replace("`", "").strip();
        return listRows(c).stream()
                .filter(e -> parsed.isPresent()
                        ? e.version().filter(v -> isSameVersion(v, parsed.get())).isPresent()
                        : e.rawVersion().replace("`", "").strip().equals(raw))
                .findFirst();
    }
}
