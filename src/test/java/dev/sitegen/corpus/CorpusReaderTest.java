package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import dev.sitegen.testing.TimelineBoxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's comforts on the shared corpus (skipped without it): no two version labels of any timeline
 * overlap (boxes from the SVG's x, y and text length), source-faker's 4.0.0 and 5.0.0 included; every page
 * under {@code integrations/} has breadcrumbs, and every doc heading with an id its permalink.
 */
class CorpusReaderTest {

    @TempDir
    static Path tmp;
    static List<Path> pages;
    static Path out;

    @BeforeAll
    static void buildCorpus() throws IOException {
        out = tmp.resolve("site");
        CliRun build = TestPaths.buildCorpus(out);
        assertThat(build.exitCode()).as(build.err()).isZero();
        try (Stream<Path> files = Files.walk(out.resolve("integrations"))) {
            pages = files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
    }

    @Test
    void noTimelineLabelOverlapsAnother() throws IOException {
        List<String> overlaps = new ArrayList<>();
        int timelines = 0;
        int labels = 0;
        int multiRow = 0;
        int densest = 0;
        for (Path p : pages) {
            for (Element svg : Jsoup.parse(p.toFile(), "UTF-8").select("figure.timeline svg")) {
                timelines++;
                List<TimelineBoxes.Box> boxes = TimelineBoxes.listLabelBoxes(svg);
                labels += boxes.size();
                densest = Math.max(densest, boxes.size());
                multiRow += svg.select("text.tl-label").eachAttr("y").stream().distinct().count() > 1 ? 1 : 0;
                TimelineBoxes.findOverlaps(boxes).forEach(o -> overlaps.add(out.relativize(p) + ": " + o));
            }
        }
        assertThat(overlaps).isEmpty();
        // measured on airbyte-2025-08: 628 timelines, 143 labels, the densest 6, 15 of them on more than one row
        assertThat(timelines).isGreaterThan(600);
        assertThat(labels).isGreaterThan(130);
        assertThat(densest).as("the densest timeline's labels").isGreaterThanOrEqualTo(6);
        assertThat(multiRow).as("timelines whose labels needed a second row").isGreaterThanOrEqualTo(15);

        Element faker = Jsoup.parse(out.resolve("integrations/sources/faker/index.html").toFile(), "UTF-8")
                .selectFirst("figure.timeline svg");
        List<TimelineBoxes.Box> boxes = TimelineBoxes.listLabelBoxes(faker);
        assertThat(boxes).extracting(TimelineBoxes.Box::text).contains("4.0.0", "5.0.0");
        assertThat(TimelineBoxes.findOverlaps(boxes)).isEmpty();
    }

    @Test
    void everyPageHasBreadcrumbsAndEveryDocHeadingItsPermalink() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path p : pages) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            Element crumbs = doc.selectFirst("nav.breadcrumbs[aria-label=Breadcrumb] > ol");
            if (crumbs == null || crumbs.select("> li:last-child > [aria-current=page]").isEmpty()) {
                missing.add(out.relativize(p) + ": breadcrumbs");
            }
            for (Element h : doc.select(".doc :is(h2, h3, h4, h5, h6)[id]")) {
                Element link = h.selectFirst("> a.anchor");
                if (link == null || doc.getElementById(link.attr("href").substring(1)) == null) {
                    missing.add(out.relativize(p) + ": #" + h.id());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(pages).hasSizeGreaterThan(600);
    }
}
