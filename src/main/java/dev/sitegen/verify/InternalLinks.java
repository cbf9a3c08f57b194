package dev.sitegen.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The problems of the links on {@code pages} only. */
    static List<PageProblem> resolveLinks(SiteIndex index, Collection<String> pages) {
        List<PageProblem> out = new ArrayList<>();
        for (String page : pages) {
            for (PendingLink link : index.listPendingLinks(page)) {
                resolveLink(index, page, link).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether a link of {@code page} leads to one of {@code files}, whose anchors may have changed. */
    static boolean linksToAny(SiteIndex index, String page, Set<String> files) {
        for (PendingLink link : index.listPendingLinks(page)) {
            String file = SiteIndex.fileOf(link.path());
            if (files.contains(file) || files.contains(link.path() + "/index.html")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<PageProblem> resolveLink(SiteIndex index, String page, PendingLink link) {
        String file = SiteIndex.fileOf(link.path());
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
