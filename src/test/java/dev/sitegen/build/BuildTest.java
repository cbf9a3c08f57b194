package dev.sitegen.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.check.ReportFormat;
import dev.sitegen.check.SourceLines;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline without the command line: what a published build returns and leaves behind. */
class BuildTest {

    private static final RenderOptions RENDER = new RenderOptions(Optional.empty(), LocalDate.of(2026, 11, 21), false);

    @Test
    void aPublishedBuildReturnsItsFindingsCountsReportAndPages(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        BuildResult result = publish(TestPaths.contentDir(), request(out, Severity.ERROR));

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.BUILT);
        assertThat(result.counts()).isEqualTo(FindingCounts.summarize(result.counts().connectors(), result.findings()));
        try (var folders = Files.list(TestPaths.contentDir().resolve("connectors"))) {
            assertThat(result.counts().connectors()).isEqualTo((int) folders.count());
        }
        JsonNode report = new ObjectMapper().readTree(result.report());
        assertThat(report.get("diagnostics")).hasSize(result.findings().size());
        assertThat(report.get("summary").get("errors").asInt()).isZero();
        try (var pages = Files.walk(out)) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(result.pages());
        }
        assertThat(UpToDate.findUpToDate(SiteLayout.detect(TestPaths.contentDir()),
                SiteConfigFile.readSiteConfig(SiteLayout.detect(TestPaths.contentDir())), request(out, Severity.ERROR),
                RENDER)).get().extracting(UpToDate::pages, UpToDate::counts)
                .containsExactly(result.pages(), result.counts());
    }

    @Test
    void failingChecksStillRenderAndVerifyLinksButPublishNothing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        BuildResult result = publish(TestPaths.fixtureSite("check-and-link-errors"), request(out, Severity.ERROR));

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.CHECKS_FAILED);
        assertThat(result.pages()).isPositive();
        assertThat(result.findings()).filteredOn(d -> d.severity() == Severity.ERROR)
                .extracting(d -> d.rule() + " " + d.pos()).containsExactly(
                        "metadata-invalid connectors/source-beta/metadata.yaml:2:3",
                        "broken-link docs/integrations/sources/alpha.md:5:10");
        assertThat(result.counts().errors()).isEqualTo(2);
        assertThat(out).doesNotExist();
        try (var left = Files.list(tmp)) {
            // the staging folder is removed: a failed build leaves nothing beside --out but its cache folder
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(name -> name.equals(".site-gen"));
        }
    }

    private static OutputRequest request(Path out, Severity failOn) {
        return new OutputRequest(out, Optional.empty(), false, failOn, ReportFormat.JSON, SourceLines.none(),
                notice -> { });
    }

    private static BuildResult publish(Path root, OutputRequest request) throws Exception {
        SiteLayout layout = SiteLayout.detect(root);
        try (Workers workers = new Workers(2)) {
            Build build = Build.loadToPublish(layout, SiteConfigFile.readSiteConfig(layout), RENDER, workers);
            return build.publishSite(request, RENDER, CheckScope.all());
        }
    }
}
