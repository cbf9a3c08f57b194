package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The loader tells SVG icons by their root element without parsing them; it must agree with what a
 * full XML parse (jsoup's, which the renderer uses) takes for the root element.
 */
class SvgRootSniffTest {

    static final List<String> SAMPLES = List.of(
            "<svg/>", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
            "\uFEFF<svg></svg>", "<!-- <html> --><svg/>", "<!-- unclosed <svg/>", "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                    + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg/>",
            "<!DOCTYPE svg [<!ENTITY x \"<html>\">]><svg>&x;</svg>", "<svg:svg xmlns:svg=\"x\"/>", "<html><svg/></html>",
            "just text", "", "text before <svg/>", "< svg/>", "<1svg/><svg/>", "<SVG/>", "<svgx/>", "<?pi <html>?><svg/>",
            "<a:b:svg/>", "<svg\n  width=\"1\"/>", "<svg-icon/>");

    @Test
    void theRootElementIsTheOneAnXmlParseFinds() {
        for (String xml : SAMPLES) {
            assertThat(IconFiles.isSvgDocument(xml.getBytes(StandardCharsets.UTF_8))).as(xml)
                    .isEqualTo(isSvgByParsing(xml));
        }
        assertThat(IconFiles.isSvgDocument("<svg/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(IconFiles.isSvgDocument("<html><svg/></html>".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void everyIconOfTheRealMonorepoIsJudgedAsAParseJudgesIt() throws IOException {
        Optional<Path> corpus = TestPaths.findCorpus();
        assumeTrue(corpus.isPresent(), "shared corpus not present");
        List<Path> icons;
        try (Stream<Path> files = Files.walk(corpus.get().resolve("airbyte-integrations/connectors"), 2)) {
            icons = files.filter(p -> p.getFileName().toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(icons).hasSizeGreaterThan(500);
        for (Path icon : icons) {
            byte[] bytes = Files.readAllBytes(icon);
            String text = TextFiles.decodeUtf8(bytes).content();
            assertThat(IconFiles.isSvgDocument(bytes)).as(icon.toString()).isEqualTo(isSvgByParsing(text));
        }
    }

    private static boolean isSvgByParsing(String xml) {
        Element root = Jsoup.parse(xml, "", Parser.xmlParser()).children().first();
        return root != null && (root.tagName().equals("svg") || root.tagName().endsWith(":svg"));
    }
}
