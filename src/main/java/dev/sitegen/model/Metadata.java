package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A connector's validated {@code metadata.yaml}: required fields are present and typed, enums are
 * known. Fields the site does not read are not kept; {@link #positions()} says where each was written.
 * {@code imageTag} is the {@code dockerImageTag} read once as a {@link Version}; {@link #dockerImageTag()}
 * is its text as written, for the many readers that only show it.
 */
public record Metadata(String name, String definitionId, ConnectorType connectorType,
                       String dockerRepository, Version imageTag, String license,
                       String documentationUrl, String githubIssueLabel,
                       ConnectorSubtype connectorSubtype, ReleaseStage releaseStage,
                       SupportLevel supportLevel, List<String> tags, Optional<String> icon,
                       List<RegistryOverride> registryOverrides, List<BreakingChange> breakingChanges,
                       boolean rolloutConfigured, FieldPositions positions) {

    public Metadata {
        tags = List.copyOf(tags);
        registryOverrides = List.copyOf(registryOverrides);
        breakingChanges = List.copyOf(breakingChanges);
    }

    /** The {@code dockerImageTag} as written. */
    public String dockerImageTag() {
        return imageTag.raw();
    }

    public Optional<RegistryOverride> findRegistryOverride(String registry) {
        return registryOverrides.stream().filter(r -> r.registry().equals(registry)).findFirst();
    }
}
