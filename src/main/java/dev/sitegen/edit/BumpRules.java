package dev.sitegen.edit;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SemVers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * What must hold before a bump edits anything: the connector loads cleanly and has a changelog table
 * with rows, the new version is newer than both dockerImageTag and the changelog's newest row, and a
 * breaking change comes with a major (X.0.0, or 0.Y.0 below 1.0). A major X.0.0 (X >= 1) that the
 * metadata does not declare needs {@code --breaking} or an explicit {@code --no-breaking}, since the
 * checks treat an undeclared major as an error. The current version must have its row (or
 * {@code --document-gap} adds it), so a bump never hides an undocumented release. Every failure is a message; nothing is thrown.
 */
final class BumpRules {

    private BumpRules() {
    }

    static Optional<Connector> findBumpable(Catalog catalog, String dir, List<String> problems) {
        List<Diagnostic> invalid = catalog.loadDiagnostics().stream().filter(d -> d.connector().equals(dir)).toList();
        if (!invalid.isEmpty()) {
            problems.add(dir + ": metadata.yaml has problems to fix before bumping:");
            invalid.forEach(d -> problems.add("  " + d.pos() + ": " + d.message()));
            return Optional.empty();
        }
        Optional<Connector> connector = catalog.findConnector(dir);
        if (connector.isEmpty()) {
            problems.add("unknown connector '" + dir + "': no connector folder of that name has a metadata.yaml");
            return Optional.empty();
        }
        Connector c = connector.get();
        int before = problems.size();
        if (c.doc().isEmpty()) {
            problems.add(dir + " has no doc page (looked for docs/" + c.pagePath() + ".md)");
        } else if (c.changelog().isEmpty()) {
            problems.add(c.doc().get().file() + " has no changelog table for " + dir
                    + " (a 'Changelog' heading with a table under it)");
        } else if (c.changelog().get().entries().isEmpty()) {
            problems.add(c.changelog().get().pos() + ": the changelog table has no rows; add the first row by hand");
        }
        return problems.size() == before ? connector : Optional.empty();
    }

    static Optional<Semver> decideVersion(Connector c, BumpRequest request, List<String> problems) {
        String tag = c.metadata().dockerImageTag();
        Optional<Semver> current = c.metadata().imageTag().semver();
        if (current.isEmpty()) {
            problems.add(c.metadata().imageTag().pos() + ": dockerImageTag '" + tag
                    + "' is not a SemVer version; fix it before bumping");
            return Optional.empty();
        }
        int before = problems.size();
        Optional<Semver> next = NextVersion.computeNext(current.get(), request.kind(), request.releaseCandidate(), problems);
        next.ifPresent(v -> checkNewer(c, current.get(), v, problems));
        next.ifPresent(v -> checkGap(c, current.get(), v, request, problems));
        next.ifPresent(v -> checkBreaking(c, request, v, problems));
        return problems.size() == before ? next : Optional.empty();
    }

    private static void checkNewer(Connector c, Semver current, Semver next, List<String> problems) {
        if (next.compareTo(current) <= 0) {
            problems.add(next.getVersion() + " is not newer than dockerImageTag " + current.getVersion());
        }
        Optional<Semver> newest = findNewest(c.changelog().orElseThrow());
        if (newest.isPresent() && newest.get().compareTo(next) >= 0) {
            problems.add(c.changelog().get().pos().file() + " already has a row for " + newest.get().getVersion()
                    + ", which is not older than " + next.getVersion() + "; fix the changelog or dockerImageTag first");
        }
    }

    /**
     * The current version needs its row before the next one goes on top: otherwise the bump buries a
     * release nobody documented (6.2.25-rc.1 in the table, 6.2.26 hand-edited into metadata, bumped to
     * 6.2.27). {@code --document-gap} adds that row, which must then sort just below the new one.
     */
    private static void checkGap(Connector c, Semver current, Semver next, BumpRequest request, List<String> problems) {
        Changelog table = c.changelog().orElseThrow();
        boolean documented = findRow(table, current).isPresent();
        String v = current.getVersion();
        if (documented) {
            if (request.documentGap()) {
                problems.add("--document-gap: " + table.pos().file() + " already has a row for the current version "
                        + v + "; bump without --document-gap");
            }
            return;
        }
        if (!request.documentGap()) {
            problems.add(table.pos() + ": the changelog has no row for the current version " + v
                    + " (dockerImageTag), so " + next.getVersion() + " would leave it undocumented: add the " + v
                    + " row by hand first, or pass --document-gap to add it with this bump");
            return;
        }
        findNewest(table).filter(newest -> newest.compareTo(current) > 0).ifPresent(newest -> problems.add(
                "--document-gap: " + v + " is older than the changelog's newest row " + newest.getVersion()
                        + ", so its row does not go on top; add it by hand where it belongs"));
    }

