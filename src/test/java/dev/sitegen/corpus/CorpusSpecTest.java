package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecStreams;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every connector of the shared corpus with a spec file gets its fields read (skipped without the corpus).
 * The issue counts 571 connectors with a spec file among 635; the loader agrees (by place, and no connector
 * without a spec has a candidate file), the field, secret and stream counts are pinned, and the corpus has
 * no {@code spec-invalid} finding.
 */
class CorpusSpecTest {

    private static final long FIELDS = 3_137;
    private static final long SECRETS = 900;
    private static final long STREAMS = 4_572;
    /** 447 manifests list their streams, plus 18 package manifests beside a spec.json or spec.yaml. */
    private static final Map<SpecStreams.Status, Long> STATUS = Map.of(SpecStreams.Status.LISTED, 465L,
            SpecStreams.Status.DYNAMIC, 3L, SpecStreams.Status.UNDECLARED, 103L);
    private static final String[] DYNAMIC = {"source-airtable", "source-google-sheets", "source-linkedin-ads"};

    private static Catalog catalog;
    private static Path connectors;

    @BeforeAll
    static void loadCorpus() throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        SiteLayout layout = SiteLayout.detect(TestPaths.findCorpus().get());
        connectors = layout.connectorsDir();
        catalog = new CatalogLoader(layout, new Workers(2)).loadCatalog();
    }

    private static List<Spec> specs() {
        return catalog.connectors().stream().flatMap(c -> c.spec().stream()).toList();
    }

    @Test
    void everyConnectorWithASpecFileHasItsFieldsRead() {
        Map<String, Long> byPlace = specs().stream().collect(Collectors.groupingBy(CorpusSpecTest::placeOf,
                TreeMap::new, Collectors.counting()));
        assertThat(catalog.connectors()).hasSize(635);
        // the 571: the 64 others define their spec in code
        assertThat(specs()).hasSize(571);
        assertThat(byPlace).containsExactlyInAnyOrderEntriesOf(Map.of("manifest", 431L, "package spec.json", 62L,
                "package spec.yaml", 21L, "java spec.json", 41L, "package manifest", 16L));
        for (Connector c : catalog.connectors()) {
            if (c.spec().isEmpty()) {
                String pkg = c.dir().replace('-', '_');
                assertThat(List.of("manifest.yaml", pkg + "/spec.json", pkg + "/spec.yaml",
                        "src/main/resources/spec.json", pkg + "/manifest.yaml"))
                        .as(c.dir()).noneMatch(f -> Files.exists(connectors.resolve(c.dir()).resolve(f)));
            }
        }
        // four declare no properties at all ("properties: {}"); e2e-test's specification is itself a oneOf
        assertThat(specs()).filteredOn(s -> s.fields().isEmpty()).extracting(s -> s.file().split("/")[2])
                .containsExactly("source-e2e-test", "source-openfda", "source-public-apis", "source-scryfall",
                        "source-whisky-hunter");
        assertThat(catalog.findConnector("source-e2e-test").orElseThrow().spec().orElseThrow().options()).isNotEmpty();
    }

    @Test
    void fieldsAndStreamsAreCounted() {
        long fields = specs().stream().mapToLong(s -> s.listAllFields().size()).sum();
        long secrets = specs().stream().flatMap(s -> s.listAllFields().stream()).filter(SpecField::secret).count();
        long streams = specs().stream().mapToLong(s -> s.streams().names().size()).sum();
        Map<SpecStreams.Status, Long> status = specs().stream().collect(Collectors.groupingBy(s -> s.streams().status(),
                TreeMap::new, Collectors.counting()));
        assertThat(List.of(fields, secrets, streams)).containsExactly(FIELDS, SECRETS, STREAMS);
        assertThat(status).containsExactlyInAnyOrderEntriesOf(STATUS);
        assertThat(specs()).filteredOn(s -> s.streams().status() == SpecStreams.Status.DYNAMIC)
                .extracting(s -> s.file().split("/")[2]).containsExactly(DYNAMIC);
    }

    @Test
    void noSpecInvalidOnTheCorpus() {
        List<Diagnostic> invalid = catalog.loadDiagnostics().stream().filter(d -> d.rule().equals("spec-invalid")).toList();
        assertThat(invalid).isEmpty();
    }

    private static String placeOf(Spec s) {
        String[] parts = s.file().split("/");
        String name = parts[parts.length - 1];
        if (s.file().endsWith("src/main/resources/spec.json")) {
            return "java spec.json";
        }
        boolean root = parts.length == 4;
        return name.equals("manifest.yaml") ? (root ? "manifest" : "package manifest") : "package " + name;
    }
}
