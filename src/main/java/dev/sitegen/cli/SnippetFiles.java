package dev.sitegen.cli;

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
 * path}}, paths relative to ROOT). A missing or escaping path is a configuration error.
 */
final class SnippetFiles {

    private SnippetFiles() {
    }

    static Map<String, String> readSnippets(SiteConfig config, SiteLayout layout) throws ConfigException {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : config.snippets().entrySet()) {
            Path file = layout.root().resolve(e.getValue()).normalize();
            if (!file.startsWith(layout.root()) || !Files.isRegularFile(file)) {
                throw new ConfigException("site.yaml: snippets." + e.getKey() + ": no file '" + e.getValue()
                        + "' inside ROOT", "give a markdown file path relative to " + layout.root());
            }
            try {
                out.put(e.getKey(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new ConfigException("site.yaml: snippets." + e.getKey() + ": cannot read " + file + ": "
                        + ex.getMessage(), "check the file's permissions");
            }
        }
        return out;
    }
}
