package dev.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;

/** How deep a parsed doc nests, measured without recursion (the point is to decide whether recursion is safe). */
record TreeDepth(int depth, int line) {

    static TreeDepth measureDepth(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        Node deepest = root;
        int max = 0;
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            if (d > max) {
                max = d;
                deepest = n;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(d + 1);
            }
        }
        return new TreeDepth(max, lineOf(deepest));
    }

    private static int lineOf(Node n) {
        try {
            return n.getChars().isNull() ? 1 : n.getStartLineNumber() + 1;
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
