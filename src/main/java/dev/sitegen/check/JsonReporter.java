package dev.sitegen.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sitegen.model.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The machine-readable report of DESIGN.md:
 * {@code {"diagnostics":[{rule,severity,connector,file,line,column,message,hint}],"summary":{...}}}.
 * The summary has {@code connectors, errors, warnings, infos}, plus {@code staleBaseline} when a
 * baseline was applied.
 */
final class JsonReporter implements Reporter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void writeReport(List<Diagnostic> diagnostics, ReportSummary summary, Appendable out) throws IOException {
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
}
