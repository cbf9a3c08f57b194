package dev.sitegen.markdown;

import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import java.util.List;

/** Reads the upgrade sections of a migration guide. (Placeholder: the parser is being written.) */
public final class MigrationGuideParser {

    private MigrationGuideParser() {
    }

    public static MigrationGuide parseMigrationGuide(DocPage page) {
        return new MigrationGuide(page, List.of());
    }
}
