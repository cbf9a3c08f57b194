package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the project's own content/ into a temp folder and reads the site the way a visitor would. */
class ContentSiteEndToEndTest {

    private static final Pattern FIELD = Pattern.compile("(?m)^\\s+(name|dockerImageTag|documentationUrl):\\s*(.+)$");

    @TempDir
    Path tmp;

    @Test
    void buildsCatalogAndOnePagePerConnector() throws IOException {
        Path out = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", TestPaths.contentDir().toString(), "--out", out.toString(),
                "--as-of", "2026-11-21");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        List<ExpectedConnector> expected = readExpectedConnectors();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(12);
        assertThat(index.select("tr[data-connector]")).hasSize(expected.size());

        for (ExpectedConnector c : expected) {
            Element row = index.selectFirst("tr[data-connector=" + c.dir() + "]");
            assertThat(row).as(c.dir()).isNotNull();
            assertThat(row.selectFirst("a").text()).isEqualTo(c.name());
            assertThat(row.selectFirst(".version").text()).isEqualTo(c.version());

            Path page = out.resolve(c.urlPath()).resolve("index.html");
            assertThat(page).as(c.dir()).isRegularFile();
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(doc.select("h1").eachText()).contains(c.name());
            assertThat(doc.select(".facts .version").text()).contains(c.version());
            assertThat(doc.select(".doc h2").eachText()).as(c.dir() + " doc rendered").isNotEmpty();
            String href = row.selectFirst("a").attr("href");
            assertThat(href).isEqualTo(c.urlPath() + "/");
        }
        assertThat(out.resolve("assets/style.css")).isRegularFile();
    }

    @Test
    void failingChecksLeaveThePreviousOutputUntouched() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("marker.txt"), "previous build");

        CliRun run = CliRun.runCli("build", TestPaths.fixtureSite("broken-metadata").toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error[metadata-invalid]");
        assertThat(Files.readString(out.resolve("marker.txt"))).isEqualTo("previous build");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    private record ExpectedConnector(String dir, String name, String version, String urlPath) {
    }

    /** Reads the fields straight from each metadata.yaml, independently of the loader under test. */
    private static List<ExpectedConnector> readExpectedConnectors() throws IOException {
        try (Stream<Path> dirs = Files.list(TestPaths.contentDir().resolve("connectors"))) {
            return dirs.sorted().map(dir -> {
                try {
                    String text = Files.readString(dir.resolve("metadata.yaml"));
                    Matcher m = FIELD.matcher(text);
                    String name = null;
                    String version = null;
                    String url = null;
                    while (m.find()) {
                        String value = m.group(2).strip().replaceAll("^[\"']|[\"']$", "");
                        switch (m.group(1)) {
                            case "name" -> name = name == null ? value : name;
                            case "dockerImageTag" -> version = version == null ? value : version;
                            default -> url = value;
                        }
                    }
                    String urlPath = url.replaceFirst("^https?://[^/]+/", "").replaceAll("/$", "");
                    return new ExpectedConnector(dir.getFileName().toString(), name, version, urlPath);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
