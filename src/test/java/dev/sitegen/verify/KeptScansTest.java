package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.render.ReusedFile;
import dev.sitegen.render.SiteSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a long-lived process keeps of verification's records ({@link KeptScans}): taken only for the same page
 * path, the same bytes (SHA-256) and the same site address, never when external links are probed; and what a
 * build hands on holds exactly its re-used pages as they were recorded.
 */
class KeptScansTest {

    private static final String PAGE = "integrations/sources/alpha/index.html";
    private static final String SHA = "a".repeat(64);
    private static final byte[] HTML = "<h2 id=\"real\">R</h2><a href=\"/other/\">o</a>".getBytes(StandardCharsets.UTF_8);
    private static final SiteIndex.Recorded PLANTED = new SiteIndex.Recorded(new String[] {"planted"}, List.of(),
            List.of());

    private static SiteAddress address(String root) {
        return new SiteAddress(root, Optional.empty(), Set.of("docs.example.com"));
    }

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    /** A store whose only scan is of the page's bytes (as the scans file would hold it), offering {@code kept}. */
    private static ScanStore storeOffering(KeptScans kept, AtomicReference<Object> handedOn) {
        byte[] scan = ScanBytes.encodeScan(HtmlLinkScanner.scanPage(HTML, false));
        return ScanStore.of((path, sha) -> path.equals(PAGE) && sha.equals(SHA) ? Optional.of(scan) : Optional.empty(),
                (path, bytes) -> { }, () -> Optional.of(kept), handedOn::set);
    }

    private static SiteIndex reuse(SiteIndex index, ScanStore store, String sha) {
        VerifyingSink sink = new VerifyingSink(new NoSink(), index, store);
        sink.reuseFile(PAGE, new ReusedFile(sha, HTML.length, () -> HTML));
        sink.keepRecords();
        return index;
    }

    @Test
    void findsAPageOnlyForItsPathAndBytes() {
        KeptScans kept = new KeptScans("x", Map.of(PAGE, new KeptScans.Page(SHA, PLANTED)));
        assertThat(kept.findPage(PAGE, SHA)).contains(PLANTED);
        assertThat(kept.findPage(PAGE, "b".repeat(64))).isEmpty();
        assertThat(kept.findPage("index.html", SHA)).isEmpty();
    }

    @Test
    void aReusedPageTakesTheRecordKeptForTheSameBytesAndAddress() {
        MemoryTier.enable();
        SiteAddress site = address("https://docs.example.com/");
        AtomicReference<Object> handedOn = new AtomicReference<>();
        KeptScans kept = new KeptScans(site.describe(), Map.of(PAGE, new KeptScans.Page(SHA, PLANTED)));
        SiteIndex index = reuse(new SiteIndex(site, false), storeOffering(kept, handedOn), SHA);
        assertThat(index.findIds(PAGE)).hasValueSatisfying(ids -> assertThat(ids).containsExactly("planted"));
        assertThat(((KeptScans) handedOn.get()).findPage(PAGE, SHA)).contains(PLANTED);
    }

    @Test
    void otherBytesAnotherAddressOrProbingExternalsRecordTheScanItself() {
        MemoryTier.enable();
        SiteAddress site = address("https://docs.example.com/");
        KeptScans kept = new KeptScans(site.describe(), Map.of(PAGE, new KeptScans.Page(SHA, PLANTED)));
        KeptScans elsewhere = new KeptScans(address("https://docs.example.com/v2/").describe(),
                Map.of(PAGE, new KeptScans.Page(SHA, PLANTED)));
        AtomicReference<Object> handedOn = new AtomicReference<>();
        SiteIndex edited = reuse(new SiteIndex(site, false), storeOffering(kept, handedOn), "b".repeat(64));
        SiteIndex moved = reuse(new SiteIndex(site, false), storeOffering(elsewhere, handedOn), SHA);
        SiteIndex probing = reuse(new SiteIndex(site, true), storeOffering(kept, new AtomicReference<>()), SHA);
        for (SiteIndex index : List.of(edited, moved, probing)) {
            assertThat(index.findIds(PAGE)).hasValueSatisfying(ids -> assertThat(ids).containsExactly("real"));
            assertThat(index.listPendingLinks(PAGE)).extracting(PendingLink::path).containsExactly("other/");
        }
        // what the last unprobed build hands on is the page as it recorded it now, under its own address
        KeptScans next = (KeptScans) handedOn.get();
        assertThat(next.address()).isEqualTo(site.describe());
        assertThat(next.findPage(PAGE, SHA).orElseThrow().ids()).containsExactly("real");
    }

    @Test
    void nothingIsKeptOrTakenWithoutTheMemoryTier() {
        SiteAddress site = address("https://docs.example.com/");
        KeptScans kept = new KeptScans(site.describe(), Map.of(PAGE, new KeptScans.Page(SHA, PLANTED)));
        AtomicReference<Object> handedOn = new AtomicReference<>();
        SiteIndex index = reuse(new SiteIndex(site, false), storeOffering(kept, handedOn), SHA);
        assertThat(index.findIds(PAGE)).hasValueSatisfying(ids -> assertThat(ids).containsExactly("real"));
        assertThat(handedOn.get()).isNull();
    }

    private static final class NoSink implements SiteSink {
        @Override
        public void writeFile(String path, byte[] content) {
        }

        @Override
        public void copyFile(String path, Path source) {
        }

        @Override
        public void reuseFile(String path, ReusedFile file) {
        }
    }
}
