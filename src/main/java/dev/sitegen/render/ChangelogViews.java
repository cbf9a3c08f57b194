package dev.sitegen.render;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Timeline;
import dev.sitegen.model.TimelineRelease;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the changelog table rows of a connector page from its changelog and timeline. */
final class ChangelogViews {

    private ChangelogViews() {
    }

    /** {@code subjectHtml} holds each entry's subject as sanitized HTML, in the entries' order. */
    static List<ChangelogRowView> createRows(List<ChangelogEntry> entries, Timeline timeline, List<String> subjectHtml) {
        Map<String, TimelineRelease> byVersion = timeline.releases().stream()
                .collect(Collectors.toMap(r -> r.version().getVersion(), Function.identity(), (a, b) -> a));
        Set<String> anchors = new HashSet<>();
        List<ChangelogRowView> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ChangelogEntry e = entries.get(i);
            Optional<TimelineRelease> release = e.version().map(v -> byVersion.get(v.getVersion()));
            String anchor = uniqueAnchor("v" + anchorText(e.displayVersion()), anchors);
            String prLabel = e.prNumber().map(String::valueOf).orElse(e.rawPullRequest());
            rows.add(new ChangelogRowView(e.displayVersion(), anchor, e.rawDate(), prLabel, e.prUrl().filter(ChangelogViews::isWebUrl),
                    subjectHtml.get(i), badgesOf(e, release)));
        }
        return rows;
    }

    /**
     * Only http(s) links become links: the cell is a pull request's text, and a {@code javascript:} or
     * {@code data:} URL in it must stay text (the changelog-pr-link check still sees it as written).
     */
    static boolean isWebUrl(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return (u.startsWith("https://") || u.startsWith("http://")) && u.chars().noneMatch(c -> c < 0x21);
    }

    private static List<String> badgesOf(ChangelogEntry e, Optional<TimelineRelease> release) {
        List<String> badges = new ArrayList<>();
        if (e.version().isEmpty()) {
            badges.add("unparsed");
        }
        release.ifPresent(r -> {
            switch (r.kind()) {
                case MAJOR -> badges.add("major");
                case PRERELEASE -> badges.add("prerelease");
                default -> { }
            }
            if (r.isBreaking()) {
                badges.add("breaking");
            }
            if (r.current()) {
                badges.add("current");
            }
        });
        return badges;
    }

    /** Keeps letters, digits, dots, hyphens and underscores, so the id is valid and readable. */
    private static String anchorText(String version) {
        StringBuilder s = new StringBuilder();
        version.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_') {
                s.appendCodePoint(cp);
            }
        });
        return s.length() == 0 ? "unversioned" : s.toString();
    }

    private static String uniqueAnchor(String base, Set<String> used) {
        String candidate = base;
        for (int i = 1; !used.add(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }
}
