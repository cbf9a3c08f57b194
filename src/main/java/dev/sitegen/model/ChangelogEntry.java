package dev.sitegen.model;

import java.time.LocalDate;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * One row of a changelog table, kept as written ({@code raw*}) and as parsed where it parses:
 * {@code version} is empty when the cell is not SemVer (after stripping backticks), {@code date}
 * when it is not a year-month-day date, {@code prNumber}/{@code prUrl} when the cell has no link
 * or number. {@code rowProblem} says what was wrong with the row's shape (cell count, missing
 * cells); rules turn all of these into diagnostics. {@code pos} is the row's first character,
 * {@code subjectPos} the first character of the subject cell's text (the row's start when the row
 * has no subject cell): the subject is markdown, and its links are reported from there. The pull-request
 * cell is a {@link PullRequestCell}: its link target is kept as a part of its text.
 */
public record ChangelogEntry(String rawVersion, Optional<Semver> version, String rawDate,
                             Optional<LocalDate> date, PullRequestCell pullRequest, String subject,
                             Optional<String> rowProblem, SourcePos pos, SourcePos subjectPos) {

    /** The entry with the pull-request cell {@code rawPullRequest} saying {@code prNumber} and {@code prUrl}. */
    public ChangelogEntry(String rawVersion, Optional<Semver> version, String rawDate, Optional<LocalDate> date,
                          String rawPullRequest, Optional<Integer> prNumber, Optional<String> prUrl, String subject,
                          Optional<String> rowProblem, SourcePos pos, SourcePos subjectPos) {
        this(rawVersion, version, rawDate, date, PullRequestCell.of(rawPullRequest, prNumber, prUrl), subject,
                rowProblem, pos, subjectPos);
    }

    /** The version as displayed: the parsed one, else the raw cell text. */
    public String displayVersion() {
        return version.map(Semver::getVersion).orElse(rawVersion);
    }

    /** The pull-request cell as written. */
    public String rawPullRequest() {
        return pullRequest.raw();
    }

    /** The pull request's number, when the cell has one. */
    public Optional<Integer> prNumber() {
        return pullRequest.findNumber();
    }

    /** The pull request's link target, when the cell has one. */
    public Optional<String> prUrl() {
        return pullRequest.findUrl();
    }
}
