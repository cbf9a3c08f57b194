package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecOption;
import dev.sitegen.model.SpecStreams;
import dev.sitegen.testing.TestPaths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each form of spec file in the {@code spec-forms} fixture: the four places (root manifest, the package's
 * spec.json and spec.yaml, the Java resource, the package manifest), JSON and YAML, refs, options, nesting,
 * array items and streams, with positions; and the files each connector reads and looks for.
 */
class SpecFilesTest {

    private static final String C = "connectors/";
    private static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = new CatalogLoader(SiteLayout.detect(TestPaths.fixtureSite("spec-forms")), new Workers(1)).loadCatalog();
    }

    private static Connector connector(String dir) {
        return catalog.connectors().stream().filter(c -> c.dir().equals(dir)).findFirst().orElseThrow();
    }

    private static Spec spec(String dir) {
        return connector(dir).spec().orElseThrow();
    }

    private static SpecField field(String dir, String path) {
        return spec(dir).listAllFields().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not among " + spec(dir).listAllFields().stream()
                        .map(SpecField::path).toList()));
    }

    @Test
    void eachPlaceIsReadInTheIssuesOrderAndTheCandidatesBeforeItAreExpected() {
        assertThat(spec("source-mani").file()).isEqualTo(C + "source-mani/manifest.yaml");
        assertThat(spec("source-pyjson").file()).isEqualTo(C + "source-pyjson/source_pyjson/spec.json");
        assertThat(spec("source-pyyaml").file()).isEqualTo(C + "source-pyyaml/source_pyyaml/spec.yaml");
        assertThat(spec("destination-javaspec").file()).isEqualTo(C + "destination-javaspec/src/main/resources/spec.json");
        assertThat(spec("source-pkgman").file()).isEqualTo(C + "source-pkgman/source_pkgman/manifest.yaml");
        Connector yaml = connector("source-pyyaml");
        assertThat(yaml.inputs().inputFiles()).contains(C + "source-pyyaml/source_pyyaml/spec.yaml");
        assertThat(yaml.inputs().expectedFiles()).contains(C + "source-pyyaml/manifest.yaml",
                C + "source-pyyaml/source_pyyaml/spec.json").doesNotContain(C + "source-pyyaml/src/main/resources/spec.json");
        Connector none = connector("source-nospec");
        assertThat(none.spec()).isEmpty();
        assertThat(none.inputs().expectedFiles()).contains(C + "source-nospec/manifest.yaml",
                C + "source-nospec/source_nospec/spec.json", C + "source-nospec/source_nospec/spec.yaml",
                C + "source-nospec/src/main/resources/spec.json", C + "source-nospec/source_nospec/manifest.yaml");
        assertThat(catalog.findConnectorsReading(java.util.Set.of(C + "source-nospec/source_nospec/spec.yaml")))
                .containsExactly("source-nospec");
    }

    @Test
    void manifestFieldsComeInSpecOrderWithTheirPositions() {
        Spec mani = spec("source-mani");
        assertThat(mani.pos()).isEqualTo(SourcePos.at(C + "source-mani/manifest.yaml", 40, 3));
        assertThat(mani.fields()).extracting(SpecField::path)
                .containsExactly("api_key", "region", "start_date", "escaped", "credentials", "streams", "advanced");
        SpecField key = field("source-mani", "api_key");
        assertThat(key.required()).isTrue();
        assertThat(key.secret()).isTrue();
        assertThat(key.description()).isEqualTo("Your <b>API key</b>.");
        assertThat(key.pos()).isEqualTo(SourcePos.at(C + "source-mani/manifest.yaml", 50, 7));
        SpecField region = field("source-mani", "region");
        assertThat(region.enumValues()).containsExactly("eu", "us");
        assertThat(region.defaultValue()).contains("eu");
        assertThat(region.required()).isFalse();
        assertThat(region.order()).contains(1);
    }

    @Test
    void refsAreResolvedWithEscapesAndTheReferrersOwnKeysWin() {
        SpecField start = field("source-mani", "start_date");
        assertThat(start.title()).isEqualTo("Start date");
        assertThat(start.pattern()).contains("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        assertThat(start.examples()).containsExactly("2024-01-01");
        assertThat(start.order()).contains(2);
        assertThat(start.pos()).isEqualTo(SourcePos.at(C + "source-mani/manifest.yaml", 47, 7));
        assertThat(field("source-mani", "escaped").title()).isEqualTo("Escaped");
        assertThat(field("source-mani", "escaped").type()).isEqualTo("integer");
    }

    @Test
    void oneOfOptionsAreKnownByTheirConstOrSingleEnum() {
        List<SpecOption> options = field("source-mani", "credentials").options();
        assertThat(options).extracting(SpecOption::discriminator, SpecOption::value, SpecOption::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("auth_type", "oauth2.0", "OAuth"),
                        org.assertj.core.groups.Tuple.tuple("auth_type", "token", "Token"));
        SpecField secret = field("source-mani", "credentials[oauth2.0].client_secret");
        assertThat(secret.secret()).isTrue();
        assertThat(secret.pos()).isEqualTo(SourcePos.at(C + "source-mani/manifest.yaml", 78, 15));
        assertThat(field("source-mani", "credentials[oauth2.0].auth_type").constValue()).contains("oauth2.0");
        assertThat(field("source-mani", "credentials[oauth2.0].auth_type").required()).isTrue();
        SpecField token = field("source-mani", "credentials[token].token");
        assertThat(token.hidden()).isTrue();
        assertThat(token.group()).contains("auth");
        assertThat(field("destination-javaspec", "replication_method[CDC].replication_slot").type()).isEqualTo("string");
        assertThat(field("destination-javaspec", "replication_method").options()).extracting(SpecOption::value)
                .containsExactly("CDC", "Standard");
    }

    @Test
    void arrayItemsAndNestedObjectsHaveDottedPaths() {
        SpecField items = field("source-mani", "streams").items().orElseThrow();
        assertThat(items.path()).isEqualTo("streams.0");
        SpecField skip = field("source-mani", "streams.0.format[unstructured].skip_unprocessable");
        assertThat(skip.type()).isEqualTo("boolean");
        assertThat(skip.defaultValue()).contains("false");
        assertThat(skip.pos()).isEqualTo(SourcePos.at(C + "source-mani/manifest.yaml", 107, 21));
        SpecField timeout = field("source-mani", "advanced.timeout");
        assertThat(timeout.type()).isEqualTo("null|integer");
        assertThat(timeout.defaultValue()).contains("30");
        assertThat(timeout.pos()).isEqualTo(SourcePos.at(C + "source-mani/manifest.yaml", 113, 11));
    }

    @Test
    void streamsAreNamedInlineThroughRefsAndPlainPointers() {
        SpecStreams streams = spec("source-mani").streams();
        assertThat(streams.status()).isEqualTo(SpecStreams.Status.LISTED);
        assertThat(streams.isComplete()).isTrue();
        String file = C + "source-mani/manifest.yaml";
        assertThat(streams.names()).containsExactly(
                new SpecStreams.SpecStream("users", SourcePos.at(file, 34, 5)),
                new SpecStreams.SpecStream("orders", SourcePos.at(file, 35, 5)),
                new SpecStreams.SpecStream("invoices", SourcePos.at(file, 37, 11)));
        SpecStreams dynamic = spec("source-pkgman").streams();
        assertThat(dynamic.status()).isEqualTo(SpecStreams.Status.DYNAMIC);
        assertThat(dynamic.isComplete()).isFalse();
        assertThat(dynamic.names()).extracting(SpecStreams.SpecStream::name).containsExactly("static_one");
        assertThat(spec("source-pyjson").streams().status()).isEqualTo(SpecStreams.Status.UNDECLARED);
    }

    @Test
    void aPackageSpecTakesItsStreamsFromThePackageManifest() {
        Spec spec = spec("source-pystreams");
        assertThat(spec.file()).isEqualTo(C + "source-pystreams/source_pystreams/spec.json");
        assertThat(spec.streams().status()).isEqualTo(SpecStreams.Status.DYNAMIC);
        assertThat(spec.streams().names()).containsExactly(new SpecStreams.SpecStream("sheets",
                SourcePos.at(C + "source-pystreams/source_pystreams/manifest.yaml", 4, 11)));
        assertThat(connector("source-pystreams").inputs().inputFiles()).contains(
                C + "source-pystreams/source_pystreams/spec.json", C + "source-pystreams/source_pystreams/manifest.yaml");
        assertThat(connector("source-pyyaml").inputs().expectedFiles())
                .contains(C + "source-pyyaml/source_pyyaml/manifest.yaml");
    }

    @Test
    void jsonAndYamlSpecFilesReadAlike() {
        String file = C + "source-pyjson/source_pyjson/spec.json";
        assertThat(spec("source-pyjson").fields()).extracting(SpecField::path, SpecField::required, SpecField::pos)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("host", true, SourcePos.at(file, 7, 7)),
                        org.assertj.core.groups.Tuple.tuple("port", false, SourcePos.at(file, 8, 7)));
        assertThat(field("source-pyjson", "port").defaultValue()).contains("5432");
        assertThat(field("source-pyyaml", "folder").pos())
                .isEqualTo(SourcePos.at(C + "source-pyyaml/source_pyyaml/spec.yaml", 5, 5));
    }

    @Test
    void aSpecThatIsAListOrDoesNotParseIsSpecInvalidAndTheConnectorStillLoads() {
        assertThat(connector("source-listspec").spec()).isEmpty();
        assertThat(connector("source-broken").spec()).isEmpty();
        assertThat(finding("source-listspec").pos()).isEqualTo(SourcePos.at(C + "source-listspec/manifest.yaml", 1, 1));
        assertThat(finding("source-listspec").message()).contains("a list, not a mapping");
        Diagnostic broken = finding("source-broken");
        assertThat(broken.pos().file()).isEqualTo(C + "source-broken/source_broken/spec.json");
        assertThat(broken.pos().line()).isEqualTo(5);
        assertThat(broken.message()).startsWith("the spec file does not parse");
        assertThat(catalog.loadDiagnostics()).filteredOn(d -> d.rule().equals("spec-invalid"))
                .extracting(Diagnostic::connector).containsExactlyInAnyOrder("source-listspec", "source-broken");
    }

    private static Diagnostic finding(String connector) {
        Optional<Diagnostic> d = catalog.loadDiagnostics().stream()
                .filter(x -> x.rule().equals("spec-invalid") && x.connector().equals(connector)).findFirst();
        return d.orElseThrow(() -> new AssertionError("no spec-invalid for " + connector + ": " + catalog.loadDiagnostics()));
    }
}
