package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * What a pull request changed in one connector, against its base ref: the files of its folder that
 * differ (relative to ROOT, sorted, deleted ones included), whether its {@code metadata.yaml} differs
 * in more than {@code registryOverrides}, and its metadata and changelog table as they were at the
 * ref, and its spec there ({@link BaseSpec}), read with the same loaders as the work tree (positions
 * point into the ref's version and are never reported), and its spec and streams compared with the connector now
 * ({@link ChangeComparison}, once the catalog a command judges is read). Empty base metadata: the connector is new, or its metadata was not valid at the ref,
 * so there is nothing to compare.
 */
public record ConnectorChange(String dir, List<String> changedFiles, boolean metadataChangedBeyondOverrides,
                              Optional<Metadata> baseMetadata, Optional<Changelog> baseChangelog,
                              BaseSpec baseSpec, Optional<ChangeComparison> comparison) {

    public ConnectorChange {
        changedFiles = List.copyOf(changedFiles);
    }

    /** The change as read from the ref, not yet compared with the connector now ({@link BaseCatalog#compareWith}). */
    public ConnectorChange(String dir, List<String> changedFiles, boolean metadataChangedBeyondOverrides,
                           Optional<Metadata> baseMetadata, Optional<Changelog> baseChangelog, BaseSpec baseSpec) {
        this(dir, changedFiles, metadataChangedBeyondOverrides, baseMetadata, baseChangelog, baseSpec,
                Optional.empty());
    }

    /** This change with its spec and streams compared, once, with {@code c} as it is now. */
    ConnectorChange compareWith(Connector c) {
        return new ConnectorChange(dir, changedFiles, metadataChangedBeyondOverrides, baseMetadata, baseChangelog,
                baseSpec, Optional.of(ChangeComparison.compareWith(c, baseSpec.spec())));
    }

    /** The comparison with {@code c}: the one made for its spec as it is, else made now. */
    ChangeComparison compareWithConnector(Connector c) {
        return comparison.filter(k -> k.isOf(c)).orElseGet(() -> ChangeComparison.compareWith(c, baseSpec.spec()));
    }
}
