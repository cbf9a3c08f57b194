package dev.sitegen.publish;

import dev.sitegen.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What changed from one build manifest to the next: HTML pages added, removed and changed (the docs'
 * pages first, see {@link #orderPages}), counts of the other files, connector versions, new breaking
 * changes and moved deadlines, and both check summaries. Every list is sorted.
 */
record ManifestDiff(FileChanges pages, FileChanges otherFiles, List<VersionChange> versions,
                    List<BreakingChangeEntry> newBreakingChanges, List<DeadlineChange> deadlines,
                    BuildSummary before, BuildSummary after) {

    /**
     * Paths added, removed and changed (different bytes once each build's base URL is taken out, see
     * {@link ManifestFile#comparableHash()}), each sorted.
     */
    record FileChanges(List<String> added, List<String> removed, List<String> changed) {

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    /** A connector's version before and after; empty when it did not exist on that side. */
    record VersionChange(String connector, Optional<String> before, Optional<String> after) {
    }

    /** A breaking change on both sides whose upgrade deadline differs. */
    record DeadlineChange(String connector, String version, Optional<String> before, Optional<String> after) {
    }

    static ManifestDiff compareManifests(BuildManifest before, BuildManifest after) {
        return new ManifestDiff(
                orderPages(compareFiles(before.files(), after.files(), ManifestDiff::isPage)),
                compareFiles(before.files(), after.files(), p -> !isPage(p)),
                compareVersions(before.summary().connectorVersions(), after.summary().connectorVersions()),
                listNewBreakingChanges(before.summary(), after.summary()),
                compareDeadlines(before.summary(), after.summary()),
                before.summary(), after.summary());
    }

    static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    /**
     * The docs' pages (connector pages, guides) before the site's own (catalog, releases, contribute
     * pages...), each part sorted: a reviewer opens the pull request's own pages first.
     */
    private static FileChanges orderPages(FileChanges pages) {
        Comparator<String> order = Comparator.comparing(ManifestDiff::isSitePage).thenComparing(Comparator.naturalOrder());
        return new FileChanges(pages.added().stream().sorted(order).toList(),
                pages.removed().stream().sorted(order).toList(), pages.changed().stream().sorted(order).toList());
    }

    /** Whether {@code path} is one of the pages the site writes itself rather than a doc's. */
    static boolean isSitePage(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? SitePaths.FILES.contains(path) : SitePaths.FOLDERS.contains(path.substring(0, slash));
    }

    private static FileChanges compareFiles(List<ManifestFile> before, List<ManifestFile> after,
                                            Predicate<String> kind) {
        Map<String, ManifestFile> old = indexByPath(before, kind);
        Map<String, ManifestFile> now = indexByPath(after, kind);
        List<String> added = now.keySet().stream().filter(p -> !old.containsKey(p)).toList();
        List<String> removed = old.keySet().stream().filter(p -> !now.containsKey(p)).toList();
        List<String> changed = now.keySet().stream()
                .filter(p -> old.containsKey(p) && !old.get(p).comparableHash().equals(now.get(p).comparableHash()))
                .toList();
        return new FileChanges(added, removed, changed);
    }

    private static SortedMap<String, ManifestFile> indexByPath(List<ManifestFile> files,
                                                               Predicate<String> kind) {
        return files.stream().filter(f -> kind.test(f.path()))
                .collect(Collectors.toMap(ManifestFile::path, Function.identity(), (a, b) -> b, TreeMap::new));
    }

    private static List<VersionChange> compareVersions(SortedMap<String, String> before,
                                                       SortedMap<String, String> after) {
        TreeSet<String> connectors = new TreeSet<>(before.keySet());
        connectors.addAll(after.keySet());
        List<VersionChange> out = new ArrayList<>();
        for (String c : connectors) {
            Optional<String> old = Optional.ofNullable(before.get(c));
            Optional<String> now = Optional.ofNullable(after.get(c));
            if (!old.equals(now)) {
                out.add(new VersionChange(c, old, now));
            }
        }
        return out;
    }

    private static List<BreakingChangeEntry> listNewBreakingChanges(BuildSummary before, BuildSummary after) {
        Map<String, BreakingChangeEntry> old = indexBreaking(before);
        return indexBreaking(after).entrySet().stream()
                .filter(e -> !old.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static List<DeadlineChange> compareDeadlines(BuildSummary before, BuildSummary after) {
        Map<String, BreakingChangeEntry> old = indexBreaking(before);
        List<DeadlineChange> out = new ArrayList<>();
        indexBreaking(after).forEach((key, now) -> {
            BreakingChangeEntry was = old.get(key);
            if (was != null && !Objects.equals(was.deadline(), now.deadline())) {
                out.add(new DeadlineChange(now.connector(), now.version(), was.deadline(), now.deadline()));
            }
        });
        return out;
    }

    /** Breaking changes by connector and version, sorted that way; the first of duplicates wins. */
    private static SortedMap<String, BreakingChangeEntry> indexBreaking(BuildSummary summary) {
        SortedMap<String, BreakingChangeEntry> out = new TreeMap<>();
        for (BreakingChangeEntry b : summary.breakingChanges()) {
            out.putIfAbsent(b.connector() + "\u0000" + b.version(), b);
        }
        return out;
    }
}
