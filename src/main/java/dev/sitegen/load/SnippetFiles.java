package dev.sitegen.load;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the markdown snippets {@code site.yaml} maps MDX components to ({@code snippets: {Name:
 * path}}, paths relative to ROOT), each through the {@link InputGate}: a snippet must be a file of the docs
 * or of the docs site's folder, never hidden, and is read from the real path the gate admitted. A missing or
 * refused path is a configuration error that names the path and where it leads; nothing of it is read.
 */
public final class SnippetFiles {

    private SnippetFiles() {
    }

    public static Map<String, String> readSnippets(SiteConfig config, SiteLayout layout) throws ConfigException {
        InputGate gate = new InputGate(layout);
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(config.snippets()).entrySet()) {
            String key = "site.yaml: snippets." + e.getKey() + ": ";
            Path file = layout.root().resolve(e.getValue()).normalize();
            if (!InputGate.existsAsEntry(file)) {
                throw new ConfigException(key + "no file '" + e.getValue() + "' inside ROOT",
                        "give a markdown file path relative to " + layout.root());
            }
            InputGate.Verdict admitted = gate.admitSnippet(file);
            if (!admitted.isAccepted()) {
                throw new ConfigException(key + "'" + e.getValue() + "' " + admitted.requireReason()
                        + "; it is not read", "map the component to a markdown file of the docs or of the docs "
                        + "site's folder itself, not to a link out of them or into a hidden folder");
            }
            Path real = admitted.requireRealPath();
            if (!Files.isRegularFile(real)) {
                throw new ConfigException(key + "no file '" + e.getValue() + "' inside ROOT",
                        "give a markdown file path relative to " + layout.root());
            }
            try {
                out.put(e.getKey(), Files.readString(real, StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new ConfigException(key + "cannot read " + file + ": " + ex.getMessage(),
                        "check the file's permissions");
            }
        }
        return out;
    }
}
