package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.FieldRef;
import dev.sitegen.model.FieldSegment;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample catalog's own spec files, and the FieldAnchor references its docs make to them: the loaded
 * docs carry their references, and every one names a real field of its connector's spec (walked here with
 * plain Jackson, independently of the site's spec model).
 */
class ContentSpecFieldsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Each sample connector with a spec: its spec file and where the connection schema sits in it. */
    private static final Map<String, List<String>> SPECS = Map.of(
            "source-ledgerly", List.of("manifest.yaml", "spec", "connection_specification"),
            "source-brightdesk", List.of("manifest.yaml", "spec", "connection_specification"),
            "source-cratebox", List.of("source_cratebox/spec.json", "connectionSpecification"),
            "source-harborsql", List.of("src/main/resources/spec.json", "connectionSpecification"));

    private static Catalog catalog;

    @BeforeAll
    static void loadContent() throws Exception {
        try (Workers workers = new Workers(2)) {
            catalog = new CatalogLoader(SiteLayout.detect(TestPaths.contentDir()), workers).loadCatalog();
        }
    }

    @Test
    void everyFieldAnchorOfADocWithASpecNamesAFieldOfThatSpec() throws IOException {
        int checked = 0;
        for (Map.Entry<String, List<String>> spec : SPECS.entrySet()) {
            JsonNode file = readSpec(spec.getKey(), spec.getValue().get(0));
            JsonNode schema = file;
            for (String key : spec.getValue().subList(1, spec.getValue().size())) {
                schema = schema.path(key);
            }
            List<FieldRef> refs = connector(spec.getKey()).doc().orElseThrow().fieldRefs();
            assertThat(refs).as(spec.getKey()).isNotEmpty().noneMatch(FieldRef::isMalformed);
            for (FieldRef ref : refs) {
                assertThat(findField(file, schema, ref.segments())).as(ref.pos() + " " + ref.raw()).isPresent();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(36);
    }

    @Test
    void theLoadedDocsCarryEachNotationFormAtItsPlace() {
        List<FieldRef> refs = new ArrayList<>();
        SPECS.keySet().stream().sorted().forEach(dir -> refs.addAll(connector(dir).doc().orElseThrow().fieldRefs()));
        assertThat(refs).anySatisfy(r -> {
            assertThat(r.raw()).isEqualTo("replication_method.replication_slot");
            assertThat(r.pos().file()).isEqualTo("docs/integrations/sources/harborsql.md");
            assertThat(r.pos().column()).isEqualTo(21);
        });
        assertThat(refs).extracting(FieldRef::raw).contains("port", "replication_method[CDC]",
                "streams.0.format[csv].delimiter", "credentials.client_secret", "tunnel_method[SSH_PASSWORD_AUTH]",
                "credentials[api_token].api_token");
        assertThat(refs).anyMatch(r -> r.segments().stream().anyMatch(s -> s.index().isPresent()));
    }

    @Test
    void theManifestListsItsStreamsInEveryForm() throws IOException {
        JsonNode streams = readSpec("source-ledgerly", "manifest.yaml").path("streams");
        assertThat(streams).anyMatch(JsonNode::isTextual).anyMatch(s -> s.has("$ref"))
                .anyMatch(s -> s.has("name")).anyMatch(s -> s.path("$parameters").has("name"));
        assertThat(streams).hasSize(10);
        assertThat(readSpec("source-brightdesk", "manifest.yaml").path("dynamic_streams")).isNotEmpty();
    }

    @Test
    void theSpecsUseTheEcosystemsKeywords() throws IOException {
        String all = "";
        for (Map.Entry<String, List<String>> spec : SPECS.entrySet()) {
            all += readSpec(spec.getKey(), spec.getValue().get(0)).toString();
        }
        assertThat(all).contains("\"oneOf\"", "\"const\"", "\"airbyte_secret\"", "\"default\"", "\"enum\"", "\"order\"",
                "\"items\"", "\"$ref\"", "\"group\"");
    }

    private static Connector connector(String dir) {
        return catalog.findConnector(dir).orElseThrow();
    }

    private static JsonNode readSpec(String dir, String file) throws IOException {
        return YAML.readTree(TestPaths.contentDir().resolve("connectors").resolve(dir).resolve(file).toFile());
    }

    /** Walks the path: properties by name (an option's too), {@code items} for an index, the {@code oneOf} member whose const is the option. */
    private static Optional<JsonNode> findField(JsonNode file, JsonNode schema, List<FieldSegment> path) {
        JsonNode node = schema;
        for (FieldSegment segment : path) {
            node = resolve(file, findProperty(node, segment.name()));
            if (node.isMissingNode()) {
                return Optional.empty();
            }
            if (segment.index().isPresent()) {
                node = resolve(file, node.path("items"));
            }
            if (segment.option().isPresent()) {
                String option = segment.option().get();
                node = StreamSupport.stream(node.path("oneOf").spliterator(), false)
                        .filter(member -> StreamSupport.stream(member.path("properties").spliterator(), false)
                                .anyMatch(p -> p.path("const").asText("").equals(option)))
                        .findFirst().orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            }
            if (node.isMissingNode()) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /**
     * A property of the object, or, as the docs write {@code replication_method.replication_slot}
     * without a selector, of any of its options.
     */
    private static JsonNode findProperty(JsonNode node, String name) {
        JsonNode direct = node.path("properties").path(name);
        return direct.isMissingNode() ? StreamSupport.stream(node.path("oneOf").spliterator(), false)
                .map(member -> member.path("properties").path(name)).filter(p -> !p.isMissingNode()).findFirst()
                .orElse(direct) : direct;
    }

    private static JsonNode resolve(JsonNode file, JsonNode node) {
        return node.has("$ref") ? file.at(node.get("$ref").asText().substring(1)) : node;
    }
}