    /** The row for {@code version} by SemVer precedence: 1.2.1 is not 1.2.10, a candidate is not its release. */
    static Optional<ChangelogEntry> findRow(Changelog table, Semver version) {
        return table.entries().stream().filter(e -> e.version().filter(r -> r.compareTo(version) == 0).isPresent())
                .findFirst();
    }

    private static Optional<Semver> findNewest(Changelog table) {
        return table.entries().stream().map(ChangelogEntry::version).flatMap(Optional::stream).max(Semver::compareTo);
    }

    private static void checkBreaking(Connector c, BumpRequest request, Semver next, List<String> problems) {
        boolean declared = isDeclared(c, next);
        String v = next.getVersion();
        if (request.breaking().isEmpty()) {
            if (SemVers.isStrictMajor(next) && !declared && !request.noBreaking()) {
                problems.add(v + " is a major version: say what breaks with --breaking --deadline YYYY-MM-DD "
                        + "[--streams a,b] [--breaking-message TEXT], or pass --no-breaking if nothing does");
            }
            return;
        }
        BumpRequest.Breaking breaking = request.breaking().get();
        if (request.noBreaking()) {
            problems.add("--breaking and --no-breaking exclude each other");
        }
        if (!SemVers.isMajorShape(next)) {
            problems.add("--breaking needs a major version and " + v + " is none: use 'major' (below 1.0, 'minor')");
        }
        if (declared) {
            problems.add("releases.breakingChanges already declares " + v + "; bump without --breaking");
        }
        checkStreams(c, breaking.streams(), problems);
        if (breaking.deadline().isBefore(request.date())) {
            problems.add("--deadline " + breaking.deadline() + " is before the release date " + request.date()
                    + "; users need time to upgrade");
        }
    }

    /**
     * A stream name the connector does not have would scope the upgrade prompt to nothing; judged only where
     * every stream is known (a manifest-only connector without dynamic streams).
     */
    private static void checkStreams(Connector c, List<String> streams, List<String> problems) {
        Optional<List<String>> known = c.listKnownStreams();
        if (known.isEmpty()) {
            return;
        }
        List<String> unknown = streams.stream().filter(s -> !known.get().contains(s)).distinct().toList();
        if (!unknown.isEmpty()) {
            problems.add("--streams: " + String.join(", ", unknown.stream().map(s -> "'" + s + "'").toList())
                    + (unknown.size() == 1 ? " is no stream" : " are no streams") + " of " + c.dir() + "; the "
                    + known.get().size() + " streams of " + c.spec().orElseThrow().file() + ":");
            problems.add("  " + String.join(", ", known.get()));
        }
    }

    /** Things to know that do not stop the bump: an undeclared major, a gap row, a table other connectors read too. */
    static List<String> listNotes(Catalog catalog, Connector c, BumpRequest request, Semver next) {
        List<String> notes = new ArrayList<>();
        if (request.noBreaking() && SemVers.isStrictMajor(next) && !isDeclared(c, next)) {
            notes.add(next.getVersion() + " is released without a releases.breakingChanges entry: 'check' reports "
                    + "major-bump-undeclared for it");
        }
        if (request.documentGap()) {
            notes.add("added a row for " + c.metadata().dockerImageTag() + ", which had none, with this bump's date "
                    + "and pull request; correct them if it was released otherwise");
        }
        List<String> sharers = catalog.connectors().stream()
                .filter(o -> !o.dir().equals(c.dir()) && o.changelog().map(t -> t.pos()).equals(c.changelog().map(t -> t.pos())))
                .map(Connector::dir).toList();
        if (!sharers.isEmpty()) {
            notes.add("the changelog table in " + c.changelog().orElseThrow().pos().file() + " is also read by "
                    + String.join(", ", sharers) + "; give each connector its own 'Changelog: <connector>' table");
        }
        return notes;
    }

    /** Whether an entry keyed by {@code version}, or by one of its prereleases, is declared. */
    private static boolean isDeclared(Connector c, Semver version) {
        return c.metadata().breakingChanges().stream().map(b -> b.version().semver()).flatMap(Optional::stream)
                .anyMatch(b -> b.compareTo(version) == 0 || b.withClearedPreReleaseAndBuild().compareTo(version) == 0);
    }
}
