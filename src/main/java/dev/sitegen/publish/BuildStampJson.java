package dev.sitegen.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build report's JSON form: the findings of the build, read back only when an up-to-date build
 * prints them in another format. Site-gen's own bookkeeping, not a contract: one of another format,
 * or one that does not parse, reads as absent, and the next build simply does all its work.
 */
final class BuildStampJson {

    static final int FORMAT = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BuildStampJson() {
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

    static Optional<List<Diagnostic>> parseFindings(byte[] json) {
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
            return Optional.of(diagnostics);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
