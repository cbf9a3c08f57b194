package dev.sitegen.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.config.ConfigException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline's file format, meant to be committed and reviewed in diffs:
 * {@code {"version":1,"findings":[{rule,connector,file,subject,count}]}}, sorted by file, connector,
 * rule and subject, one finding per object, {@code count} for identical findings.
 */
final class BaselineFile {

    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BaselineFile() {
    }

    /** The baseline as the file holds it; the command line writes it through its output policy. */
    static String formatBaseline(Baseline baseline) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(buffer)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeArrayFieldStart("findings");
            for (Map.Entry<BaselineKey, Integer> e : baseline.counts().entrySet()) {
                writeFinding(g, e.getKey(), e.getValue());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return buffer + "\n";
    }

    private static void writeFinding(JsonGenerator g, BaselineKey key, int count) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", key.rule());
        g.writeStringField("connector", key.connector());
        g.writeStringField("file", key.file());
        g.writeStringField("subject", key.subject());
        g.writeNumberField("count", count);
        g.writeEndObject();
    }

    static Baseline readBaseline(Path file) throws IOException, ConfigException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such baseline file",
                    "create it with 'site-gen check --write-baseline " + file + "' at the repository root (ROOT defaults "
                            + "to it)");
        } catch (JsonProcessingException e) {
            throw malformed(file, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || root.path("version").asInt() != FORMAT_VERSION
                || !root.path("findings").isArray()) {
            throw malformed(file, "expected {\"version\": " + FORMAT_VERSION + ", \"findings\": [...]}");
        }
        Map<BaselineKey, Integer> counts = new TreeMap<>();
        int index = 0;
        for (JsonNode f : root.get("findings")) {
            counts.merge(readFinding(file, f, index++), f.path("count").asInt(), Integer::sum);
        }
        return new Baseline(counts);
    }

    private static BaselineKey readFinding(Path file, JsonNode f, int index) throws ConfigException {
        for (String field : new String[] {"rule", "connector", "file", "subject"}) {
            if (!f.path(field).isTextual()) {
                throw malformed(file, "findings[" + index + "]." + field + " is missing or not a string");
            }
        }
        if (!f.path("count").canConvertToInt() || f.path("count").asInt() < 1 || !f.path("count").isIntegralNumber()) {
            throw malformed(file, "findings[" + index + "].count is not a positive whole number");
        }
        return new BaselineKey(f.get("rule").asText(), f.get("connector").asText(), f.get("file").asText(),
                BaselineKey.normalizeSubject(f.get("subject").asText()));
    }

    private static ConfigException malformed(Path file, String problem) {
        return new ConfigException(file + ": not a site-gen baseline: " + problem,
                "rewrite it with 'site-gen check --write-baseline " + file + "' at the repository root");
    }
}
