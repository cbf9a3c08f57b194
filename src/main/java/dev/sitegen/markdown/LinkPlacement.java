package dev.sitegen.markdown;

import dev.sitegen.model.UrlPaths;

/**
 * Whether a relative link of a doc climbs above the docs root, judged the way {@link SiteLinks}
 * resolves it: {@code .md} files and images from the doc's folder, other links from the doc's URL.
 * The renderer leaves such a link as written, and a page-relative reading of it can land anywhere,
 * so verification needs the renderer's own judgement to say what is wrong.
 */
final class LinkPlacement {

    private LinkPlacement() {
    }

    static boolean climbsAboveRoot(RenderRequest request, String url, boolean image) {
        if (!isRelative(url)) {
            return false;
        }
        String path = url.substring(0, UrlPaths.findSuffixStart(url));
        return UrlPaths.resolvePath(SiteLinks.baseFor(request, path, image), path).isEmpty();
    }

    /** Not empty, not a fragment or query, not from the root and without a URI scheme. */
    static boolean isRelative(String url) {
        if (url.isEmpty() || "#?/".indexOf(url.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return false;
            }
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
        }
        return true;
    }
}
