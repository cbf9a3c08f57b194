package dev.sitegen.markdown;

import dev.sitegen.model.SemVers;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.semver4j.Semver;

/**
 * One shared instance per distinct version and date cell. A catalog's changelogs hold tens of
 * thousands of rows but only a few thousand distinct versions ({@code 0.1.0}, {@code 1.2.3}) and
 * dates (a few years of days); rows sharing their immutable parsed values instead of each holding
 * its own copies keeps a large catalog's memory down. Bounded, so a long {@code serve} session or a
 * hostile input cannot grow it without end; past the bound values are simply not shared.
 */
final class ChangelogValues {

    static final int MAX_ENTRIES = 1 << 16;

    private static final ConcurrentHashMap<String, Optional<Semver>> VERSIONS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Optional<LocalDate>> DATES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> CELLS = new ConcurrentHashMap<>();

    private ChangelogValues() {
    }

    static Optional<Semver> findVersion(String rawVersion) {
        return share(VERSIONS, rawVersion, SemVers::parseVersion);
    }

    static Optional<LocalDate> findDate(String rawDate) {
        return share(DATES, rawDate, ChangelogDates::parseDate);
    }

    /** The cell text, as the one instance of that text when it is short (a version or date cell). */
    static String shareCell(String cell) {
        return cell.length() > 32 ? cell : share(CELLS, cell, Function.identity());
    }

    private static <V> V share(ConcurrentHashMap<String, V> values, String key, Function<String, V> parse) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        return values.size() < MAX_ENTRIES ? values.computeIfAbsent(key, parse) : parse.apply(key);
    }
}
