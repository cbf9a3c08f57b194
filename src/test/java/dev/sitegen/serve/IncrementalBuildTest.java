package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.build.Build;
import dev.sitegen.build.LiveBuild;
import dev.sitegen.build.OutputRequest;
import dev.sitegen.build.RenderOptions;
import dev.sitegen.check.ReportFormat;
import dev.sitegen.check.SourceLines;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part rebuild renders only the render units whose key changed: a doc edit its page, not the
 * connector's icon, API document or contribute page; a catalog value the catalog-wide pages.
 */
class IncrementalBuildTest {

    private static final String DOC = "docs/integrations/sources/ledgerly.md";
    private static final String GUIDE = "docs/integrations/sources/ledgerly-migrations.md";
    private static final String METADATA = "connectors/source-ledgerly/metadata.yaml";
    private static final String SPEC = "connectors/source-ledgerly/manifest.yaml";
    private static final String ICON = "connectors/source-ledgerly/icon.svg";
    private static final String PAGE = "integrations/sources/ledgerly/index.html";
    private static final String API = "api/connectors/source-ledgerly.json";
    private static final String CONTRIBUTE = "contributing/connectors/source-ledgerly/index.html";

    @TempDir
    Path tmp;

    private final Workers workers = new Workers(2);
    private Path root;
    private ServedFiles files;
    private LiveBuild live;

    @BeforeEach
    void publishCopy() throws Exception {
        root = TestSites.copyContent(tmp);
        files = new ServedFiles(ScratchFolder.createFolder());
        OutputRequest request = new OutputRequest(files.siteDir(), Optional.empty(), true, Severity.OFF,
                ReportFormat.TEXT, SourceLines.none(), notice -> { });
        live = LiveBuild.publishSite(Build.of(TestSites.loadSite(root, workers), workers),
                new RenderOptions(Optional.of("/"), LocalDate.of(2026, 11, 21), false), request);
    }

    @AfterEach
    void closeAll() throws Exception {
        files.close();
        workers.close();
    }

    @Test
    void aProseEditRendersItsPageAndNotTheConnectorsIconApiOrContributePage() throws Exception {
        FileTime contributeTime = Files.getLastModifiedTime(files.siteDir().resolve(CONTRIBUTE));
        edit(DOC, "build aging reports", "build tidy aging reports");

        IncrementalBuild.Result result = rebuild(DOC);

        assertThat(result.renderedFiles()).containsExactly(PAGE);
        assertThat(result.changedFiles()).containsExactly(PAGE);
        assertThat(result.connectors()).containsExactly("source-ledgerly");
        assertThat(readServed(PAGE).text()).contains("build tidy aging reports");
        assertThat(Files.getLastModifiedTime(files.siteDir().resolve(CONTRIBUTE))).isEqualTo(contributeTime);

        // the keys of the first part are remembered: a second edit of the same page renders it alone again
        edit(DOC, "build tidy aging reports", "build neat aging reports");
        assertThat(rebuild(DOC).renderedFiles()).containsExactly(PAGE);
    }

    @Test
    void anEditMovingChangelogRowsLeavesTheCatalogWidePagesAlone() throws Exception {
        edit(DOC, "build aging reports", "build aging reports\n\nwith two new lines");

        IncrementalBuild.Result result = rebuild(DOC);

        assertThat(result.renderedFiles()).contains(PAGE)
                .doesNotContain("index.html", "api/registry.json", "search-index.json", API);
    }

    @Test
    void aVersionChangeRendersTheCatalogItsDataFilesAndTheConnectorsOwnFiles() throws Exception {
        edit(METADATA, "dockerImageTag: 2.3.1", "dockerImageTag: 2.3.2");
        edit(DOC, "| 2.3.1 |", "| 2.3.2 | 2026-11-01 | [4900](https://github.com/tributary-data/connectors/pull/4900) "
                + "| Retry on 503 |\n| 2.3.1 |");

        IncrementalBuild.Result result = rebuild(DOC, METADATA);

        assertThat(result.renderedFiles()).contains(PAGE, API, CONTRIBUTE, "index.html", "api/registry.json",
                "search-index.json").noneMatch(f -> f.endsWith(".svg"));
        assertThat(readServed("index.html").select("a[href*=ledgerly]").first().parents().text()).contains("2.3.2");
        assertThat(Files.readString(files.siteDir().resolve(API), StandardCharsets.UTF_8)).contains("\"2.3.2\"");
    }

