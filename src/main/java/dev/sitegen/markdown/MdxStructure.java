package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The structural post-pass over a parsed doc: pairs the MDX markers into {@link MdxBlock}s,
 * unwraps component wrappers, expands or drops standalone components, and removes HTML comments
 * and front matter, and scrubs MDX out of raw HTML blocks. One walk collects, then the changes run in document order so inner pairs
 * wrap before the pairs around them. Unclosed openings run to the end of their container.
 */
final class MdxStructure {

    /** An opening or closing marker: a marker block, or an inline environment comment. */
    private record Mark(Node node, MdxLine.Kind kind, String name, int colons, int order) {
    }

    private final Function<String, Optional<Node>> snippets;
    private final Map<String, Deque<Mark>> open = new HashMap<>();

    private MdxStructure(Function<String, Optional<Node>> snippets) {
        this.snippets = snippets;
    }

    /**
     * Restructures {@code root} in place.
     *
     * @param snippets the parsed, restructured content for a component name, when it has one
     */
    static void buildStructure(Node root, Function<String, Optional<Node>> snippets) {
        List<Mark> marks = new ArrayList<>();
        List<Node> removals = new ArrayList<>();
        List<HtmlBlock> scrubs = new ArrayList<>();
        collectMarks(root, marks, removals, scrubs);
        removals.forEach(Node::unlink);
        scrubs.forEach(RawHtmlScrub::scrubBlock);
        MdxStructure structure = new MdxStructure(snippets);
        marks.forEach(structure::applyMark);
        structure.closeUnclosed();
    }

