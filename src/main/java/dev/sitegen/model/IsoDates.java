package dev.sitegen.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the ecosystem writes them: strictly {@code YYYY-MM-DD}, zero-padded and real. For
 * hints, also the date a common near-miss clearly means ({@code 20.10.2021}, {@code August 16, 2022},
 * {@code 2021-24-05} with day and month swapped); nothing is guessed when it is ambiguous. The one
 * strict reading of a date: {@link Deadline} and the checks of changelog dates both use it.
 */
public final class IsoDates {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SWAPPED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final DateTimeFormatter ISO_FORMAT = formatter("uuuu-MM-dd");
    private static final List<DateTimeFormatter> NEAR_MISSES = List.of(
            formatter("d.M.uuuu"), formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("uuuu/M/d"));

    private IsoDates() {
    }

    /** The date when {@code text} is exactly a real zero-padded YYYY-MM-DD date. */
    public static Optional<LocalDate> parseIsoDate(String text) {
        if (!ISO.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, ISO_FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date a near-miss spelling unambiguously means, for a hint. */
    public static Optional<LocalDate> guessDate(String text) {
        for (DateTimeFormatter f : NEAR_MISSES) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        Matcher m = SWAPPED.matcher(text);
        if (m.matches() && Integer.parseInt(m.group(2)) > 12) {
            return parseIsoDate(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
