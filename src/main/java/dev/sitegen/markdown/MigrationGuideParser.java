package dev.sitegen.markdown;

import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.MigrationSection;
import dev.sitegen.model.SemVers;
import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the upgrade sections of a migration guide: every heading, at any level, whose text is
 * {@code Upgrading to <version>} (any case and spacing, the version possibly in backticks and
 * followed by more text such as {@code (deprecated)}). Each section gets the slug id the renderer
 * gives its heading, which depends on every heading before it on the page (ids are unique per
 * page), so all headings outside fenced code and front matter are fed to one {@link HeadingSlugs}
 * in order. A heading whose next word does not start like a version ({@code Upgrading to
 * Destinations V2}) is no section.
 */
public final class MigrationGuideParser {

    private static final String PREFIX = "upgrading to";

    private MigrationGuideParser() {
    }

    public static MigrationGuide parseMigrationGuide(DocPage page) {
        ChangelogLines lines = ChangelogLines.splitLines(page.markdown());
        HeadingSlugs slugs = new HeadingSlugs();
        List<MigrationSection> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<ChangelogLines.Heading> heading = lines.findHeading(i);
            if (heading.isPresent()) {
                MigrationHeadingText text = MigrationHeadingText.readHeading(heading.get().text());
                String id = text.customId().map(slugs::reserveId).orElseGet(() -> slugs.createId(text.text()));
                SourcePos pos = SourcePos.at(page.file(), i + 1, 1);
                findVersion(text.text()).ifPresent(v -> sections.add(createSection(v, text.text(), id, pos)));
            }
        }
        return new MigrationGuide(page, sections, GuideNames.collectNames(lines));
    }

    private static MigrationSection createSection(String rawVersion, String title, String slug, SourcePos pos) {
        return new MigrationSection(rawVersion, SemVers.parseVersion(rawVersion), title, slug,
                "upgrading-to-" + rawVersion, pos);
    }

    /** The version an {@code Upgrading to X} heading names: the word after "to", minus trailing : or ,. */
    static Optional<String> findVersion(String headingText) {
        String[] words = headingText.strip().split("\\s+", 4);
        if (words.length < 3 || !(words[0] + " " + words[1]).toLowerCase(Locale.ROOT).equals(PREFIX)) {
            return Optional.empty();
        }
        String word = words[2];
        while (word.endsWith(":") || word.endsWith(",")) {
            word = word.substring(0, word.length() - 1);
        }
        return looksLikeVersion(word) ? Optional.of(word) : Optional.empty();
    }

    /** Starts with a digit, or with {@code v} and a digit. */
    private static boolean looksLikeVersion(String word) {
        int digit = word.startsWith("v") || word.startsWith("V") ? 1 : 0;
        return word.length() > digit && word.charAt(digit) >= '0' && word.charAt(digit) <= '9';
    }
}
