package dev.sitegen.render;

import java.util.Optional;

/** Whether a registry (self-managed or cloud) offers the connector, and the version it pins if any. */
public record AvailabilityView(String registry, boolean enabled, Optional<String> pinnedVersion) {
}
