package dev.sitegen.model;

import java.util.Optional;
import org.semver4j.Semver;

/**
 * A version written in {@code metadata.yaml} (a {@code dockerImageTag}, a breaking change's key, a
 * registry pin): the text as written, its SemVer when it is one (read once, by
 * {@link SemVers#parseVersion}) and where it was written.
 */
public record Version(String raw, Optional<Semver> semver, SourcePos pos) {

    public static Version parse(String raw, SourcePos pos) {
        return new Version(raw, SemVers.parseVersion(raw), pos);
    }
}
