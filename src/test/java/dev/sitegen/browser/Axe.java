package dev.sitegen.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Runs axe-core (from the {@code org.webjars.npm:axe-core} test dependency) in the page a
 * {@link WebDriverClient} shows, and words its violations for a failure message.
 */
final class Axe {

    private static final String POM = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify({passes: r.passes.length, violations: r.violations.map(function (v) {"
            + "  return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {"
            + "    return {target: n.target.join(' '), summary: n.failureSummary || ''}; })}; })})); })"
            + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });";

    /** The rules the browser tests hold every page to: WCAG 2.1 levels A and AA. */
    static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String source;

    private Axe() {
    }

    /** What one {@code axe.run} found: how many rules passed, and the violations (id, impact, help, nodes). */
    record Result(int passes, JsonNode violations) {

        /** One line per violation (id, impact, help) and its first few target selectors. */
        String describe() {
            StringBuilder sb = new StringBuilder();
            for (JsonNode v : violations) {
                sb.append("- ").append(v.path("id").asText()).append(" [").append(v.path("impact").asText()).append("] ")
                        .append(v.path("help").asText()).append(" (").append(v.path("nodes").size()).append(" nodes)\n");
                int shown = 0;
                for (JsonNode n : v.path("nodes")) {
                    if (shown++ == 4) {
                        sb.append("    ...\n");
                        break;
                    }
                    sb.append("    ").append(n.path("target").asText());
                    String summary = n.path("summary").asText().replaceAll("\\s+", " ").trim();
                    if (!summary.isEmpty()) {
                        sb.append(" -- ").append(summary.length() > 220 ? summary.substring(0, 220) + "..." : summary);
                    }
                    sb.append('\n');
                }
            }
            return sb.toString();
        }
    }

    /** Injects axe.min.js when the page lacks it and runs the rules with the given tags on the whole document. */
    static Result run(WebDriverClient driver, List<String> tags) throws IOException {
        if (!driver.execute("return typeof window.axe === 'object';").asBoolean()) {
            driver.execute(source());
        }
        JsonNode r = new ObjectMapper().readTree(driver.executeAsync(RUN, tags).asText());
        if (r.has("error")) {
            throw new AssertionError("axe.run failed: " + r.path("error").asText());
        }
        return new Result(r.path("passes").asInt(), r.path("violations"));
    }

    private static synchronized String source() throws IOException {
        if (source == null) {
            ClassLoader cl = Axe.class.getClassLoader();
            Properties pom = new Properties();
            try (InputStream in = cl.getResourceAsStream(POM)) {
                if (in == null) {
                    throw new AssertionError("the axe-core webjar is not on the test classpath (" + POM + ")");
                }
                pom.load(in);
            }
            String resource = "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
            try (InputStream in = cl.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new AssertionError("no " + resource + " on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return source;
    }
}
