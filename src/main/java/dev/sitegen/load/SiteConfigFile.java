package dev.sitegen.load;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.config.SiteLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code site.yaml} through the {@link InputGate} (a link to a hidden file or out of ROOT is a
 * configuration error, and nothing of its target is read) and parses it with {@link SiteConfigReader}.
 * A root without one (a monorepo, usually) gets the defaults.
 */
public final class SiteConfigFile {

    private SiteConfigFile() {
    }

    public static SiteConfig readSiteConfig(SiteLayout layout) throws ConfigException {
        Path file = layout.siteConfigFile();
        if (!InputGate.existsAsEntry(file)) {
            return SiteConfig.defaults();
        }
        String name = layout.relativize(file);
        InputGate.Verdict admitted = new InputGate(layout).admitSiteConfig();
        if (!admitted.isAccepted()) {
            throw new ConfigException(name + " " + admitted.requireReason() + "; it is not read",
                    "make site.yaml a plain file in ROOT, or a link to one that is not hidden");
        }
        Path real = admitted.requireRealPath();
        if (!Files.isRegularFile(real)) {
            return SiteConfig.defaults();
        }
        try {
            return SiteConfigReader.parseSiteConfig(name, Files.readString(real, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read: " + e.getMessage(), "check the file's permissions");
        }
    }
}
