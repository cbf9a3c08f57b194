package dev.sitegen.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Splits a page into its search entries: the doc's sanitized body (the same jsoup tree the sanitizer
 * built, so indexing parses nothing again) at its {@code h2} and {@code h3} headings, and a connector's
 * Reference section from its view (field names and titles, stream names: what readers search for, while the
 * descriptions would only repeat the doc).
 */
final class PageSections {

    /** Entry text kept for snippets, in code points. */
    static final int TEXT_LIMIT = 1000;
    private static final int TITLE_WEIGHT = 16;
    private static final int HEADING_WEIGHT = 8;
    private static final int BODY_CAP = 7;

    /** The page's URL, title and connector facts, shared by its entries, and its title's terms. */
    record Page(String url, String title, String type, String support, Set<String> titleTerms) {

        Page(String url, String title, String type, String support) {
            this(url, title, type, support, new TreeSet<>(SearchWords.normalize(title)));
        }
    }

    private PageSections() {
    }

    /** The page's URL relative to the site root for its URL path ({@code a/b} is {@code a/b/}). */
    static String urlOf(String urlPath) {
        return urlPath.isEmpty() ? "" : urlPath + "/";
    }

    /**
     * The intro (text before the first {@code h2}/{@code h3}, always an entry, so a title match has a first
     * section to lead to) and one entry per {@code h2}/{@code h3}; an {@code h3}'s text is not repeated in its
     * {@code h2}'s.
     */
    static List<SearchSection> splitDoc(Page page, Element body) {
        List<SearchSection> out = new ArrayList<>();
        String[] current = {"", ""};
        StringBuilder text = new StringBuilder();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("h2") || name.equals("h3")) {
                        out.add(createSection(page, current[0], current[1], text.toString()));
                        current[0] = e.id();
                        current[1] = collapse(e.text());
                        text.setLength(0);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("svg") || name.equals("script") || name.equals("style")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    // words of adjacent cells, items or paragraphs must not run together (a link's must)
                    if (!e.tag().isInline() || name.equals("br")) {
                        text.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && !e.tag().isInline()) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        out.add(createSection(page, current[0], current[1], text.toString()));
        return out;
    }

    /** A page without a doc still has its intro entry, so its title is found. */
    static SearchSection createIntro(Page page) {
        return createSection(page, "", "", "");
    }

    /** The Reference entry of one connector: its field names and titles, then its stream names. */
    static SearchSection createReference(Page page, String heading, SpecReferenceView reference) {
        List<String> words = new ArrayList<>();
        reference.fields().forEach(f -> addFieldWords(f, words));
        reference.options().forEach(o -> addOptionWords(o, words));
        List<String> streams = reference.streams().stream().map(SpecReferenceView.Stream::name).toList();
        String text = String.join(", ", words) + (streams.isEmpty() ? "" : ". Streams: " + String.join(", ", streams));
        return createSection(page, reference.id(), heading, text);
    }

    /** A connector's Breaking changes section: each version with its message and affected streams. */
    static SearchSection createBreakingChanges(Page page, String anchor, String heading, List<BreakingChangeView> changes) {
        StringBuilder text = new StringBuilder();
        for (BreakingChangeView b : changes) {
            text.append(b.version()).append(": ");
            b.messageTokens().forEach(t -> text.append(t.text()));
            if (!b.streams().isEmpty()) {
                text.append(" Affected streams: ").append(String.join(", ", b.streams())).append('.');
            }
            text.append(' ');
        }
        return createSection(page, anchor, heading, text.toString());
    }

    private static void addFieldWords(SpecFieldView field, List<String> words) {
        words.add(field.title().isEmpty() || field.title().equals(field.name()) ? field.name()
                : field.name() + " (" + field.title() + ")");
        field.properties().forEach(f -> addFieldWords(f, words));
        field.options().forEach(o -> addOptionWords(o, words));
        field.items().ifPresent(f -> addFieldWords(f, words));
    }

    private static void addOptionWords(SpecOptionView option, List<String> words) {
        if (!option.title().isEmpty()) {
            words.add(option.title());
        }
        option.fields().forEach(f -> addFieldWords(f, words));
    }

    /** Weights as the search format defines them: 16 in the title, 8 in the heading, 1 per body use up to 7. */
    static SearchSection createSection(Page page, String anchor, String heading, String rawText) {
        String text = collapse(rawText);
        TreeMap<String, Integer> weights = new TreeMap<>();
        for (String term : SearchWords.normalize(text)) {
            weights.merge(term, 1, (a, b) -> Math.min(BODY_CAP, a + b));
        }
        Set<String> headingTerms = new HashSet<>(SearchWords.normalize(heading));
        headingTerms.forEach(t -> weights.merge(t, HEADING_WEIGHT, Integer::sum));
        page.titleTerms().forEach(t -> weights.merge(t, TITLE_WEIGHT, Integer::sum));
        return new SearchSection(page.url(), anchor, page.title(), heading, truncate(text), page.type(),
                page.support(), SearchWeights.of(weights));
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String truncate(String text) {
        if (text.codePointCount(0, text.length()) <= TEXT_LIMIT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, TEXT_LIMIT));
    }
}
