package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/** A connector's {@code <name>-migrations.md}: the page and its upgrade sections in written order. */
public record MigrationGuide(DocPage page, List<MigrationSection> sections) {

    public MigrationGuide {
        sections = List.copyOf(sections);
    }

    public Optional<MigrationSection> findSection(String version) {
        return sections.stream()
                .filter(s -> s.rawVersion().equals(version)
                        || s.version().map(v -> v.getVersion().equals(version)).orElse(false))
                .findFirst();
    }
}
