package dev.sitegen.markdown;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a changelog date cell leniently: a four-digit year, a one- or two-digit month and day,
 * separated by hyphens ({@code 2025-05-8} is read as 8 May), when they form a real date. Anything
 * else ({@code 20.10.2021}, {@code August 16, 2022}, {@code 2021-24-05}, {@code 2023-01-??}) is no
 * date; whether a date is zero-padded is for the checks to judge from the raw cell.
 */
final class ChangelogDates {

    private ChangelogDates() {
    }

    static Optional<LocalDate> parseDate(String cell) {
        String t = cell.replace("`", "").strip();
        int first = t.indexOf('-');
        int second = first < 0 ? -1 : t.indexOf('-', first + 1);
        if (first != 4 || second < 0) {
            return Optional.empty();
        }
        int year = parseDigits(t.substring(0, first), 4);
        int month = parseDigits(t.substring(first + 1, second), 2);
        int day = parseDigits(t.substring(second + 1), 2);
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The number written with 1..maxDigits ASCII digits, or -1. */
    private static int parseDigits(String s, int maxDigits) {
        if (s.isEmpty() || s.length() > maxDigits) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
