package dev.sitegen.model;

import java.util.Optional;

/**
 * A registry's ({@code oss} or {@code cloud}) switch for a connector, with an optional pinned tag read
 * once as a {@link Version}; {@link #dockerImageTag()} is the pin as written.
 */
public record RegistryOverride(String registry, boolean enabled, Optional<Version> imageTag, SourcePos pos) {

    /** The pinned {@code dockerImageTag} as written. */
    public Optional<String> dockerImageTag() {
        return imageTag.map(Version::raw);
    }
}
