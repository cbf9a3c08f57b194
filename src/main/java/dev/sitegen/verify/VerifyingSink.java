package dev.sitegen.verify;

import dev.sitegen.render.ReusedFile;
import dev.sitegen.codec.MemoryTier;
import dev.sitegen.render.SiteSink;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passes every file on to the real sink and, on the way, records it in the {@link SiteIndex}:
 * HTML pages and XML files (feeds, sitemap) are scanned for anchors and links, other files only
 * noted as present. Scanning runs on the writing worker's thread, so it is spread like rendering.
 * Each page's scan goes to the {@link ScanStore}, and a page re-used from the previous output gets the
 * scan kept for its bytes instead of being read and scanned again; in a long-lived process ({@link KeptScans}) what
 * the previous build recorded of it, when it was recorded from the same bytes for the same site address.
 */
final class VerifyingSink implements SiteSink {

    private final SiteSink target;
    private final SiteIndex index;
    private final ScanStore scans;
    /** The address kept records are keyed by; empty when nothing is kept (no memory tier, or probing externals). */
    private final Optional<String> keptAddress;
    private final Optional<KeptScans> kept;
    private final Map<String, KeptScans.Page> next = new ConcurrentHashMap<>();

    VerifyingSink(SiteSink target, SiteIndex index, ScanStore scans) {
        this.target = target;
        this.index = index;
        this.scans = scans;
        this.keptAddress = MemoryTier.isEnabled() ? index.describeKeptAddress() : Optional.empty();
        this.kept = keptAddress.flatMap(address -> scans.findKeptRecords()
                .filter(KeptScans.class::isInstance).map(KeptScans.class::cast)
                .filter(k -> k.address().equals(address)));
    }

    /** Hands what this build recorded of its re-used pages to the store, for the next build of this process. */
    void keepRecords() {
        keptAddress.ifPresent(address -> scans.keepRecords(new KeptScans(address, next)));
    }

    @Override
    public void writeFile(String path, byte[] content) {
        target.writeFile(path, content);
        if (isPage(path)) {
            HtmlLinkScanner.Scan scan = index.scanPage(path, content);
            index.recordScan(path, scan);
            scans.keepScan(path, ScanBytes.encodeScan(scan));
        } else {
            index.recordFile(path);
        }
    }

    /** A re-used page's scan is the one kept for its bytes, when there is one: the page is then not read. */
    @Override
    public void reuseFile(String path, ReusedFile file) {
        target.reuseFile(path, file);
        if (!isPage(path)) {
            index.recordFile(path);
            return;
        }
        Optional<byte[]> stored = scans.findScan(path, file.sha256());
        Optional<SiteIndex.Recorded> recorded = stored.isEmpty() ? Optional.empty()
                : kept.flatMap(k -> k.findPage(path, file.sha256()));
        if (recorded.isPresent()) {
            index.recordKept(path, recorded.get());
            scans.keepScan(path, stored.get());
            rememberPage(path, file.sha256(), recorded.get());
            return;
        }
        Optional<HtmlLinkScanner.Scan> scan = stored.flatMap(ScanBytes::decodeScan);
        if (scan.isPresent()) {
            rememberPage(path, file.sha256(), index.recordScan(path, scan.get()));
            scans.keepScan(path, stored.get());
        } else {
            HtmlLinkScanner.Scan fresh = index.scanPage(path, file.content().get());
            rememberPage(path, file.sha256(), index.recordScan(path, fresh));
            scans.keepScan(path, ScanBytes.encodeScan(fresh));
        }
    }

    private void rememberPage(String path, String sha256, SiteIndex.Recorded recorded) {
        if (keptAddress.isPresent()) {
            next.put(path, new KeptScans.Page(sha256, recorded));
        }
    }

    /** Search entries are not passed on (the render cache's sink, outside this one, keeps them). */
    @Override
    public boolean keepsSearchSections() {
        return false;
    }

    private static boolean isPage(String path) {
        return path.endsWith(".html") || path.endsWith(".xml");
    }

    @Override
    public void copyFile(String path, Path source) {
        target.copyFile(path, source);
        index.recordFile(path);
    }
}
