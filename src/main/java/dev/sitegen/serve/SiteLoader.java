package dev.sitegen.serve;

import dev.sitegen.config.ConfigException;
import dev.sitegen.load.Site;
import java.io.IOException;

/**
 * Reads the whole build root, validating {@code site.yaml} exactly as {@code build} does. Supplied by
 * the command line, which owns that validation, so a preview and a build can never disagree on what
 * a valid config is. Called for the first build and for every full rebuild.
 */
@FunctionalInterface
public interface SiteLoader {

    Site loadSite() throws ConfigException, IOException;
}
