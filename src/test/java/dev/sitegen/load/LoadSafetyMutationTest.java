package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's guards, exactly: icon types and paths, doc size and encoding, real paths, and who owns a doc's problems. */
class LoadSafetyMutationTest {

    private static final ConnectorInputs NO_FILES = new ConnectorInputs(List.of(), List.of());

    @TempDir
    Path root;
    private SiteLayout layout;
    private InputGate gate;
    private Path dir;

    @BeforeEach
    void createRoot() throws Exception {
        Files.writeString(root.resolve("site.yaml"), "title: T\n");
        dir = Files.createDirectories(root.resolve("connectors/source-x"));
        layout = SiteLayout.detect(root);
        gate = new InputGate(layout);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void rasterImagesAreKnownByTheirFirstBytes() {
        assertThat(IconFiles.isRasterImage(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0))).isTrue();
        assertThat(IconFiles.isRasterImage(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A))).isFalse();
        assertThat(IconFiles.isRasterImage(bytes(0xFF, 0xD8, 0xFF))).isTrue();
        assertThat(IconFiles.isRasterImage(bytes(0xFF, 0xD8))).isFalse();
        assertThat(IconFiles.isRasterImage("GIF87a".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(IconFiles.isRasterImage("GIF89a!".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(IconFiles.isRasterImage("GIF90a".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(IconFiles.isRasterImage("RIFF1234WEBP".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(IconFiles.isRasterImage("RIFF1234WAVE".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(IconFiles.isRasterImage("RIFF1234WEB".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(IconFiles.isRasterImage(new byte[0])).isFalse();
        assertThat(IconFiles.isRasterImage("<svg/>".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void svgDocumentsHaveAnSvgRoot() {
        assertThat(IconFiles.isSvgDocument("<?xml version=\"1.0\"?><!-- c --><svg/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(IconFiles.isSvgDocument("<svg:svg xmlns:svg=\"x\"/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(IconFiles.isSvgDocument("<html><svg/></html>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(IconFiles.isSvgDocument("just text".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(IconFiles.isSvgDocument(new byte[0])).isFalse();
    }

    @Test
    void contentProblemsOfIconFiles() throws Exception {
        Path svg = Files.writeString(dir.resolve("a.svg"), "<svg/>");
        Path upper = Files.writeString(dir.resolve("b.SVG"), "<svg/>");
        Path png = Files.write(dir.resolve("c.png"), bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
        Path jpeg = Files.write(dir.resolve("d.jpeg"), bytes(0xFF, 0xD8, 0xFF, 0));
        Path fakeGif = Files.writeString(dir.resolve("e.gif"), "<script>");
        Path html = Files.writeString(dir.resolve("f.html"), "<svg/>");
        Path big = Files.write(dir.resolve("g.svg"), new byte[(int) IconFiles.MAX_BYTES + 1]);
        byte[] exact = new byte[(int) IconFiles.MAX_BYTES];
        Arrays.fill(exact, (byte) ' ');
        System.arraycopy("<svg/>".getBytes(StandardCharsets.UTF_8), 0, exact, 0, 6);
        Path limit = Files.write(dir.resolve("h.svg"), exact);

        assertThat(IconFiles.findContentProblem(svg, "a.svg")).isEmpty();
        assertThat(IconFiles.findContentProblem(upper, "b.SVG")).isEmpty();
        assertThat(IconFiles.findContentProblem(png, "c.png")).isEmpty();
        assertThat(IconFiles.findContentProblem(jpeg, "d.jpeg")).isEmpty();
        assertThat(IconFiles.findContentProblem(limit, "h.svg")).isEmpty();
        assertThat(IconFiles.findContentProblem(fakeGif, "e.gif")).contains("is not a PNG, JPEG, GIF or WebP image");
        assertThat(IconFiles.findContentProblem(html, "f.html")).contains("is not an .svg, .png, .jpg, .gif or .webp file");
        assertThat(IconFiles.findContentProblem(big, "g.svg")).contains("is " + (IconFiles.MAX_BYTES + 1)
                + " bytes; the limit is " + IconFiles.MAX_BYTES);
        assertThat(IconFiles.findContentProblem(dir.resolve("missing.svg"), "missing.svg")).get().asString()
                .startsWith("cannot be read");
        Files.writeString(dir.resolve("i.svg"), "<html/>");
        assertThat(IconFiles.findContentProblem(dir.resolve("i.svg"), "i.svg")).contains("is not an SVG document");
    }

    private Metadata metadata(Optional<String> icon) throws Exception {
        String yaml = "data:\n  name: X\n  definitionId: 3f2b9c1e-8a4d-4e6f-9b1a-2c3d4e5f6a7b\n  connectorType: source\n"
                + "  connectorSubtype: api\n  dockerRepository: x/y\n  dockerImageTag: 1.0.0\n  license: MIT\n"
                + "  documentationUrl: https://d.example/integrations/sources/x\n  githubIssueLabel: x\n"
                + "  releaseStage: alpha\n" + icon.map(i -> "  icon: " + i + "\n").orElse("");
        return MetadataReader.readMetadata("source-x", "connectors/source-x/metadata.yaml", yaml).metadata().orElseThrow();
    }

    @Test
    void iconFallsBackToIconSvgAndReportsEachRefusedCandidate() throws Exception {
        Files.writeString(dir.resolve("icon.svg"), "<svg/>");
        Files.writeString(dir.resolve("logo.txt"), "x");

        IconFiles.Result declared = IconFiles.findIcon(dir, "source-x", metadata(Optional.of("logo.txt")), layout, gate);
        assertThat(declared.iconFile()).contains("connectors/source-x/icon.svg");
        assertThat(declared.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("icon-missing");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.connector()).isEqualTo("source-x");
            assertThat(d.pos()).isEqualTo(SourcePos.at("connectors/source-x/metadata.yaml", 12, 9));
            assertThat(d.message()).isEqualTo("icon 'logo.txt' is not an .svg, .png, .jpg, .gif or .webp file; the page shows no icon");
        });

        IconFiles.Result escaping = IconFiles.findIcon(dir, "source-x", metadata(Optional.of("../x.svg")), layout, gate);
        assertThat(escaping.iconFile()).contains("connectors/source-x/icon.svg");
        assertThat(escaping.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("broken-link");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo("icon '../x.svg' points outside the connector folder; it is not read");
        });
        assertThat(IconFiles.findIcon(dir, "source-x", metadata(Optional.of(".")), layout, gate).diagnostics())
                .singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("broken-link"));

        IconFiles.Result none = IconFiles.findIcon(dir, "source-x", metadata(Optional.empty()), layout, gate);
        assertThat(none.iconFile()).contains("connectors/source-x/icon.svg");
        assertThat(none.diagnostics()).isEmpty();

        Files.writeString(dir.resolve("icon.svg"), "not svg");
        IconFiles.Result badFallback = IconFiles.findIcon(dir, "source-x", metadata(Optional.empty()), layout, gate);
        assertThat(badFallback.iconFile()).isEmpty();
        assertThat(badFallback.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.pos()).isEqualTo(SourcePos.ofFile("connectors/source-x/icon.svg")));

        Files.delete(dir.resolve("icon.svg"));
        Files.createDirectories(dir.resolve("icon.svg"));
        assertThat(IconFiles.findIcon(dir, "source-x", metadata(Optional.empty()), layout, gate))
                .isEqualTo(new IconFiles.Result(Optional.empty(),
                        new ConnectorInputs(List.of(), List.of("connectors/source-x/icon.svg")), List.of()));
    }

    @Test
    void docsAreReadWithinTheirLimits() throws Exception {
        Path docs = Files.createDirectories(root.resolve("docs/integrations/sources"));
        Path ok = Files.writeString(docs.resolve("ok.md"), "# Ok\n");
        DocReader.Result read = DocReader.readDoc(ok, "docs/integrations/sources/ok.md", "integrations/sources/ok");
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.doc()).contains(new DocPage("docs/integrations/sources/ok.md", "integrations/sources/ok", "# Ok\n"));

        byte[] atLimit = new byte[(int) DocReader.MAX_BYTES];
        Arrays.fill(atLimit, (byte) '\n');
        Path limit = Files.write(docs.resolve("limit.md"), atLimit);
        assertThat(DocReader.readDoc(limit, "l.md", "l").doc()).isPresent();
        Path over = Files.write(docs.resolve("over.md"), Arrays.copyOf(atLimit, atLimit.length + 1));
        DocReader.Result refused = DocReader.readDoc(over, "o.md", "o");
        assertThat(refused.doc()).isEmpty();
        assertThat(refused.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("docs-missing");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo("the doc is " + (DocReader.MAX_BYTES + 1) + " bytes; the limit is "
                    + DocReader.MAX_BYTES + ", so it is not read");
        });
        DocReader.Result missing = DocReader.readDoc(docs.resolve("gone.md"), "g.md", "g");
        assertThat(missing.doc()).isEmpty();
        assertThat(missing.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("cannot read the doc: "));

        Path deep = Files.writeString(docs.resolve("deep.md"), "# D\n\n" + ">".repeat(500) + " x\n");
        assertThat(DocReader.readDoc(deep, "d.md", "d").diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.pos().line()).isEqualTo(3);
            assertThat(d.message()).startsWith("the doc cannot be rendered and is shown as plain text: ");
        });
        Diagnostic refusedLink = DocReader.refused("docs/a.md", "leads outside ROOT");
        assertThat(refusedLink.message()).isEqualTo("docs/a.md leads outside ROOT; it is not read");
        assertThat(refusedLink.pos()).isEqualTo(SourcePos.ofFile("docs/a.md"));
    }

    @Test
    void realPathsDecideWhatIsInsideRoot() throws Exception {
        Path outside = Files.createTempDirectory("sitegen-outside-");
        try {
            Path inside = Files.writeString(dir.resolve("in.md"), "x");
            assertThat(gate.admitConnectorFile(dir, inside).realPath()).contains(inside.toRealPath());
            assertThat(gate.admitConnectorFile(dir, dir.resolve("nothing")).requireReason()).isEqualTo("does not exist");
            Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing"));
            assertThat(gate.admitConnectorFile(dir, dir.resolve("dangling")).requireReason())
                    .isEqualTo("is a symbolic link that loops or leads nowhere");
            Files.createSymbolicLink(dir.resolve("out"), outside);
            assertThat(gate.admitConnectorFile(dir, dir.resolve("out")).requireReason())
                    .isEqualTo("leads outside ROOT (to " + outside.toRealPath() + ")");
            assertThat(gate.admitConnectorFile(dir, outside).requireReason()).isEqualTo("lies outside ROOT");
            Files.writeString(dir.resolve("b.md"), "x");
            Files.writeString(dir.resolve("a.txt"), "x");
            Files.createDirectories(dir.resolve("sub"));
            Files.writeString(dir.resolve("sub/c.md"), "x");
            Files.delete(dir.resolve("dangling"));
            Files.delete(dir.resolve("out"));
            InputGate.Listing listing = gate.listFiles(dir, ".md", dir);
            assertThat(listing.files()).containsExactly(dir.resolve("b.md"), dir.resolve("in.md"), dir.resolve("sub/c.md"));
            assertThat(listing.refused()).isEmpty();
            assertThat(gate.listFiles(dir.resolve("b.md"), ".md", dir).files()).isEmpty();
            assertThat(gate.listFiles(root.resolve("none"), ".md", dir).files()).isEmpty();
            assertThat(gate.listFiles(dir, ".md", root.resolve("docs")).refused()).singleElement()
                    .satisfies(r -> assertThat(r.path()).isEqualTo(dir));
            assertThat(InputGate.existsAsEntry(dir.resolve("b.md"))).isTrue();
            assertThat(InputGate.existsAsEntry(dir.resolve("zz.md"))).isFalse();
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void hiddenPathsAndTargetsAreRefusedWhereverTheyAre() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config"), "token");
        Files.writeString(root.resolve(".env"), "key");
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/c.md"), "x");
        Files.writeString(dir.resolve(".d.md"), "x");
        Files.writeString(dir.resolve("e.md"), "x");
        Files.createSymbolicLink(dir.resolve("git.md"), root.resolve(".git/config"));
        Files.createSymbolicLink(dir.resolve("env.md"), root.resolve(".env"));
        Files.createSymbolicLink(dir.resolve("gitdir"), root.resolve(".git"));

        assertThat(gate.admitConnectorFile(dir, dir.resolve("git.md")).requireReason())
                .isEqualTo("leads to .git/config, inside the hidden folder '.git'");
        assertThat(gate.admitConnectorFile(dir, dir.resolve("env.md")).requireReason())
                .isEqualTo("leads to .env, a hidden file");
        assertThat(gate.admitSnippet(root.resolve(".git/config")).requireReason())
                .isEqualTo("lies inside the hidden folder '.git'");
        assertThat(gate.admitSnippet(root.resolve(".env")).requireReason()).isEqualTo("is a hidden file");
        InputGate.Listing listing = gate.listFiles(dir, ".md", dir);
        assertThat(listing.files()).containsExactly(dir.resolve("e.md"));
        assertThat(listing.refused()).extracting(r -> dir.relativize(r.path()) + " " + r.reason()).containsExactly(
                ".cache is a hidden folder", ".d.md is a hidden file",
                "env.md leads to .env, a hidden file",
                "git.md leads to .git/config, inside the hidden folder '.git'",
                "gitdir leads to .git, a hidden folder");
    }

    @Test
    void eachKindOfInputIsReadOnlyFromItsOwnArea() throws Exception {
        Path docs = Files.createDirectories(root.resolve("docs/integrations/sources"));
        Path other = Files.createDirectories(root.resolve("connectors/source-y"));
        Files.writeString(other.resolve("metadata.yaml"), "x");
        Files.writeString(root.resolve("notes.md"), "x");
        Files.createSymbolicLink(docs.resolve("notes.md"), root.resolve("notes.md"));
        Files.createSymbolicLink(dir.resolve("metadata.yaml"), other.resolve("metadata.yaml"));
        Files.createSymbolicLink(root.resolve("connectors/source-z"), other);
        Files.createSymbolicLink(root.resolve("connectors/source-w"), root.resolve("docs"));

        assertThat(gate.admitDoc(docs.resolve("notes.md")).requireReason()).isEqualTo("leads to notes.md, outside docs/");
        assertThat(gate.admitGuide(docs.resolve("notes.md")).requireReason())
                .isEqualTo("leads to notes.md, outside contributing/");
        assertThat(gate.admitConnectorFile(dir, dir.resolve("metadata.yaml")).requireReason())
                .isEqualTo("leads to connectors/source-y/metadata.yaml, outside connectors/source-x/");
        assertThat(gate.admitConnectorFile(root.resolve("connectors/source-z"),
                root.resolve("connectors/source-z/metadata.yaml")).isAccepted()).isTrue();
        assertThat(gate.admitConnectorDir(root.resolve("connectors/source-w")).requireReason())
                .isEqualTo("leads to docs, outside connectors/");
        assertThat(gate.admitConnectorFile(root.resolve("connectors/source-w"), root.resolve("connectors/source-w/x"))
                .requireReason()).isEqualTo("is in the connector folder connectors/source-w, which leads to docs, "
                + "outside connectors/");
        assertThat(gate.admitSnippet(root.resolve("notes.md")).isAccepted()).isTrue();
        assertThat(gate.admitSiteConfig().realPath()).contains(root.resolve("site.yaml").toRealPath());
        assertThat(gate.admitQuoted(root.resolve("notes.md")).requireReason()).isEqualTo("is not a file the build reads");
        assertThat(gate.admitQuoted(docs.resolve("notes.md")).isAccepted()).isFalse();
        assertThat(gate.admitQuoted(other.resolve("metadata.yaml")).isAccepted()).isTrue();
        assertThat(gate.admitQuoted(dir.resolve("metadata.yaml")).isAccepted()).isFalse();
        assertThat(gate.admitQuoted(root.resolve("site.yaml")).isAccepted()).isTrue();
    }

    @Test
    void docProblemsBelongToTheConnectorThatUsesTheDoc() throws Exception {
        Metadata m = metadata(Optional.empty());
        DocPage doc = new DocPage("docs/integrations/sources/x.md", "integrations/sources/x", "");
        Connector withDoc = new Connector("source-x", "m", m, "integrations/sources/x", Optional.of(doc), Optional.empty(),
                Optional.empty(), Optional.empty(), NO_FILES, Optional.empty());
        Connector later = new Connector("source-y", "m", m, "integrations/sources/x", Optional.of(doc), Optional.empty(),
                Optional.empty(), Optional.empty(), NO_FILES, Optional.empty());
        Connector refusedDoc = new Connector("source-z", "m", m, "integrations/sources/z", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), NO_FILES, Optional.empty());
        List<Diagnostic> found = List.of(problem("", "docs/integrations/sources/x.md"),
                problem("", "docs/integrations/sources/z.md"), problem("", "docs/integrations/sources/z-migrations.md"),
                problem("", "docs/integrations/sources/other.md"), problem("source-q", "docs/integrations/sources/x.md"));

        List<Diagnostic> blamed = DocBlame.blameConnectors(found, List.of(later, refusedDoc, withDoc), "docs/");

        assertThat(blamed).extracting(Diagnostic::connector)
                .containsExactly("source-x", "source-z", "source-z", "", "source-q");
        assertThat(blamed.get(0).message()).isEqualTo("m");
        assertThat(blamed.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    private static Diagnostic problem(String connector, String file) {
        return new Diagnostic("docs-missing", Severity.WARNING, connector, SourcePos.at(file, 1, 1), "m", "h");
    }
}
