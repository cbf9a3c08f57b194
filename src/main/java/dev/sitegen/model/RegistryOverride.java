package dev.sitegen.model;

import java.util.Optional;

/** A registry's ({@code oss} or {@code cloud}) switch for a connector, with an optional pinned tag. */
public record RegistryOverride(String registry, boolean enabled, Optional<String> dockerImageTag,
                               SourcePos pos) {
}
