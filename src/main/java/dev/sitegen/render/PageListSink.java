package dev.sitegen.render;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;

/** Passes files on and remembers which HTML pages were written, for the sitemap and the page count. */
final class PageListSink implements SiteSink {

    private final SiteSink target;
    private final ConcurrentSkipListSet<String> htmlPages = new ConcurrentSkipListSet<>();

    PageListSink(SiteSink target) {
        this.target = target;
    }

    @Override
    public void writeFile(String path, byte[] content) {
        if (path.endsWith(".html")) {
            htmlPages.add(path);
        }
        target.writeFile(path, content);
    }

    @Override
    public void reuseFile(String path, ReusedFile file) {
        if (path.endsWith(".html")) {
            htmlPages.add(path);
        }
        target.reuseFile(path, file);
    }

    @Override
    public void copyFile(String path, Path source) {
        target.copyFile(path, source);
    }

    /** Every HTML page written so far, sorted. */
    List<String> listHtmlPages() {
        return List.copyOf(htmlPages);
    }

    int htmlCount() {
        return htmlPages.size();
    }
}
