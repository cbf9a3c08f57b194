package dev.sitegen.edit;

import dev.sitegen.load.MetadataReader;
import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.markdown.MigrationGuideParser;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Metadata;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Reads the edited texts back with the loader's own parsers before anything is written: the metadata
 * must still be valid with the new tag (and its rollout or breaking change), the connector's table must
 * start with the new row (and the current version's, with {@code --document-gap}), the guide must have the new section. A failure means the edit went wrong,
 * so the bump refuses instead of writing a file the site would misread.
 */
final class BumpVerifier {

    private BumpVerifier() {
    }

    static void verifyChanges(Connector c, BumpRequest request, Semver next, List<FileChange> changes,
                              List<String> problems) {
        for (FileChange change : changes) {
            String body = change.after().startsWith("\uFEFF") ? change.after().substring(1) : change.after();
            Optional<String> problem;
            if (change.file().equals(c.metadataFile())) {
                problem = verifyMetadata(c, request, next, body);
            } else if (change.file().equals(c.changelog().orElseThrow().pos().file())) {
                problem = verifyChangelog(c, request, next, body);
            } else {
                problem = verifyGuide(change.file(), next, body);
            }
            problem.ifPresent(p -> problems.add("internal error: the edited " + change.file() + " " + p
                    + "; nothing was written (please report this)"));
        }
    }

    private static Optional<String> verifyMetadata(Connector c, BumpRequest request, Semver next, String body) {
        MetadataReader.Result result = MetadataReader.readMetadata(c.dir(), c.metadataFile(), body);
        if (result.metadata().isEmpty() || !result.diagnostics().isEmpty()) {
            return Optional.of("does not read as valid metadata");
        }
        Metadata m = result.metadata().get();
        boolean ok = m.dockerImageTag().equals(next.getVersion())
                && (next.getPreRelease().isEmpty() || m.rolloutConfigured())
                && (request.breaking().isEmpty() || m.breakingChanges().stream()
                        .anyMatch(b -> b.version().raw().equals(next.getVersion())));
        return ok ? Optional.empty() : Optional.of("does not read back with dockerImageTag " + next.getVersion()
                + " and the releases entries the bump adds");
    }

    private static Optional<String> verifyChangelog(Connector c, BumpRequest request, Semver next, String body) {
        Changelog before = c.changelog().orElseThrow();
        DocPage page = new DocPage(before.pos().file(), c.doc().orElseThrow().urlPath(), body);
        Optional<Changelog> after = ChangelogParser.parseChangelogs(page).stream()
                .filter(t -> t.firstLine() == before.firstLine()).findFirst();
        int added = request.documentGap() ? 2 : 1;
        Optional<String> topProblem = before.entries().get(0).rowProblem();
        boolean ok = after.isPresent() && after.get().entries().size() == before.entries().size() + added
                && isRow(after.get().entries().get(0), next, topProblem)
                && (!request.documentGap() || isRow(after.get().entries().get(1),
                        c.metadata().imageTag().semver().orElseThrow(), Optional.empty()));
        return ok ? Optional.empty() : Optional.of("does not read back with " + next.getVersion()
                + (request.documentGap() ? " and " + c.metadata().dockerImageTag() + " as the new top rows"
                        : " as the new top row") + " of its changelog table");
    }

    /**
     * The new row parses to the version and a date, with no problem of its own: at most the one the
     * old top row had, which a table without delimiter row reports on whichever row comes first.
     */
    private static boolean isRow(ChangelogEntry e, Semver version, Optional<String> topProblem) {
        return (e.rowProblem().isEmpty() || e.rowProblem().equals(topProblem))
                && e.version().filter(v -> v.compareTo(version) == 0).isPresent() && e.date().isPresent();
    }

    private static Optional<String> verifyGuide(String file, Semver next, String body) {
        boolean ok = MigrationGuideParser.parseMigrationGuide(new DocPage(file, file, body))
                .findSection(next.getVersion()).isPresent();
        return ok ? Optional.empty() : Optional.of("has no 'Upgrading to " + next.getVersion() + "' section");
    }
}
