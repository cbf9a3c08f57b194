package dev.sitegen.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A connector's {@code <name>-migrations.md}: the page, its upgrade sections in written order, and the texts it
 * writes as names (code spans, whole table cells, whole headings; sorted), by which a guide names the streams a
 * breaking change removed.
 */
public record MigrationGuide(DocPage page, List<MigrationSection> sections, SortedSet<String> writtenNames) {

    public MigrationGuide {
        sections = List.copyOf(sections);
        writtenNames = Collections.unmodifiableSortedSet(new TreeSet<>(writtenNames));
    }

    public Optional<MigrationSection> findSection(String version) {
        return sections.stream()
                .filter(s -> s.rawVersion().equals(version)
                        || s.version().map(v -> v.getVersion().equals(version)).orElse(false))
                .findFirst();
    }
}
