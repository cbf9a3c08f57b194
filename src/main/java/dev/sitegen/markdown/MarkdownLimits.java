package dev.sitegen.markdown;

import java.util.Optional;

/**
 * The bounds a doc must keep to be rendered as markdown. Docs come from pull requests, and flexmark
 * recurses once per nesting level (lists, quotes, admonitions, emphasis), runs regexes that recurse once
 * per character of a line, copies the rest of a paragraph for every entity, code span, link or HTML
 * tag in it (quadratic), and spends microseconds on every line, block and inline marker, as do the
 * passes after it (ids, table of contents, sanitizing, link checks). Within these bounds a doc adds at
 * most about 2 s to a build. A doc past a bound is shown as escaped plain text, with a diagnostic. One
 * linear scan ({@link DocScan}) judges almost every doc; only a doc whose scan cannot rule out deep
 * nesting (more than {@link #MAX_DEPTH} closing delimiters, container columns or MDX openings) is
 * parsed (on a deep stack) to measure it, so the loader, which reports, and the renderer, which falls
 * back, give the same answer.
 */
public final class MarkdownLimits {

    /** Longest doc, in characters (the loader refuses files over 4 MiB before reading them). */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Longest line; the longest in the real monorepo is under 1,000 characters. */
    public static final int MAX_LINE_CHARS = 20_000;
    /**
     * Widest run of indentation, quote and list markers starting a line (each nesting level takes at
     * least a column of it); the widest in the real monorepo is 36. Past it a doc is not even parsed:
     * flexmark's work on a line grows with the containers open on it.
     */
    public static final int MAX_PREFIX_COLUMNS = 256;
    /**
     * Block parsing work: the sum over lines of the prefix width squared (about a quarter second at
     * this limit); the real monorepo's docs stay under 12,000.
     */
    public static final long MAX_CONTAINER_WORK = 2_000_000L;
    /** Deepest nesting of the parsed doc, in tree levels; real docs stay under 30. */
    public static final int MAX_DEPTH = 128;
    /**
     * Inline parsing work: each inline context's length times its entities, code spans, links and
     * tags, summed (about a second at 10^8); real docs stay under 10^5.
     */
    public static final long MAX_INLINE_WORK = 50_000_000L;
    /**
     * Lines. flexmark builds a node or two for every line of a paragraph (text, soft break) and the later
     * passes walk them: 2,000,000 one-letter lines took 16 s, in a code block 4 s. Real docs stay under 700.
     */
    public static final int MAX_LINES = 50_000;
    /**
     * Lines that may start a block or table row ({@link DocScan} over-counts them). flexmark and every
     * later pass (ids, table of contents, rendering, sanitizing, link checks) cost about 25 microseconds
     * per block, so 200,000 one-line headings took 5 s; the real monorepo's docs stay under 600.
     */
    public static final int MAX_BLOCKS = 20_000;
    /**
     * Inline markers: {@code * _ ~ [ ] & < `} and {@code (}. flexmark's inline parser costs a few
     * microseconds per delimiter (an emphasis flood cost 1.6 s per MB), and a paragraph with more than
     * {@link #MAX_DEPTH} closing delimiters is parsed twice (once to measure its depth); the real docs
     * stay under 2,000.
     */
    public static final int MAX_INLINE_MARKERS = 200_000;

    /** Why a doc stays plain text, and the 1-based line that shows it. */
    public record Problem(int line, String message) {
    }

    private static final class DefaultRenderer {
        static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
    }

    private MarkdownLimits() {
    }

    /** The first bound {@code markdown} breaks, if any. */
    public static Optional<Problem> findProblem(String markdown) {
        // judged on what the renderer parses: MDX imports blanked
        String source = SourcePrepass.blankLines(markdown, java.util.List.of());
        DocScan scan = DocScan.scanDoc(source);
        Optional<Problem> problem = findScanProblem(scan);
        if (problem.isPresent() || scan.depthBound() <= MAX_DEPTH) {
            return problem;
        }
        return DefaultRenderer.INSTANCE.measureDepth(source);
    }

    /** The bounds a scan alone decides: size, line length, line prefixes and parsing work. */
    static Optional<Problem> findScanProblem(DocScan scan) {
        if (scan.chars() > MAX_CHARS) {
            return Optional.of(new Problem(1, "the doc has " + scan.chars() + " characters; the limit is " + MAX_CHARS));
        }
        if (scan.longestLine() > MAX_LINE_CHARS) {
            return Optional.of(new Problem(scan.longestLineNumber(), "line " + scan.longestLineNumber() + " is "
                    + scan.longestLine() + " characters long; the limit is " + MAX_LINE_CHARS));
        }
        if (scan.widestPrefix() > MAX_PREFIX_COLUMNS) {
            return Optional.of(new Problem(scan.widestPrefixLine(), "line " + scan.widestPrefixLine() + " starts with "
                    + scan.widestPrefix() + " columns of indentation, quote and list markers; the limit is "
                    + MAX_PREFIX_COLUMNS));
        }
        if (scan.containerWork() > MAX_CONTAINER_WORK) {
            return Optional.of(new Problem(scan.widestPrefixLine(), "too many lines start with deep indentation, "
                    + "quote or list markers (" + scan.containerWork() + " units of parsing work; the limit is "
                    + MAX_CONTAINER_WORK + "), the widest at line " + scan.widestPrefixLine()));
        }
        if (scan.lines() > MAX_LINES) {
            return Optional.of(new Problem(MAX_LINES + 1, "the doc has " + scan.lines() + " lines; the limit is "
                    + MAX_LINES));
        }
        if (scan.blocks() > MAX_BLOCKS) {
            return Optional.of(new Problem(scan.blocksPastLine(), "the doc has " + scan.blocks() + " headings, "
                    + "paragraphs, list items, table rows and other blocks; the limit is " + MAX_BLOCKS
                    + ", passed at line " + scan.blocksPastLine()));
        }
        if (scan.markers() > MAX_INLINE_MARKERS) {
            return Optional.of(new Problem(scan.markersPastLine(), "the doc has " + scan.markers()
                    + " emphasis, link, code, entity and HTML markers; the limit is " + MAX_INLINE_MARKERS
                    + ", passed at line " + scan.markersPastLine()));
        }
        if (scan.inlineWork() > MAX_INLINE_WORK) {
            return Optional.of(new Problem(scan.heaviestLine(), "the paragraph at line " + scan.heaviestLine()
                    + " is too long for its number of links, code spans, entities and HTML tags ("
                    + scan.inlineWork() + " units of parsing work for the doc; the limit is " + MAX_INLINE_WORK
                    + "); split it with blank lines"));
        }
        return Optional.empty();
    }

    static Problem tooDeep(int depth, int line) {
        return new Problem(line, "the markdown nests " + depth + " levels deep at line " + line
                + " (lists, quotes, admonitions, details or emphasis inside each other); the limit is " + MAX_DEPTH);
    }
}
