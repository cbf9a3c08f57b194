package dev.sitegen.verify;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.render.LinkSources;
import dev.sitegen.render.SiteSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Link verification of one build ({@code broken-link}): wrap the site's sink before rendering, so
 * each page is scanned as it is written, then {@link #verifySite()} after rendering, before the
 * output is published, so a site with broken links never replaces a good one. Every internal
 * {@code href} and {@code src} must lead to a file of the site and every fragment to an anchor of
 * its target; findings point at the markdown line that wrote the link, or the template. Internal
 * broken links are errors, malformed external URLs warnings, docs-site links outside the
 * generated pages info; {@code rules: {broken-link: LEVEL}} in site.yaml caps them all at LEVEL.
 */
public final class SiteVerifier {

    static final Comparator<PageProblem> PROBLEM_ORDER = Comparator.comparing(PageProblem::page)
            .thenComparing(PageProblem::href).thenComparing(PageProblem::kind);

    private final VerifyOptions options;
    private final SiteIndex index;
    /** A preview's link problems by page as last resolved, so a page linking to a rewritten one resolves only those links. */
    private final Map<String, List<PageProblem>> linkProblems = new ConcurrentHashMap<>();
    private final List<VerifyingSink> wrapped = new java.util.concurrent.CopyOnWriteArrayList<>();

    public SiteVerifier(VerifyOptions options) {
        this.options = options;
        LinkSources s = options.sources();
        this.index = new SiteIndex(SiteAddress.of(s),
                options.external().isPresent());
    }

    /** A sink that writes to {@code target} and records every file for verification; thread-safe. */
    public SiteSink wrap(SiteSink target) {
        return wrap(target, ScanStore.none());
    }

    /**
     * As {@link #wrap(SiteSink)}, keeping every page's scan in {@code scans} and taking a re-used page's
     * scan from there when it was kept for the same bytes.
     */
    public SiteSink wrap(SiteSink target, ScanStore scans) {
        VerifyingSink sink = new VerifyingSink(target, index, scans);
        wrapped.add(sink);
        return sink;
    }

    /** Verifies what was written through {@link #wrap}: the findings, in report order. */
    public List<Diagnostic> verifySite() {
        // every page is written: what was recorded of re-used pages goes to the scan store for the next build
        wrapped.forEach(VerifyingSink::keepRecords);
        List<PageProblem> problems = new ArrayList<>(index.listProblems());
        problems.addAll(InternalLinks.resolveLinks(index));
        problems.sort(PROBLEM_ORDER);
        SourceBlame blame = new SourceBlame(options.sources(), options.catalog(), index.listTopFolders());
        List<Finding> findings = new ArrayList<>();
        problems.forEach(p -> findings.addAll(blame.blameProblem(p)));
        List<Diagnostic> found = options.external()
                .map(check -> new ExternalLinks(check).settleFindings(findings, index.listExternalLinks(), blame))
                .orElseGet(() -> findings.stream().map(Finding::diagnostic).toList());
        return applySeverity(found);
    }

    /**
     * Verifies the links of every page written so far, by page (a preview's first build); no
     * external probing. {@link #verifyPages} updates the result after pages are written again.
     */
    public SortedMap<String, List<Diagnostic>> verifyAllPages(Catalog catalog) {
        Set<String> pages = new TreeSet<>(index.listLinkingPages());
        index.listProblems().forEach(p -> pages.add(p.page()));
        linkProblems.clear();
        pages.forEach(page -> linkProblems.put(page, List.of()));
        InternalLinks.resolveLinks(index, pages).forEach(p -> linkProblems.merge(p.page(), List.of(p), SiteVerifier::concat));
        return verifyByPage(catalog, pages);
    }

    /**
     * Verifies again, after {@code written} were written again through {@link #wrap} (a preview's
     * rebuild), the links that may have changed: those on the written pages and those of any page
     * leading to a written file (its anchors may be gone; only those links of it are resolved again when
     * {@link #verifyAllPages} or an earlier call resolved the others). Every page re-verified has an entry,
     * empty when its links are all good now; {@code catalog} is the one the pages were rendered from.
     */
    public SortedMap<String, List<Diagnostic>> verifyPages(Catalog catalog, Collection<String> written) {
        Set<String> targets = InternalLinks.listPathsTo(written);
        Set<String> pages = new TreeSet<>(written);
        for (String page : written) {
            linkProblems.put(page, InternalLinks.resolveLinks(index, List.of(page)));
        }
        for (String page : index.listPagesLinkingTo(targets)) {
            if (!pages.add(page)) {
                continue;
            }
            List<PageProblem> before = linkProblems.get(page);
            if (before == null) {
                linkProblems.put(page, InternalLinks.resolveLinks(index, List.of(page)));
                continue;
            }
            // its other links lead to files this rebuild did not write: what they resolved to stands
            Map<String, String> pathByHref = new HashMap<>();
            index.listPendingLinks(page).forEach(link -> pathByHref.put(link.href(), link.path()));
            List<PageProblem> kept = new ArrayList<>(before);
            kept.removeIf(p -> targets.contains(pathByHref.get(p.href())));
            kept.addAll(InternalLinks.resolveLinksTo(index, page, targets));
            linkProblems.put(page, List.copyOf(kept));
        }
        return verifyByPage(catalog, pages);
    }

    private SortedMap<String, List<Diagnostic>> verifyByPage(Catalog catalog, Set<String> pages) {
        List<PageProblem> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(index.listProblems(page)));
        pages.forEach(page -> problems.addAll(linkProblems.getOrDefault(page, List.of())));
        problems.sort(PROBLEM_ORDER);
        SortedMap<String, List<Diagnostic>> out = new TreeMap<>();
        pages.forEach(page -> out.put(page, List.of()));
        if (problems.isEmpty()) {
            // a preview's rebuild of a page with good links: no blame to set up (it lists every site file)
            return out;
        }
        SourceBlame blame = new SourceBlame(options.sources(), catalog, index.listTopFolders());
        for (PageProblem p : problems) {
            List<Diagnostic> found = blame.blameProblem(p).stream().map(Finding::diagnostic).toList();
            List<Diagnostic> merged = new ArrayList<>(out.get(p.page()));
            merged.addAll(applySeverity(found));
            out.put(p.page(), List.copyOf(merged));
        }
        return out;
    }

    private static List<PageProblem> concat(List<PageProblem> a, List<PageProblem> b) {
        List<PageProblem> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Time the writing threads spent scanning pages so far, summed (for build timings). */
    public long scanNanos() {
        return index.scanNanos();
    }

    /** The configured severity is a ceiling: {@code warning} turns errors into warnings, keeps infos. */
    private List<Diagnostic> applySeverity(List<Diagnostic> found) {
        return capSeverity(options.config(), found);
    }

    /** {@link #applySeverity} for any run that reports {@code broken-link} (the check's too). */
    static List<Diagnostic> capSeverity(SiteConfig config, List<Diagnostic> found) {
        Severity cap = config.ruleSeverities().getOrDefault(SourceBlame.RULE, Severity.ERROR);
        return found.stream()
                .map(d -> d.severity().ordinal() < cap.ordinal() ? d.withSeverity(cap) : d)
                .filter(d -> d.severity() != Severity.OFF)
                .sorted(Diagnostic.REPORT_ORDER)
                .distinct()
                .toList();
    }
}