    private static void collectMarks(Node root, List<Mark> marks, List<Node> removals, List<HtmlBlock> scrubs) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof MdxMarker m) {
                marks.add(new Mark(m, m.kind(), m.name(), m.colons(), marks.size()));
                continue;
            }
            if (n instanceof HtmlInlineComment c) {
                readEnvComment(c, marks.size()).ifPresentOrElse(marks::add, () -> removals.add(c));
            } else if (n instanceof HtmlCommentBlock || n instanceof YamlFrontMatterBlock
                    || n instanceof HtmlInline h && isComponentTag(h)) {
                removals.add(n);
            } else if (n instanceof HtmlBlock h && RawHtmlScrub.needsScrub(h)) {
                scrubs.add(h);
            }
            pushChildren(n, stack);
        }
    }

    /** Pushes children last-first so they pop in document order. */
    private static void pushChildren(Node n, Deque<Node> stack) {
        for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
            stack.push(c);
        }
    }

    private static Optional<Mark> readEnvComment(HtmlInlineComment c, int order) {
        return MdxLine.classifyLine(c.getChars(), 0)
                .filter(l -> l.kind() == MdxLine.Kind.ENV_OPEN || l.kind() == MdxLine.Kind.ENV_CLOSE)
                .map(l -> new Mark(c, l.kind(), l.name(), 0, order));
    }

    /** {@code <Name ...>}, {@code </Name>} or {@code <Name />}: MDX components, never HTML. */
    private static boolean isComponentTag(HtmlInline h) {
        CharSequence s = h.getChars();
        int i = s.length() > 1 && s.charAt(1) == '/' ? 2 : 1;
        return i < s.length() && Character.isUpperCase(s.charAt(i));
    }

    private void applyMark(Mark mark) {
        switch (mark.kind()) {
            case ADMONITION_OPEN, DETAILS_OPEN, SUMMARY_OPEN, TABS_OPEN, TAB_OPEN, ENV_OPEN ->
                    open.computeIfAbsent(familyOf(mark), k -> new ArrayDeque<>()).push(mark);
            case ADMONITION_CLOSE, DETAILS_CLOSE, SUMMARY_CLOSE, TABS_CLOSE, TAB_CLOSE, ENV_CLOSE -> closeMark(mark);
            case SUMMARY -> replaceWithSummary(mark.node());
            case COMPONENT -> expandComponent(mark);
            case UNWRAP -> mark.node().unlink();
        }
    }

    private void closeMark(Mark close) {
        Deque<Mark> stack = open.getOrDefault(familyOf(close), new ArrayDeque<>());
        Mark opening = stack.peek();
        // a shorter fence cannot close a longer one (::: inside ::::); it just goes
        if (opening == null || opening.colons() > close.colons()) {
            close.node().unlink();
            return;
        }
        stack.pop();
        wrapPair(opening, Optional.of(close.node()));
    }

    private void closeUnclosed() {
        List<Mark> unclosed = new ArrayList<>();
        open.values().forEach(unclosed::addAll);
        // innermost first: later openings wrap before the ones around them
        unclosed.sort((a, b) -> Integer.compare(b.order(), a.order()));
        unclosed.forEach(m -> wrapPair(m, Optional.empty()));
    }

    private static String familyOf(Mark mark) {
        return switch (mark.kind()) {
            case ADMONITION_OPEN, ADMONITION_CLOSE -> "admonition";
            case DETAILS_OPEN, DETAILS_CLOSE -> "details";
            case SUMMARY_OPEN, SUMMARY_CLOSE -> "summary";
            case TABS_OPEN, TABS_CLOSE -> "tabs";
            case TAB_OPEN, TAB_CLOSE -> "tab";
            default -> "env:" + mark.name();
        };
    }

    private void wrapPair(Mark opening, Optional<Node> close) {
        MdxBlock block = createBlock(opening);
        if (opening.kind() == MdxLine.Kind.ENV_OPEN) {
            wrapSpanning(opening.node(), close, block);
        } else {
            wrapScoped(opening.node(), close, block);
        }
        opening.node().unlink();
        close.ifPresent(Node::unlink);
        if (opening.kind() == MdxLine.Kind.DETAILS_OPEN && opening.node().hasChildren()) {
            MdxBlock summary = new MdxBlock(MdxBlock.Kind.SUMMARY, "", Optional.empty());
            summary.takeChildren(opening.node());
            block.prependChild(summary);
        }
    }

    private static MdxBlock createBlock(Mark opening) {
        Node marker = opening.node();
        return switch (opening.kind()) {
            case ADMONITION_OPEN -> new MdxBlock(MdxBlock.Kind.ADMONITION, opening.name(),
                    marker.hasChildren() ? Optional.of(marker) : Optional.empty());
            case DETAILS_OPEN -> new MdxBlock(MdxBlock.Kind.DETAILS, opening.name(), Optional.empty());
            case SUMMARY_OPEN -> new MdxBlock(MdxBlock.Kind.SUMMARY, "", Optional.empty());
            case TABS_OPEN -> new MdxBlock(MdxBlock.Kind.TABS, "", Optional.empty());
            case TAB_OPEN -> new MdxBlock(MdxBlock.Kind.TAB, opening.name(), Optional.empty());
            default -> new MdxBlock(MdxBlock.Kind.ENV, opening.name(), Optional.empty());
        };
    }

    /**
     * Docusaurus semantics: the block lives in the container of its opening line; a closing line
     * outside that container cannot reach in, so the block then ends with the container.
     */
    private static void wrapScoped(Node opening, Optional<Node> close, MdxBlock block) {
        Node parent = opening.getParent();
        Optional<Node> last = close.flatMap(c -> TreeRanges.findChildUnder(parent, c));
        // stopping at the closing line, or after the block holding it; empty runs to the end
        Optional<Node> stop = last.flatMap(l -> close.get() == l ? Optional.of(l) : Optional.ofNullable(l.getNext()));
        TreeRanges.moveRange(opening, Optional.ofNullable(opening.getNext()), stop, block);
    }

    /**
     * Environment comments are text-level markers that ignore markdown structure, so the section
     * spans from the block holding the opening comment to the block holding the closing one.
     */
    private static void wrapSpanning(Node opening, Optional<Node> close, MdxBlock block) {
        Node container = close.map(c -> TreeRanges.findCommonContainer(opening, c))
                .orElseGet(() -> TreeRanges.findBlockContainer(opening.getParent()));
        Node first = TreeRanges.findChildUnder(container, opening).orElseThrow();
        Optional<Node> start = first == opening ? Optional.ofNullable(opening.getNext()) : Optional.of(first);
        Optional<Node> stop = close.flatMap(c -> TreeRanges.findChildUnder(container, c))
                .flatMap(last -> close.get() == last ? Optional.of(last) : Optional.ofNullable(last.getNext()));
        TreeRanges.moveRange(first, start, stop, block);
    }

    private static void replaceWithSummary(Node marker) {
        MdxBlock summary = new MdxBlock(MdxBlock.Kind.SUMMARY, "", Optional.empty());
        summary.takeChildren(marker);
        marker.insertBefore(summary);
        marker.unlink();
    }

    private void expandComponent(Mark mark) {
        Optional<Node> snippet = snippets.apply(mark.name());
        snippet.ifPresent(doc -> {
            for (Node n = doc.getFirstChild(); n != null; ) {
                Node next = n.getNext();
                mark.node().insertBefore(n);
                n = next;
            }
        });
        mark.node().unlink();
    }
}
