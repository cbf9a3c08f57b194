package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page and the header search box as written (what the script finds): the page's shell, its text
 * without JavaScript, and the box on every page with the combobox's ARIA wiring and the site's root, relative
 * by default and the {@code --base-url} path when given.
 */
class SearchResultsPageTest {

    @TempDir
    static Path tmp;
    static Path relative;
    static Path based;

    @BeforeAll
    static void buildContent() {
        relative = build("relative");
        based = build("based", "--base-url", "/docs/");
    }

    private static Path build(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("build", TestPaths.contentDir().toString(), "--out",
                out.toString(), "--as-of", "2026-11-21"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.runCli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return out;
    }

    @Test
    void searchPageIsAShellTheScriptFillsAndSaysWhatToDoWithoutJavaScript() throws IOException {
        Document page = Jsoup.parse(relative.resolve("search/index.html").toFile());
        assertThat(page.title()).startsWith("Search | ");
        assertThat(page.select("#search-results")).hasSize(1);
        assertThat(page.select("#search-results").first().children()).isEmpty();
        assertThat(page.select("form[data-search-page]").hasAttr("hidden")).as("the form works only with JS").isTrue();
        assertThat(page.select("#search-page-q[name=q]")).hasSize(1);
        assertThat(page.select("#search-type option").eachAttr("value")).containsExactly("");
        assertThat(page.select("#search-support option").eachAttr("value")).containsExactly("");
        Element nojs = page.selectFirst("#search-nojs");
        assertThat(nojs.text()).contains("needs JavaScript");
        assertThat(nojs.select("a").attr("href")).isEqualTo("../");
        assertThat(Files.readString(relative.resolve("sitemap.xml"))).contains("/search/</loc>");

        Document basedPage = Jsoup.parse(based.resolve("search/index.html").toFile());
        assertThat(basedPage.select("#search-nojs a").attr("href")).isEqualTo("/docs/");
    }

    @Test
    void everyPageHasTheSearchBoxWiredAsACombobox() throws IOException {
        for (Path file : listPages(relative)) {
            Document page = Jsoup.parse(file.toFile());
            String root = "../".repeat(relative.relativize(file).getNameCount() - 1);
            Element form = page.selectFirst("header form.site-search[role=search]");
            assertThat(form).as(file.toString()).isNotNull();
            if (file.endsWith("404.html")) {
                continue;
            }
            assertThat(form.attr("data-root")).as(file.toString()).isEqualTo(root);
            assertThat(form.attr("data-script")).isEqualTo(root + "assets/search.js");
            assertThat(form.attr("data-results")).isEqualTo(root + "search/index.html");
            assertThat(form.hasAttr("hidden")).as("shown by its script only").isTrue();
            Element input = form.selectFirst("input#site-search-q");
            assertThat(input.attr("role")).isEqualTo("combobox");
            assertThat(input.attr("aria-expanded")).isEqualTo("false");
            assertThat(input.attr("aria-controls")).isEqualTo("site-search-list");
            assertThat(form.select("label[for=site-search-q]").text()).isEqualTo("Search the docs");
            assertThat(form.select("#site-search-list[role=listbox]")).hasSize(1);
            assertThat(page.select("script[src=" + root + "assets/search-box.js]")).as(file.toString()).hasSize(1);
        }
        Document quarry = Jsoup.parse(based.resolve("integrations/destinations/quarry/index.html").toFile());
        Element form = quarry.selectFirst("form.site-search");
        assertThat(List.of(form.attr("data-root"), form.attr("data-script"), form.attr("data-results")))
                .containsExactly("/docs/", "/docs/assets/search.js", "/docs/search/index.html");
        assertThat(quarry.select("script[src=/docs/assets/search-box.js]")).hasSize(1);
    }

    private static List<Path> listPages(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
