package dev.sitegen.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sitegen.model.Severity;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the text of {@code site.yaml} (the loader reads the file, through its input policy). A broken
 * config stops the build (exit 2): guessing severities would make checks untrustworthy.
 */
public final class SiteConfigReader {

    private SiteConfigReader() {
    }

    /** @param name the file relative to ROOT, for messages */
    public static SiteConfig parseSiteConfig(String name, String text) throws ConfigException {
        JsonNode root;
        try {
            root = Yaml.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ConfigException(where + ": invalid YAML: " + e.getOriginalMessage(),
                    "fix the syntax of site.yaml");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return SiteConfig.defaults();
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": expected a mapping of settings", "see README.md, site.yaml");
        }
        return new SiteConfig(
                text(root, "title").orElse(SiteConfig.DEFAULT_TITLE),
                text(root, "siteUrl").map(SiteConfigReader::trimSlash),
                text(root, "repositoryUrl").map(SiteConfigReader::trimSlash),
                text(root, "editBranch").orElse("master"),
                text(root, "editPath").map(p -> p.endsWith("/") ? p : p + "/").orElse(""),
                readSeverities(root.path("rules"), name),
                readStrings(root.path("snippets")));
    }

    private static Map<String, Severity> readSeverities(JsonNode rules, String name) throws ConfigException {
        Map<String, Severity> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // YAML 1.1 reads an unquoted `off` as false; it can only mean the rule is off.
            String value = e.getValue().isBoolean() && !e.getValue().asBoolean() ? "off" : e.getValue().asText();
            Severity severity = Severity.findByLabel(value).orElseThrow(() -> new ConfigException(
                    name + ": rules." + e.getKey() + ": unknown severity '" + value + "'",
                    "use one of error, warning, info, off"));
            out.put(e.getKey(), severity);
        }
        return out;
    }

    private static Map<String, String> readStrings(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText().trim());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Made on first use: a root without site.yaml (a monorepo) never pays for the YAML machinery. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper();
    }
}
