package dev.sitegen.model;

import java.util.Optional;
import org.semver4j.Semver;

/**
 * One {@code Upgrading to X.Y.Z} section of a migration guide: the version as written and parsed,
 * the heading text, the heading's slug id (as the markdown renderer makes it) and the stable
 * version anchor {@code upgrading-to-X.Y.Z}.
 */
public record MigrationSection(String rawVersion, Optional<Semver> version, String title, String slugAnchor,
                               String versionAnchor, SourcePos pos) {
}
