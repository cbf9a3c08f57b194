package dev.sitegen.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The machine-readable report of ARCHITECTURE.md:
 * {@code {"diagnostics":[{rule,severity,connector,file,line,column,message,hint}],"summary":{...}}}.
 * The summary has {@code connectors, errors, warnings, infos}, plus {@code staleBaseline} when a
 * baseline was applied.
 */
final class JsonReporter implements Reporter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void writeReport(List<Diagnostic> diagnostics, FindingCounts summary, Appendable out) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(buffer)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                g.writeStartObject();
                g.writeStringField("rule", d.rule());
                g.writeStringField("severity", d.severity().label());
                g.writeStringField("connector", d.connector());
                g.writeStringField("file", d.pos().file());
                g.writeNumberField("line", d.pos().line());
                g.writeNumberField("column", d.pos().column());
                g.writeStringField("message", d.message());
                g.writeStringField("hint", d.hint());
                g.writeEndObject();
            }
            g.writeEndArray();
            SarifReporter.writeSummary(g, "summary", summary);
            g.writeEndObject();
        }
        out.append(buffer.toString()).append('\n');
    }

    /**
     * The findings of a report this reporter wrote, for printing them again in another format;
     * empty when the text is not such a report.
     */
    static Optional<List<Diagnostic>> readDiagnostics(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.path("diagnostics").isArray()) {
                return Optional.empty();
            }
            List<Diagnostic> out = new ArrayList<>();
            for (JsonNode d : root.get("diagnostics")) {
                out.add(new Diagnostic(d.path("rule").asText(),
                        Severity.findByLabel(d.path("severity").asText()).orElseThrow(),
                        d.path("connector").asText(), new SourcePos(d.path("file").asText(), d.path("line").asInt(),
                        d.path("column").asInt()), d.path("message").asText(), d.path("hint").asText()));
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
