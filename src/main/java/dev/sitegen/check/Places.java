package dev.sitegen.check;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import java.util.Optional;

/**
 * The exact text and place a fix hint tells the user about: a ready-to-paste changelog row, where
 * the top of a changelog table is, and which files hold a connector's doc and migration guide.
 */
final class Places {

    private Places() {
    }

    /** A changelog row for {@code version}, with placeholders only for what the checker cannot know. */
    static String changelogRow(String version, CheckContext ctx) {
        String repo = ctx.repositoryUrl().orElse("https://github.com/<owner>/<repo>");
        return "| " + version + " | YYYY-MM-DD | [NNNNN](" + repo + "/pull/NNNNN) | <what changed> |";
    }

    /** Where a new newest row goes: above the first row, else at the end of an empty table. */
    static String topOfTable(Changelog changelog) {
        String file = changelog.pos().file();
        if (changelog.entries().isEmpty()) {
            return "as the first row of the table ending at " + file + ":" + changelog.lastLine();
        }
        return "above " + file + ":" + changelog.entries().get(0).pos().line()
                + " (the first row of the changelog table)";
    }

    static String docFile(Connector c) {
        return c.doc().map(DocPage::file).orElse("docs/" + SitePaths.docFileOf(c.pagePath()));
    }

    /** The migration guide's file: the existing one, else where the loader looks for it. */
    static String migrationGuideFile(Connector c) {
        Optional<String> existing = c.migrationGuide().map(g -> g.page().file());
        return existing.orElse("docs/" + SitePaths.docFileOf(SitePaths.migrationGuidePathOf(c.pagePath())));
    }
}
