package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A connector's validated {@code metadata.yaml}: required fields are present and typed, enums are
 * known. Fields the site does not read are not kept; {@link #positions()} says where each was written.
 */
public record Metadata(String name, String definitionId, ConnectorType connectorType,
                       String dockerRepository, String dockerImageTag, String license,
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

    public Optional<RegistryOverride> findRegistryOverride(String registry) {
        return registryOverrides.stream().filter(r -> r.registry().equals(registry)).findFirst();
    }
}
