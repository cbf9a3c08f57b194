package dev.sitegen.model;

import java.util.Optional;

/**
 * A changelog row's pull-request cell as written, with what it says: the pull request's number and the
 * link target, each when present. The target is a part of the cell ({@code [123](https://...)}, a bare
 * URL), so it is kept as where it is in the cell, not as a string of its own: a 10x catalog has about
 * 190,000 rows, and their URLs held a second time (with the number, each in an {@code Optional}) were
 * about 20 MB of that build's peak heap.
 *
 * @param raw      the cell as written
 * @param number   the pull request's number, or {@link #NO_NUMBER}
 * @param urlStart where the link target starts in {@code raw}, or -1 when there is none or it is {@code otherUrl}
 * @param urlEnd   where it ends in {@code raw}, or -1 likewise
 * @param otherUrl a target that is no part of the cell (none the parser finds; a value built by hand), else empty
 */
public record PullRequestCell(String raw, int number, int urlStart, int urlEnd, Optional<String> otherUrl) {

    public static final int NO_NUMBER = -1;

    public PullRequestCell {
        if (number < NO_NUMBER || urlStart < -1 || urlEnd < urlStart || urlEnd > raw.length()
                || (urlStart < 0) != (urlEnd < 0) || urlStart >= 0 && otherUrl.isPresent()) {
            throw new IllegalArgumentException("bad pull-request cell " + number + " " + urlStart + ".." + urlEnd);
        }
    }

    /** The cell {@code raw} saying {@code number} and {@code url}. */
    public static PullRequestCell of(String raw, Optional<Integer> number, Optional<String> url) {
        if (number.isPresent() && number.get() < 0) {
            throw new IllegalArgumentException("a pull request's number is not negative: " + number.get());
        }
        int n = number.orElse(NO_NUMBER);
        if (url.isEmpty()) {
            return new PullRequestCell(raw, n, -1, -1, Optional.empty());
        }
        int start = raw.indexOf(url.get());
        return start < 0 ? new PullRequestCell(raw, n, -1, -1, url)
                : new PullRequestCell(raw, n, start, start + url.get().length(), Optional.empty());
    }

    /** The pull request's number, when the cell has one. */
    public Optional<Integer> findNumber() {
        return number == NO_NUMBER ? Optional.empty() : Optional.of(number);
    }

    /** The link target, when the cell has one. */
    public Optional<String> findUrl() {
        return urlStart < 0 ? otherUrl : Optional.of(raw.substring(urlStart, urlEnd));
    }
}
