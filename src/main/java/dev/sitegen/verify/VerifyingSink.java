package dev.sitegen.verify;

import dev.sitegen.render.ReusedFile;
import dev.sitegen.render.SiteSink;
import java.nio.file.Path;

/**
 * Passes every file on to the real sink and, on the way, records it in the {@link SiteIndex}:
 * HTML pages and XML files (feeds, sitemap) are scanned for anchors and links, other files only
 * noted as present. Scanning runs on the writing worker's thread, so it is spread like rendering.
 */
final class VerifyingSink implements SiteSink {

    private final SiteSink target;
    private final SiteIndex index;

    VerifyingSink(SiteSink target, SiteIndex index) {
        this.target = target;
        this.index = index;
    }

    @Override
    public void writeFile(String path, byte[] content) {
        target.writeFile(path, content);
        recordContent(path, content);
    }

    private void recordContent(String path, byte[] content) {
        if (path.endsWith(".html") || path.endsWith(".xml")) {
            index.recordPage(path, content);
        } else {
            index.recordFile(path);
        }
    }

    @Override
    public void reuseFile(String path, ReusedFile file) {
        target.reuseFile(path, file);
        recordContent(path, file.content().get());
    }

    @Override
    public void copyFile(String path, Path source) {
        target.copyFile(path, source);
        index.recordFile(path);
    }
}
