package dev.sitegen.verify;

import dev.sitegen.render.ReusedFile;
import dev.sitegen.render.SiteSink;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Passes every file on to the real sink and, on the way, records it in the {@link SiteIndex}:
 * HTML pages and XML files (feeds, sitemap) are scanned for anchors and links, other files only
 * noted as present. Scanning runs on the writing worker's thread, so it is spread like rendering.
 * Each page's scan goes to the {@link ScanStore}, and a page re-used from the previous output gets the
 * scan kept for its bytes instead of being read and scanned again.
 */
final class VerifyingSink implements SiteSink {

    private final SiteSink target;
    private final SiteIndex index;
    private final ScanStore scans;

    VerifyingSink(SiteSink target, SiteIndex index, ScanStore scans) {
        this.target = target;
        this.index = index;
        this.scans = scans;
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
        Optional<byte[]> kept = scans.findScan(path, file.sha256());
        Optional<HtmlLinkScanner.Scan> scan = kept.flatMap(ScanBytes::decodeScan);
        if (scan.isPresent()) {
            index.recordScan(path, scan.get());
            scans.keepScan(path, kept.get());
        } else {
            HtmlLinkScanner.Scan fresh = index.scanPage(path, file.content().get());
            index.recordScan(path, fresh);
            scans.keepScan(path, ScanBytes.encodeScan(fresh));
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
