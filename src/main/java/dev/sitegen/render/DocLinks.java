package dev.sitegen.render;

import dev.sitegen.markdown.DocLink;
import java.util.List;

/**
 * The links of one doc rendered into a page, with the doc's file (relative to the build root), so
 * a link broken on the page can be reported at the markdown line that wrote it.
 */
public record DocLinks(String docFile, List<DocLink> links) {

    public DocLinks {
        links = List.copyOf(links);
    }
}
