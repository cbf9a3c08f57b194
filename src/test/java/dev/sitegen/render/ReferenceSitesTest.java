package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which pages get a Reference section: content/'s connectors with a spec file of their own, and in the
 * spec-forms fixture every spec form, but neither the connector without a spec nor those whose spec is
 * invalid (a spec.json that does not parse, a specification that is a list).
 */
class ReferenceSitesTest {

    @TempDir
    Path tmp;

    @Test
    void contentConnectorsWithASpecFileShowTheirReference() throws IOException {
        Path site = build(TestPaths.contentDir());
        Set<String> withSpecFile = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(TestPaths.contentDir().resolve("connectors"))) {
            dirs.filter(ReferenceSitesTest::hasSpecFile).forEach(d -> withSpecFile.add(d.getFileName().toString()));
        }
        assertThat(withSpecFile).containsExactly("source-brightdesk", "source-cratebox", "source-harborsql",
                "source-ledgerly");
        assertThat(connectorsWithReference(site)).isEqualTo(withSpecFile);
        Document ledgerly = Jsoup.parse(site.resolve("integrations/sources/ledgerly/index.html").toFile(), "UTF-8");
        assertThat(ledgerly.select("nav.toc a[href=#reference]").eachText()).containsExactly("Reference");
        assertThat(ledgerly.select("#reference ~ dl.spec-fields dt")).isNotEmpty();
        assertThat(ledgerly.select("ul.reference-streams li[id]")).isNotEmpty();
        Document quarry = Jsoup.parse(site.resolve("integrations/destinations/quarry/index.html").toFile(), "UTF-8");
        assertThat(quarry.getElementById("reference")).isNull();
        assertThat(quarry.select("nav.toc a").eachText()).doesNotContain("Reference");
    }

    @Test
    void everySpecFormGetsASectionButNoSpecAndInvalidSpecsGetNone() throws IOException {
        Path site = build(TestPaths.fixtureSite("spec-forms"));
        assertThat(connectorsWithReference(site)).containsExactly("destination-javaspec", "source-mani", "source-pkgman",
                "source-pyjson", "source-pystreams", "source-pyyaml");
    }

    private Path build(Path root) {
        Path site = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", root.toString(), "--out", site.toString(), "--as-of", "2026-11-21",
                "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return site;
    }

    private static boolean hasSpecFile(Path dir) {
        if (Files.exists(dir.resolve("manifest.yaml")) || Files.exists(dir.resolve("src/main/resources/spec.json"))) {
            return true;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).anyMatch(p -> Stream.of("spec.json", "spec.yaml", "manifest.yaml")
                    .anyMatch(f -> Files.exists(p.resolve(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connector folders named by the Reference sections of every page of the site. */
    static Set<String> connectorsWithReference(Path site) throws IOException {
        Set<String> dirs = new TreeSet<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.resolve("integrations"))) {
            pages = files.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
        for (Path p : pages) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            assertThat(doc.select("section.reference").size()).as(p.toString()).isLessThanOrEqualTo(
                    doc.select("header.connector-header").size());
            doc.select("section.reference").forEach(s -> dirs.add(s.attr("data-connector")));
        }
        return dirs;
    }
}
