package dev.sitegen.verify;

import dev.sitegen.model.UrlPaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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

    /** The problems of the links on {@code page} whose path is one of {@code paths} ({@link #listPathsTo}). */
    static List<PageProblem> resolveLinksTo(SiteIndex index, String page, Set<String> paths) {
        List<PageProblem> out = new ArrayList<>();
        for (PendingLink link : index.listPendingLinks(page)) {
            if (paths.contains(link.path())) {
                resolveLink(index, page, link).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Every link path that {@link #resolveLinks} resolves to one of {@code files}: the file, and for a
     * folder's {@code index.html} the folder with and without its slash.
     */
    static Set<String> listPathsTo(Collection<String> files) {
        Set<String> out = new HashSet<>();
        for (String file : files) {
            out.add(file);
            if (file.equals("index.html")) {
                out.add("");
            } else if (file.endsWith("/index.html")) {
                String folder = file.substring(0, file.length() - "index.html".length());
                out.add(folder);
                out.add(folder.substring(0, folder.length() - 1));
            }
        }
        return out;
    }

    /** The file of the site {@code link} leads to, if it is one. */
    static Optional<String> findTargetFile(SiteIndex index, PendingLink link) {
        String file = UrlPaths.resolveIndexFile(link.path());
        if (index.hasFile(file)) {
            return Optional.of(file);
        }
        String folderIndex = link.path() + "/index.html";
        return link.path().endsWith("/") || !index.hasFile(folderIndex) ? Optional.empty() : Optional.of(folderIndex);
    }

    private static Optional<PageProblem> resolveLink(SiteIndex index, String page, PendingLink link) {
        Optional<String> found = findTargetFile(index, link);
        if (found.isEmpty()) {
            return Optional.of(PageProblem.of(page, link.href(), PageProblem.Kind.MISSING_FILE, link.path()));
        }
        String target = found.get();
        String file = target;
        return index.findIds(file)
                .flatMap(ids -> SiteIndex.findMissingAnchor(ids, link.fragment()))
                .map(note -> new PageProblem(page, link.href(), PageProblem.Kind.MISSING_ANCHOR, target,
                        link.fragment(), note));
    }
}
