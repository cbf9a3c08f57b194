package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * What a pull request changed in one connector, against its base ref: the files of its folder that
 * differ (relative to ROOT, sorted, deleted ones included), whether its {@code metadata.yaml} differs
 * in more than {@code registryOverrides}, and its metadata and changelog table as they were at the
 * ref, and its spec there ({@link BaseSpec}), read with the same loaders as the work tree (positions
 * point into the ref's version and are never reported). Empty base metadata: the connector is new, or its metadata was not valid at the ref,
 * so there is nothing to compare.
 */
public record ConnectorChange(String dir, List<String> changedFiles, boolean metadataChangedBeyondOverrides,
                              Optional<Metadata> baseMetadata, Optional<Changelog> baseChangelog,
                              BaseSpec baseSpec) {

    public ConnectorChange {
        changedFiles = List.copyOf(changedFiles);
    }
}
