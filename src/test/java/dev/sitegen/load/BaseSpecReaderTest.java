package dev.sitegen.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.BaseSpec;
import dev.sitegen.model.SpecField;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which of the blobs at the base ref is the spec, read as the work tree's spec would be. */
class BaseSpecReaderTest {

    private static final String FOLDER = "connectors/source-foo/";
    private static final String SPEC_JSON = """
            {"connectionSpecification": {"type": "object", "properties": {"from_json": {"type": "string"}}}}
            """;
    private static final String PACKAGE_MANIFEST = """
            streams:
              - name: users
              - name: orders
            """;
    private static final String ROOT_MANIFEST = """
            streams:
              - name: users
            spec:
              connection_specification:
                type: object
                properties:
                  from_manifest: { type: string }
            """;

    @Test
    void theCandidatesAreAskedForInSpecFilesOrder() {
        assertThat(BaseSpecReader.listCandidateFiles(FOLDER, "source-foo")).containsExactly(
                FOLDER + "manifest.yaml", FOLDER + "source_foo/spec.json", FOLDER + "source_foo/spec.yaml",
                FOLDER + "src/main/resources/spec.json", FOLDER + "source_foo/manifest.yaml");
    }

    @Test
    void theRootManifestComesFirst() {
        BaseSpec spec = read(Map.of("manifest.yaml", ROOT_MANIFEST, "source_foo/spec.json", SPEC_JSON));

        assertThat(spec.spec().orElseThrow().fields()).extracting(SpecField::path).containsExactly("from_manifest");
        assertThat(spec.spec().orElseThrow().findKnownStreams(FOLDER)).contains(java.util.List.of("users"));
    }

    @Test
    void aPackageSpecJsonTakesItsStreamsFromThePackageManifest() {
        BaseSpec spec = read(Map.of("source_foo/spec.json", SPEC_JSON, "source_foo/manifest.yaml", PACKAGE_MANIFEST));

        assertThat(spec.spec().orElseThrow().file()).isEqualTo(FOLDER + "source_foo/spec.json");
        assertThat(spec.spec().orElseThrow().streams().names()).extracting(s -> s.name())
                .containsExactly("users", "orders");
        // a package manifest is not every stream: the code may add some
        assertThat(spec.spec().orElseThrow().findKnownStreams(FOLDER)).isEmpty();
    }

    @Test
    void noCandidateIsAbsentAndOneThatDoesNotParseIsUnreadable() {
        assertThat(read(Map.of())).isEqualTo(BaseSpec.absent());

        BaseSpec broken = read(Map.of("manifest.yaml", "spec: [\n", "source_foo/spec.json", SPEC_JSON));

        assertThat(broken.spec()).isEmpty();
        assertThat(broken.problem().orElseThrow()).startsWith(FOLDER + "manifest.yaml:");
    }

    private static BaseSpec read(Map<String, String> files) {
        Map<String, byte[]> blobs = new TreeMap<>();
        files.forEach((name, text) -> blobs.put(FOLDER + name, text.getBytes(UTF_8)));
        return BaseSpecReader.readBaseSpec("source-foo", FOLDER, blobs);
    }
}
