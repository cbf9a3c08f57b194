package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A changelog table found in a doc, newest row first as written. {@code scope} names the connector
 * folder when the doc is shared and the table sits under a {@code Changelog: <connector-dir>}
 * heading. {@code firstLine}..{@code lastLine} (1-based, inclusive) is the whole block from the
 * changelog heading to the end of the table or its {@code </details>}, so the page can show the
 * data instead of the raw table.
 */
public record Changelog(Optional<String> scope, SourcePos pos, int firstLine, int lastLine,
                        List<ChangelogEntry> entries) {

    public Changelog {
        entries = List.copyOf(entries);
    }
}
