package dev.sitegen.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON forms of the build stamp and the build report. They are site-gen's own bookkeeping, not a
 * contract: one of another format, or one that does not parse, reads as absent, and the next build
 * simply does all its work.
 */
final class BuildStampJson {

    static final int FORMAT = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BuildStampJson() {
    }

    static byte[] writeStamp(BuildStamp stamp) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("key", stamp.key());
        root.put("inputs", stamp.inputsDigest());
        root.put("outputs", stamp.outputsDigest());
        root.put("pages", stamp.pages());
        BuildStamp.Counts c = stamp.counts();
        root.putObject("counts").put("connectors", c.connectors()).put("errors", c.errors())
                .put("warnings", c.warnings()).put("infos", c.infos());
        stamp.files().forEach(root.putArray("files")::add);
        return serialize(root);
    }

    static Optional<BuildStamp> parseStamp(byte[] json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.path("format").asInt() != FORMAT) {
                return Optional.empty();
            }
            List<String> files = new ArrayList<>();
            root.path("files").forEach(f -> files.add(f.asText()));
            JsonNode c = root.path("counts");
            return Optional.of(new BuildStamp(root.path("key").asText(), root.path("inputs").asText(), files,
                    root.path("outputs").asText(), root.path("pages").asInt(), new BuildStamp.Counts(
                    c.path("connectors").asInt(), c.path("errors").asInt(), c.path("warnings").asInt(),
                    c.path("infos").asInt())));
        } catch (IOException | RuntimeException e) {
            // not ours, or from another version: there is no usable stamp
            return Optional.empty();
        }
    }

    /** Streams the findings to {@code file}: a large catalog's report is not built as a tree first. */
    static void writeReport(BuildStamp.Report report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("reportFormat", report.format());
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : report.diagnostics()) {
                g.writeStartObject();
                g.writeStringField("rule", d.rule());
                g.writeStringField("severity", d.severity().name());
                g.writeStringField("connector", d.connector());
                g.writeStringField("file", d.pos().file());
                g.writeNumberField("line", d.pos().line());
                g.writeNumberField("column", d.pos().column());
                g.writeStringField("message", d.message());
                g.writeStringField("hint", d.hint());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static Optional<BuildStamp.Report> parseReport(byte[] json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.path("format").asInt() != FORMAT) {
                return Optional.empty();
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (JsonNode d : root.path("diagnostics")) {
                diagnostics.add(new Diagnostic(d.path("rule").asText(), Severity.valueOf(d.path("severity").asText()),
                        d.path("connector").asText(), new SourcePos(d.path("file").asText(), d.path("line").asInt(),
                        d.path("column").asInt()), d.path("message").asText(), d.path("hint").asText()));
            }
            return Optional.of(new BuildStamp.Report(root.path("reportFormat").asText(), "",
                    diagnostics));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] serialize(ObjectNode root) {
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
