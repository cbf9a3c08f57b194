package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The manifest's JSON form: fields in a fixed order, two-space indent, {@code \n} line ends on every
 * platform. Reading is lenient about the summary (a missing part reads as empty) but a manifest
 * without its file list is malformed.
 */
final class ManifestJson {

    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(INDENT).withArrayIndenter(INDENT)
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private ManifestJson() {
    }

    static byte[] writeManifest(BuildManifest manifest) {
        BuildSummary s = manifest.summary();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("generator", s.generator());
        root.put("asOf", s.asOf());
        ObjectNode checks = root.putObject("checks");
        checks.put("connectors", s.checks().connectors());
        checks.put("errors", s.checks().errors());
        checks.put("warnings", s.checks().warnings());
        checks.put("infos", s.checks().infos());
        ObjectNode versions = root.putObject("connectors");
        s.connectorVersions().forEach(versions::put);
        ArrayNode breaking = root.putArray("breakingChanges");
        for (BreakingChangeEntry b : s.breakingChanges()) {
            ObjectNode entry = breaking.addObject().put("connector", b.connector()).put("version", b.version());
            b.deadline().ifPresentOrElse(d -> entry.put("deadline", d), () -> entry.putNull("deadline"));
        }
        if (!s.releases().isEmpty()) {
            // only a build with --changed-since has releases; other manifests stay as they were
            ReleaseSummaryJson.writeReleases(s.releases(), root.putArray("releases"));
        }
        ArrayNode files = root.putArray("files");
        for (ManifestFile f : manifest.files()) {
            ObjectNode entry = files.addObject().put("path", f.path()).put("sha256", f.sha256()).put("size", f.size());
            f.contentSha256().ifPresent(h -> entry.put("contentSha256", h));
        }
        try {
            return (MAPPER.writer(PRETTY).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static BuildManifest parseManifest(byte[] json, String name) throws PublishException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(name, "not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw malformed(name, "not JSON (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.path("files").isArray()) {
            throw malformed(name, "no \"files\" list");
        }
        List<ManifestFile> files = new ArrayList<>();
        for (JsonNode f : root.get("files")) {
            if (!f.path("path").isTextual() || !f.path("sha256").isTextual() || !f.path("size").canConvertToLong()) {
                throw malformed(name, "a file entry needs path, sha256 and size: " + f);
            }
            JsonNode content = f.path("contentSha256");
            files.add(new ManifestFile(f.get("path").asText(), f.get("sha256").asText(), f.get("size").asLong(),
                    content.isTextual() ? Optional.of(content.asText()) : Optional.empty()));
        }
        return new BuildManifest(readSummary(root), files);
    }

    private static BuildSummary readSummary(JsonNode root) {
        Map<String, String> versions = new TreeMap<>();
        root.path("connectors").fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asText()));
        List<BreakingChangeEntry> breaking = new ArrayList<>();
        for (JsonNode b : root.path("breakingChanges")) {
            JsonNode deadline = b.path("deadline");
            breaking.add(new BreakingChangeEntry(b.path("connector").asText(), b.path("version").asText(),
                    deadline.isTextual() ? Optional.of(deadline.asText()) : Optional.empty()));
        }
        JsonNode c = root.path("checks");
        FindingCounts checks = new FindingCounts(c.path("connectors").asInt(), c.path("errors").asInt(),
                c.path("warnings").asInt(), c.path("infos").asInt());
        return new BuildSummary(root.path("generator").asText(), root.path("asOf").asText(),
                new TreeMap<>(versions), breaking, checks, ReleaseSummaryJson.readReleases(root.path("releases")));
    }

    private static PublishException malformed(String name, String why) {
        return new PublishException("build manifest " + name + " is malformed: " + why,
                "pass a manifest written by site-gen build (" + OutputMarker.MANIFEST + " in its output)");
    }
}
