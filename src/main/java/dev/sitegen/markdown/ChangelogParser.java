package dev.sitegen.markdown;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.DocPage;
import java.util.List;

/** Finds the changelog tables of a doc. (Placeholder: the parser is being written.) */
public final class ChangelogParser {

    private ChangelogParser() {
    }

    public static List<Changelog> parseChangelogs(DocPage doc) {
        return List.of();
    }
}
