package dev.sitegen.render;

import java.util.Optional;

/** One connector as listed in the catalog; {@code href} and {@code iconHref} are relative to the site root. */
public record ConnectorCardView(String dir, String name, String type, String subtype, String version,
                                String supportLevel, String releaseStage, String href,
                                Optional<String> iconHref) {
}
