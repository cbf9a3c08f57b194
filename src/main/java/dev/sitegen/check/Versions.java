package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Version;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.semver4j.Semver;

/**
 * Versions as the rules compare them, all read once at load time (see {@link dev.sitegen.model.SemVers}):
 * precedence comparison (build metadata ignored, {@code 1.2.1} never matches {@code 1.2.10}) and
 * the changelog rows the rules judge.
 */
final class Versions {

    /** Versions newest first by precedence; those that are no SemVer go last, by their text. */
    static final Comparator<Version> NEWEST_FIRST = Comparator
            .comparing((Version v) -> v.semver().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Version::raw);

    private Versions() {
    }

    static boolean isSameVersion(Semver a, Semver b) {
        return a.compareTo(b) == 0;
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
    static Optional<ChangelogEntry> findRow(Connector c, Version version) {
        Optional<Semver> parsed = version.semver();
        String raw = version.raw().replace("`", "").strip();
        return listRows(c).stream()
                .filter(e -> parsed.isPresent()
                        ? e.version().filter(v -> isSameVersion(v, parsed.get())).isPresent()
                        : e.rawVersion().replace("`", "").strip().equals(raw))
                .findFirst();
    }
}
