package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code api/connectors/<dir>.json} carries the connector's spec fields and streams (spec-forms fixture). */
class ConnectorApiSpecTest {

    @TempDir
    static Path tmp;
    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", TestPaths.fixtureSite("spec-forms").toString(), "--out", site.toString(),
                "--as-of", "2026-01-15", "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static JsonNode api(String dir) throws Exception {
        return new ObjectMapper().readTree(site.resolve("api/connectors/" + dir + ".json").toFile());
    }

    @Test
    void everyFieldIsListedDepthFirstInSpecOrderWithItsFacts() throws Exception {
        JsonNode spec = api("source-mani").path("spec");
        assertThat(spec.path("file").asText()).isEqualTo("connectors/source-mani/manifest.yaml");
        List<String> paths = new ArrayList<>();
        spec.path("fields").forEach(f -> paths.add(f.path("path").asText()));
        assertThat(paths).startsWith("api_key", "region", "start_date", "escaped", "credentials",
                "credentials[oauth2.0].auth_type", "credentials[oauth2.0].client_secret")
                .contains("streams.0", "streams.0.format[unstructured].skip_unprocessable", "advanced.timeout");
        JsonNode key = spec.path("fields").get(0);
        assertThat(key.path("title").asText()).isEqualTo("API key");
        assertThat(key.path("type").asText()).isEqualTo("string");
        assertThat(key.path("required").asBoolean()).isTrue();
        assertThat(key.path("secret").asBoolean()).isTrue();
        assertThat(key.path("default").isNull()).isTrue();
        assertThat(key.path("description").asText()).isEqualTo("Your <b>API key</b>.");
        JsonNode region = spec.path("fields").get(1);
        assertThat(region.path("default").asText()).isEqualTo("eu");
        assertThat(region.path("enum")).extracting(JsonNode::asText).containsExactly("eu", "us");
        JsonNode auth = spec.path("fields").get(5);
        assertThat(auth.path("enum")).extracting(JsonNode::asText).containsExactly("oauth2.0");
    }

    @Test
    void streamsAreListedDynamicOrUndeclared() throws Exception {
        JsonNode mani = api("source-mani").path("streams");
        assertThat(mani.path("status").asText()).isEqualTo("listed");
        assertThat(mani.path("names")).extracting(JsonNode::asText).containsExactly("users", "orders", "invoices");
        assertThat(api("source-pkgman").path("streams").path("status").asText()).isEqualTo("dynamic");
        assertThat(api("source-pyjson").path("streams").path("status").asText()).isEqualTo("undeclared");
        assertThat(api("source-pyjson").path("streams").path("names")).isEmpty();
    }

    @Test
    void aConnectorWithoutASpecHasNullSpecAndStreams() throws Exception {
        assertThat(api("source-nospec").path("spec").isNull()).isTrue();
        assertThat(api("source-nospec").path("streams").isNull()).isTrue();
        assertThat(api("source-listspec").path("spec").isNull()).isTrue();
    }
}
