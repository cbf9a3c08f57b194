package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * One changelog row as the page shows it: the version and its anchor id, the date as written, the
 * pull request (label and link), the subject's inline markdown rendered and sanitized like a doc's
 * ({@code subjectHtml}, written unescaped by the template), and badges (major, breaking, prerelease,
 * current, unparsed).
 */
public record ChangelogRowView(String version, String anchor, String date, String prLabel,
                               Optional<String> prUrl, String subjectHtml, List<String> badges) {
}
