package dev.sitegen.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning services (GitHub code scanning among them) ingest: one run
 * whose driver lists every rule with its help, and one result per diagnostic, located relative to
 * {@code %SRCROOT%} (ROOT). Each result carries the baseline fingerprint in
 * {@code partialFingerprints}, so the service tracks a finding across runs the way
 * {@code --baseline} does, even when its line moves.
 */
final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/sitegen/site-gen";
    static final String FINGERPRINT_KEY = "siteGenFingerprint/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<RuleInfo> rules = RuleRegistry.allRules();

    @Override
    public void writeReport(List<Diagnostic> diagnostics, FindingCounts summary, Appendable out) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(buffer)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g);
            g.writeStringField("columnKind", "utf16CodeUnits");
            writeResults(g, diagnostics);
            writeSummary(g, summary);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.append(buffer.toString()).append('\n');
    }

    private void writeTool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "site-gen");
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeStringField("version", findToolVersion());
        g.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            writeRule(g, rule);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRule(JsonGenerator g, RuleInfo rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        writeText(g, "shortDescription", rule.summary());
        writeText(g, "fullDescription", rule.why());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", formatHelpText(rule));
        g.writeStringField("markdown", formatHelpMarkdown(rule));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", levelOf(rule.defaultSeverity()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeResults(JsonGenerator g, List<Diagnostic> diagnostics) throws IOException {
        Map<BaselineKey, Integer> occurrences = new HashMap<>();
        g.writeArrayFieldStart("results");
        for (Diagnostic d : diagnostics) {
            BaselineKey key = BaselineKey.computeKey(d);
            int nth = occurrences.merge(key, 1, Integer::sum);
            writeResult(g, d, key.computeFingerprint() + ":" + nth);
        }
        g.writeEndArray();
    }

    private void writeResult(JsonGenerator g, Diagnostic d, String fingerprint) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", d.rule());
        int index = findRuleIndex(d.rule());
        if (index >= 0) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", levelOf(d.severity()));
        writeText(g, "message", d.hint().isEmpty() ? d.message() : d.message() + "\nhelp: " + d.hint());
        writeLocation(g, d);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, fingerprint);
        g.writeEndObject();
        if (!d.connector().isEmpty()) {
            g.writeObjectFieldStart("properties");
            g.writeStringField("connector", d.connector());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeLocation(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", encodeUri(d.pos().file()));
        g.writeStringField("uriBaseId", "%SRCROOT%");
        g.writeEndObject();
        if (d.pos().hasLine()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", d.pos().line());
            g.writeNumberField("startColumn", Math.max(d.pos().column(), 1));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeSummary(JsonGenerator g, FindingCounts summary) throws IOException {
        writeSummary(g, "properties", summary);
    }

    /** The counts object both JSON reports carry, under {@code field}. */
    static void writeSummary(JsonGenerator g, String field, FindingCounts summary) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("connectors", summary.connectors());
        g.writeNumberField("errors", summary.errors());
        g.writeNumberField("warnings", summary.warnings());
        g.writeNumberField("infos", summary.infos());
        if (summary.staleBaseline().isPresent()) {
            g.writeNumberField("staleBaseline", summary.staleBaseline().getAsInt());
        }
        g.writeEndObject();
    }

    private static void writeText(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private int findRuleIndex(String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** SARIF levels: info is {@code note}; a rule switched off is {@code none}. */
    static String levelOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }

    /** A relative URI reference for a root-relative path: spaces and non-ASCII percent-encoded. */
    static String encodeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** The help as plain text: the reason, then the examples indented four spaces. */
    static String formatHelpText(RuleInfo rule) {
        return rule.why() + "\n\nBAD:\n" + indent(rule.bad()) + "\n\nGOOD:\n" + indent(rule.good());
    }

    /** The help as markdown: the reason, then each example in a fenced block under a bold label. */
    static String formatHelpMarkdown(RuleInfo rule) {
        return rule.why() + "\n\n**BAD:**\n```\n" + rule.bad() + "\n```\n\n**GOOD:**\n```\n" + rule.good() + "\n```";
    }

    private static String indent(String example) {
        return "    " + example.replace("\n", "\n    ");
    }

    private static String findToolVersion() {
        String v = SarifReporter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
