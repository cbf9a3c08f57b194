package dev.sitegen.render;

import java.util.Optional;

/** The header facts of one connector on its page. */
public record ConnectorFactsView(String dir, String name, String type, String subtype, String version,
                                 String supportLevel, String releaseStage, String license,
                                 String dockerImage, String definitionId, Optional<String> iconHref) {
}
