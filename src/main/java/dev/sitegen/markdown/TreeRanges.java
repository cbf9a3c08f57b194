package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Moves runs of sibling nodes into a new parent: how paired markers become containers. */
final class TreeRanges {

    private TreeRanges() {
    }

    /** The child of {@code ancestor} that is {@code node} or contains it, when there is one. */
    static Optional<Node> findChildUnder(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getParent() == ancestor) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The nearest ancestor-or-self of {@code node} that may hold any block. */
    static Node findBlockContainer(Node node) {
        Node n = node;
        while (n.getParent() != null && !isBlockContainer(n)) {
            n = n.getParent();
        }
        return n;
    }

    /** The nearest block container holding both nodes. */
    static Node findCommonContainer(Node a, Node b) {
        Set<Node> ancestors = new HashSet<>();
        for (Node n = a; n != null; n = n.getParent()) {
            ancestors.add(n);
        }
        Node common = b;
        while (common.getParent() != null && !ancestors.contains(common)) {
            common = common.getParent();
        }
        return findBlockContainer(common);
    }

    /**
     * Puts {@code container} just before {@code anchor} and moves into it the siblings from
     * {@code first} up to, not including, {@code stop} (empty: to the end of their parent).
     */
    static void moveRange(Node anchor, Optional<Node> first, Optional<Node> stop, Node container) {
        anchor.insertBefore(container);
        Node n = first.orElse(null);
        Node end = stop.orElse(null);
        while (n != null && n != end) {
            Node next = n.getNext();
            container.appendChild(n);
            n = next;
        }
    }

    private static boolean isBlockContainer(Node n) {
        return n instanceof Document || n instanceof ListItem || n instanceof BlockQuote || n instanceof MdxBlock;
    }
}
