package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code changelog-pr-link}: a changelog row's pull-request link goes somewhere other than the pull
 * request it names: the label's number differs from the URL's ({@code [8824](.../pull/8905)}), or
 * the URL is not {@code <repositoryUrl>/pull/N} (an issue, a commit, another repository). Skipped
 * when no repository is known (no {@code repositoryUrl} in site.yaml and no GitHub links to infer
 * it from). Cells without a link, and rows with a shape problem (their cells may be shifted), are
 * not checked.
 */
final class ChangelogPrLinkRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-pr-link", Severity.WARNING,
            "A changelog PR link is not '<repositoryUrl>/pull/N' or its label names another number.",
            "The Pull Request cell links the pull request that made the release: "
                    + "'[N](<repositoryUrl>/pull/N)', with the same N in the label and the URL. The repository "
                    + "is site.yaml's repositoryUrl (in a monorepo without site.yaml, the GitHub repository most "
                    + "changelog links point to). Trailing '/files', query or fragment are accepted.",
                    """
                    | 1.2.0 | 2024-06-01 | [8824](https://github.com/acme/connectors/pull/8905)  | ... |
                    | 1.1.0 | 2024-05-01 | [8700](https://github.com/acme/connectors/issues/8700) | ... |
                    """,
                    """
                    | 1.2.0 | 2024-06-01 | [8905](https://github.com/acme/connectors/pull/8905) | ... |
                    | 1.1.0 | 2024-05-01 | [8700](https://github.com/acme/connectors/pull/8700) | ... |
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (ctx.repositoryUrl().isEmpty() || !ctx.ownsChangelogRows(c)) {
            return;
        }
        Pattern pull = Pattern.compile("^" + Pattern.quote(ctx.repositoryUrl().get().toLowerCase(Locale.ROOT))
                + "/pull/(\\d{1,9})(?:[/?#].*)?$");
        for (ChangelogEntry e : Versions.listRows(c)) {
            if (e.rowProblem().isPresent()) {
                continue; // its cells may be shifted; changelog-malformed-row reports the row
            }
            e.prUrl().flatMap(url -> checkLink(e, url, pull, ctx.repositoryUrl().get()))
                    .ifPresent(problem -> out.add(INFO.createDiagnostic(c, e.pos(), problem.message(), problem.hint())));
        }
    }

    private record Problem(String message, String hint) {
    }

    /** The message and hint for a bad link, if it is bad. */
    private static Optional<Problem> checkLink(ChangelogEntry e, String url, Pattern pull, String repo) {
        Matcher m = pull.matcher(url.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            String n = e.prNumber().map(String::valueOf).orElse("N");
            return Optional.of(new Problem(
                "changelog link '" + url + "' of " + Versions.describeRow(e) + " is not a pull request of " + repo,
                "write '[" + n + "](" + repo + "/pull/" + n + ")' in the Pull Request cell, " + n
                        + " being the pull request of " + repo + " that made this release"));
        }
        int linked = Integer.parseInt(m.group(1));
        if (e.prNumber().isPresent() && e.prNumber().get() != linked) {
            return Optional.of(new Problem(
                "changelog " + Versions.describeRow(e) + " labels PR " + e.prNumber().get() + " but links pull/" + linked,
                "write '[" + linked + "](" + repo + "/pull/" + linked + ")' if pull/" + linked + " is right, else '["
                        + e.prNumber().get() + "](" + repo + "/pull/" + e.prNumber().get() + ")'"));
        }
        return Optional.empty();
    }
}
