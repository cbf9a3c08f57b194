package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load memo of a published build ({@link LoadMemo}, {@link SpecCodec}, {@link MetadataCodec}) on a copy
 * of the {@code spec-forms} fixture (every place a spec is found, refs, options, streams, an invalid spec): a
 * load through the memo written by the load before equals a load without it, takes every unchanged spec and
 * metadata from it and reads again exactly the files that changed; a memo whose bytes are
 * damaged, truncated or of another key is refused. The copy's files are new, so the memos here compare
 * times with a clock a minute ahead (the racy window is tested with the real one).
 */
class LoadMemoTest {

    private static final String KEY = "generator test\nroot r";
    private static final LongSupplier LATER = () -> System.currentTimeMillis() * 1_000_000L
            + TimeUnit.MINUTES.toNanos(1);

    @TempDir
    Path tmp;
    Path root;
    SiteLayout layout;

    @BeforeEach
    void copyFixture() throws Exception {
        root = tmp.toRealPath().resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("spec-forms"), root);
        layout = SiteLayout.detect(root);
    }

    private Catalog load(LoadMemo memo) throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSite(layout, SiteConfigFile.readSiteConfig(layout), workers, memo).catalog();
        }
    }

    private Catalog loadWithoutMemo() throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSite(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.empty())
                    .catalog();
        }
    }

    /** The memo a first load writes, read back as the next build reads it. */
    private LoadMemo firstBuildsMemo() throws Exception {
        LoadMemo first = LoadMemo.empty(LATER);
        Catalog loaded = load(first);
        assertThat(loaded).isEqualTo(loadWithoutMemo());
        return LoadMemo.decode(first.encode(KEY), KEY, LATER);
    }

    @Test
    void aLoadThroughTheMemoEqualsALoadWithoutItAndReUsesEverySpec() throws Exception {
        LoadMemo memo = firstBuildsMemo();
        Catalog again = load(memo);
        assertThat(again).isEqualTo(loadWithoutMemo());
        List<Connector> connectors = again.connectors();
        assertThat(connectors).hasSizeGreaterThan(5);
        assertThat(connectors.stream().filter(c -> c.spec().isPresent()).count()).isGreaterThan(5);
        assertThat(memo.reusedSpecs()).isEqualTo(connectors.size());
        assertThat(memo.reusedMetadata()).isEqualTo(connectors.size());
        // spec findings (source-broken's spec-invalid) come back with the spec
        assertThat(again.loadDiagnostics()).anyMatch(d -> d.rule().equals(SpecFiles.RULE));
    }

    @Test
    void encodingToForgetWritesWhatEncodeWritesThenKeepsAndRecordsNothing() throws Exception {
        LoadMemo memo = firstBuildsMemo();
        load(memo);
        byte[] encoded = memo.encode(KEY);
        assertThat(memo.isRecording()).isTrue();
        assertThat(memo.encodeToForget(KEY)).isEqualTo(encoded);
        assertThat(memo.isRecording()).isFalse();
        assertThatThrownBy(() -> memo.encode(KEY)).isInstanceOf(IllegalStateException.class);
        // a forgotten memo reads every file, as a load without one does
        int reused = memo.reusedSpecs();
        assertThat(reused).isGreaterThan(5);
        assertThat(load(memo)).isEqualTo(loadWithoutMemo());
        assertThat(memo.reusedSpecs()).isEqualTo(reused);
    }

    @Test
    void anEditedSpecIsReadAgainAndTheOthersReUsed() throws Exception {
        LoadMemo memo = firstBuildsMemo();
        Path spec = root.resolve("connectors/source-pyjson/source_pyjson/spec.json");
        String text = Files.readString(spec);
        // the same size: only the file's times tell
        Files.writeString(spec, text.replaceFirst("\"title\": \"", "\"title\": \"Z").replaceFirst(" ", ""));
        assertThat(Files.size(spec)).isEqualTo(text.length());
        Catalog again = load(memo);
        assertThat(again).isEqualTo(loadWithoutMemo());
        assertThat(memo.reusedSpecs()).isEqualTo(again.connectors().size() - 1);
        assertThat(memo.reusedMetadata()).isEqualTo(again.connectors().size());
        assertThat(again.connectors().stream().filter(c -> c.dir().equals("source-pyjson")).findFirst().orElseThrow()
                .spec().orElseThrow().listAllFields()).anyMatch(f -> f.title().startsWith("Z"));
    }

    @Test
    void anEditedMetadataFileIsReadAgainAndTheOthersReUsed() throws Exception {
        LoadMemo memo = firstBuildsMemo();
        Path metadata = root.resolve("connectors/source-mani/metadata.yaml");
        Files.writeString(metadata, Files.readString(metadata).replace("  license: MIT\n",
                "  license: MIT\n  tags:\n    - language:manifest-only\n"));
        Catalog again = load(memo);
        assertThat(again).isEqualTo(loadWithoutMemo());
        assertThat(memo.reusedMetadata()).isEqualTo(again.connectors().size() - 1);
        assertThat(memo.reusedSpecs()).isEqualTo(again.connectors().size());
        assertThat(again.connectors().stream().filter(c -> c.dir().equals("source-mani")).findFirst().orElseThrow()
                .metadata().tags()).contains("language:manifest-only");
    }

    @Test
    void aDocsVerdictAgainstTheMarkdownLimitsIsReUsedUntilTheDocChanges() throws Exception {
        Path doc = root.resolve("docs/integrations/sources/mani.md");
        String text = Files.readString(doc);
        // a line past the limit of 20,000 characters: the doc is judged too costly to render
        Files.writeString(doc, text + "\n" + "x".repeat(20_001) + "\n");
        LoadMemo memo = firstBuildsMemo();
        Catalog again = load(memo);
        assertThat(again).isEqualTo(loadWithoutMemo());
        assertThat(again.loadDiagnostics()).anyMatch(d -> d.pos().file().equals("docs/integrations/sources/mani.md")
                && d.message().startsWith("the doc cannot be rendered"));
        assertThat(memo.reusedLimits()).isEqualTo(again.docs().size());
        Files.writeString(doc, text);
        LoadMemo after = LoadMemo.decode(memo.encode(KEY), KEY, LATER);
        Catalog fixed = load(after);
        assertThat(fixed).isEqualTo(loadWithoutMemo());
        assertThat(fixed.loadDiagnostics()).noneMatch(d -> d.message().startsWith("the doc cannot be rendered"));
        assertThat(after.reusedLimits()).isEqualTo(fixed.docs().size() - 1);
    }

    @Test
    void aCandidateThatAppearsBeforeTheOneReadTakesItsPlace() throws Exception {
        LoadMemo memo = firstBuildsMemo();
        Files.copy(root.resolve("connectors/source-mani/manifest.yaml"), root.resolve("connectors/source-pyjson/manifest.yaml"));
        Catalog again = load(memo);
        assertThat(again).isEqualTo(loadWithoutMemo());
        assertThat(again.connectors().stream().filter(c -> c.dir().equals("source-pyjson")).findFirst().orElseThrow()
                .spec().orElseThrow().file()).isEqualTo("connectors/source-pyjson/manifest.yaml");
        assertThat(memo.reusedSpecs()).isEqualTo(again.connectors().size() - 1);
    }

    @Test
    void filesChangedWithinTheRacyWindowAreNotRemembered() throws Exception {
        LoadMemo first = LoadMemo.empty();
        load(first);
        LoadMemo memo = LoadMemo.decode(first.encode(KEY), KEY);
        load(memo);
        // every file of the copy was written a moment ago: none of them could be vouched for by its times
        assertThat(memo.reusedSpecs()).isEqualTo(countWithoutSpecFiles());
        assertThat(memo.reusedMetadata()).isZero();
    }

    /** Connectors with no spec candidate at all: their fingerprint names only missing files. */
    private long countWithoutSpecFiles() throws Exception {
        return loadWithoutMemo().connectors().stream().filter(c -> c.inputs().inputFiles().stream()
                .noneMatch(f -> f.endsWith(".json") || f.endsWith(".yaml") && !f.endsWith("metadata.yaml"))).count();
    }

    @Test
    void aDamagedTruncatedOrForeignMemoIsRefused() throws Exception {
        LoadMemo first = LoadMemo.empty(LATER);
        load(first);
        byte[] bytes = first.encode(KEY);
        assertThat(LoadMemo.decode(bytes, KEY).isRecording()).isTrue();
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 0x20;
        assertThatThrownBy(() -> LoadMemo.decode(damaged, KEY)).isInstanceOf(IOException.class)
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> LoadMemo.decode(Arrays.copyOf(bytes, bytes.length - 100), KEY))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LoadMemo.decode(new byte[3], KEY)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LoadMemo.decode(bytes, "generator other\nroot r")).isInstanceOf(IOException.class)
                .hasMessageContaining("another generator");
    }

    @Test
    void aCacheOfTheFormatBeforeTheSharedCodecIsRefusedNeverMisread() throws Exception {
        // format 3: writeUTF magic, the key as a new string (-2), four empty tables, CRC-32 as 8 trailing bytes
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(body);
        out.writeUTF("site-gen load cache 3");
        byte[] key = KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(-2);
        out.writeInt(key.length);
        out.write(key);
        for (int table = 0; table < 4; table++) {
            out.writeInt(0);
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body.toByteArray());
        out.writeLong(crc.getValue());

        assertThatThrownBy(() -> LoadMemo.decode(body.toByteArray(), KEY)).isInstanceOf(IOException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void noneRecordsNothing() throws Exception {
        LoadMemo none = LoadMemo.none();
        load(none);
        assertThat(none.isRecording()).isFalse();
        LoadMemo read = LoadMemo.decode(none.encode(KEY), KEY, LATER);
        load(read);
        assertThat(read.reusedSpecs()).isZero();
        assertThat(read.reusedMetadata()).isZero();
    }
}
