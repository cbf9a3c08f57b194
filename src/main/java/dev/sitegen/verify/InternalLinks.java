package dev.sitegen.verify;

import dev.sitegen.model.UrlPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the links between files once the whole site is written: the target must be a file of
 * the site (a folder means its {@code index.html}; a folder named without its trailing slash is
 * accepted, as servers redirect it), and a fragment must be an anchor of the target page.
 */
final class InternalLinks {

    private InternalLinks() {
    }

    static List<PageProblem> resolveLinks(SiteIndex index) {
        List<PageProblem> out = new ArrayList<>();
        for (Map.Entry<String, List<PendingLink>> e : index.listPendingLinks().entrySet()) {
            for (PendingLink link : e.getValue()) {
                resolveLink(index, e.getKey(), link).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<PageProblem> resolveLink(SiteIndex index, String page, PendingLink link) {
        String file = UrlPaths.resolveIndexFile(link.path());
        if (!index.hasFile(file)) {
            String folderIndex = link.path() + "/index.html";
            if (link.path().endsWith("/") || !index.hasFile(folderIndex)) {
                return Optional.of(PageProblem.of(page, link.href(), PageProblem.Kind.MISSING_FILE, link.path()));
            }
            file = folderIndex;
        }
        String target = file;
        return index.findIds(file)
                .flatMap(ids -> SiteIndex.findMissingAnchor(ids, link.fragment()))
                .map(note -> new PageProblem(page, link.href(), PageProblem.Kind.MISSING_ANCHOR, target,
                        link.fragment(), note));
    }
}