    @Test
    void aSpecEditRendersThePageAndApiDocumentAndNotTheCatalogWidePages() throws Exception {
        edit(SPEC, "The **Client ID** of your Ledgerly app.", "The **Client ID** your Ledgerly app shows.");

        IncrementalBuild.Result result = rebuild(SPEC);

        // the streams did not change, so the contribute page (the one other file showing the spec) is left alone
        assertThat(result.renderedFiles()).containsExactlyInAnyOrder(PAGE, API);
        assertThat(readServed(PAGE).text()).contains("The Client ID your Ledgerly app shows.");

        edit(SPEC, "name: bills", "name: vendor_bills");
        assertThat(rebuild(SPEC).renderedFiles()).containsExactlyInAnyOrder(PAGE, API, CONTRIBUTE);
        assertThat(readServed(CONTRIBUTE).text()).contains("vendor_bills");
    }

    @Test
    void anIconEditRendersTheIconAlone() throws Exception {
        edit(ICON, "fill=\"#1f6f5c\"/>\n  <rect x=\"16\"", "fill=\"#2a7f6c\"/>\n  <rect x=\"16\"");

        IncrementalBuild.Result result = rebuild(ICON);

        assertThat(result.renderedFiles()).hasSize(1).allMatch(f -> f.endsWith(".svg"));
        assertThat(Files.readString(files.siteDir().resolve(result.renderedFiles().get(0)), StandardCharsets.UTF_8))
                .contains("#2a7f6c");
    }

    @Test
    void aMigrationGuideProseEditRendersTheGuidePageAlone() throws Exception {
        edit(GUIDE, "### Who is affected", "### Who is really affected");

        IncrementalBuild.Result result = rebuild(GUIDE);

        assertThat(result.renderedFiles()).containsExactly("integrations/sources/ledgerly-migrations/index.html");
        assertThat(readServed("integrations/sources/ledgerly-migrations/index.html").text())
                .contains("Who is really affected");
    }

    @Test
    void aRenameRendersTheGuideWhoseBreadcrumbsNameTheConnector() throws Exception {
        String guide = "integrations/sources/ledgerly-migrations/index.html";
        edit(METADATA, "name: Ledgerly", "name: Ledgerly Books");

        IncrementalBuild.Result result = rebuild(METADATA);

        assertThat(result.renderedFiles()).contains(PAGE, guide);
        assertThat(readServed(guide).select("nav.breadcrumbs a").eachText()).contains("Ledgerly Books");
        assertThat(readServed(guide).select("nav.connector-nav").attr("aria-label")).isEqualTo("Ledgerly Books pages");
    }

    @Test
    void thePartRebuildsLeaveTheServedSiteAsAFullBuildOfTheEditedFilesWouldBe() throws Exception {
        edit(DOC, "build aging reports", "build aging reports\n\nwith two new lines");
        rebuild(DOC);
        edit(METADATA, "dockerImageTag: 2.3.1", "dockerImageTag: 2.4.0");
        rebuild(METADATA);
        edit(ICON, "fill=\"#1f6f5c\"/>\n  <rect x=\"16\"", "fill=\"#2a7f6c\"/>\n  <rect x=\"16\"");
        rebuild(ICON);
        edit(GUIDE, "### Who is affected", "### Who is really affected");
        rebuild(GUIDE);
        edit(SPEC, "name: bills", "name: vendor_bills");
        rebuild(SPEC);

        try (ServedFiles fresh = new ServedFiles(ScratchFolder.createFolder())) {
            LiveBuild.publishSite(Build.of(TestSites.loadSite(root, workers), workers),
                    new RenderOptions(Optional.of("/"), LocalDate.of(2026, 11, 21), false),
                    new OutputRequest(fresh.siteDir(), Optional.empty(), true, Severity.OFF, ReportFormat.TEXT,
                            SourceLines.none(), notice -> { }));
            SortedMap<String, String> served = listFiles(files.siteDir());
            assertThat(served).isEqualTo(listFiles(fresh.siteDir()));
            assertThat(served.get("index.html")).contains("2.4.0");
        }
    }

    /** Every site file (the build's own records in {@code .site-gen/} left out) with its content. */
    private static SortedMap<String, String> listFiles(Path dir) throws Exception {
        SortedMap<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".site-gen/")) {
                    out.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    private IncrementalBuild.Result rebuild(String... changed) throws Exception {
        Set<Path> paths = new TreeSet<>();
        for (String file : changed) {
            paths.add(root.resolve(file));
        }
        ChangePlan plan = ChangeClassifier.classifyChanges(live.site(), paths);
        IncrementalBuild.Result result = IncrementalBuild.rebuildPart(live, plan, workers, files).orElseThrow();
        live = result.build();
        return result;
    }

    private Document readServed(String sitePath) throws Exception {
        return Jsoup.parse(files.siteDir().resolve(sitePath).toFile(), "UTF-8");
    }

    private void edit(String file, String from, String to) throws Exception {
        Path p = root.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
