package dev.sitegen.load;

import dev.sitegen.model.SourcePos;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves a spec file's local {@code $ref}s ({@code "#/definitions/..."}, JSON pointer escapes {@code ~0}
 * {@code ~1} and percent-encoding) against the file's own tree. A mapping with a {@code $ref} is the
 * target merged with the mapping's other keys (its own win), as the ecosystem's manifests use it; a chain
 * of refs is followed, and a ref back into the chain is a cycle. A pointer that finds nothing in a tree
 * read with parts skipped is tried once more against the full tree ({@code fullTree}).
 */
final class SpecRefs {

    /** Longest chain of refs followed for one value; a longer one is reported, not followed. */
    static final int MAX_HOPS = 32;

    /** A value with its refs followed ({@code chain}: the refs around it and those followed), or why one could not be. */
    record Resolved(YamlNode node, Optional<Problem> problem, List<String> chain) {
    }

    record Problem(SourcePos pos, String message, String hint) {
    }

    private YamlNode root;
    private Optional<Supplier<YamlNode>> fullTree;

    SpecRefs(YamlNode root, Optional<Supplier<YamlNode>> fullTree) {
        this.root = root;
        this.fullTree = fullTree;
    }

    /** {@code node} with its refs followed; {@code chain} holds the refs being expanded around it. */
    Resolved resolve(YamlNode node, List<String> chain) {
        YamlNode current = node;
        List<String> seen = new ArrayList<>(chain);
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            Optional<YamlNode.Entry> ref = current instanceof YamlNode.Mapping m ? m.findEntry("$ref") : Optional.empty();
            if (ref.isEmpty()) {
                return new Resolved(current, Optional.empty(), List.copyOf(seen));
            }
            YamlNode.Mapping mapping = (YamlNode.Mapping) current;
            if (!(ref.get().value() instanceof YamlNode.Scalar s) || s.kind() != YamlNode.ScalarKind.STRING) {
                return failed(mapping, seen, ref.get().keyPos(), "$ref is " + ref.get().value().kindName() + ", not a string",
                        "write the pointer as a string: \"#/definitions/...\"");
            }
            String pointer = s.text();
            if (seen.contains(pointer)) {
                return failed(mapping, seen, s.pos(), "$ref '" + pointer + "' refers back to itself through "
                        + String.join(" -> ", seen.subList(seen.indexOf(pointer), seen.size())) + " (a cycle)",
                        "point the $ref at a definition that does not contain it");
            }
            Optional<YamlNode> target = findTarget(pointer);
            if (target.isEmpty()) {
                return failed(mapping, seen, s.pos(), pointer.startsWith("#") ? "$ref '" + pointer + "' points to nothing in the file"
                        : "$ref '" + pointer + "' is not a pointer into this file; only local refs (#/...) are read",
                        "point it at a definition of this file, e.g. \"#/definitions/<name>\"");
            }
            seen.add(pointer);
            current = merge(target.get(), mapping);
        }
        return failed((YamlNode.Mapping) current, seen, current.pos(), "a chain of more than " + MAX_HOPS + " $refs",
                "point the $ref at the definition itself");
    }

    /** The value a pointer names, or empty; for stream lists that name streams by a plain pointer string. */
    Optional<YamlNode> findTarget(String pointer) {
        if (!pointer.startsWith("#")) {
            return Optional.empty();
        }
        Optional<YamlNode> found = walk(root, pointer);
        if (found.isEmpty() && fullTree.isPresent()) {
            root = fullTree.get().get();
            fullTree = Optional.empty();
            found = walk(root, pointer);
        }
        return found;
    }

    private static Optional<YamlNode> walk(YamlNode from, String pointer) {
        String path = pointer.substring(1);
        if (path.isEmpty()) {
            return Optional.of(from);
        }
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        YamlNode at = from;
        for (String raw : path.substring(1).split("/", -1)) {
            String segment = unescape(raw);
            if (at instanceof YamlNode.Mapping m) {
                Optional<YamlNode.Entry> e = m.findEntry(segment);
                if (e.isEmpty()) {
                    return Optional.empty();
                }
                at = e.get().value();
            } else if (at instanceof YamlNode.Sequence s && segment.matches("0|[1-9][0-9]{0,8}")
                    && Integer.parseInt(segment) < s.items().size()) {
                at = s.items().get(Integer.parseInt(segment));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    private static String unescape(String segment) {
        String decoded = segment;
        if (segment.indexOf('%') >= 0) {
            try {
                decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = segment;
            }
        }
        return decoded.replace("~1", "/").replace("~0", "~");
    }

    /**
     * The target with the referring mapping's keys but its $ref over it; a target that is no mapping stands
     * alone unless the referrer has keys of its own.
     */
    private static YamlNode merge(YamlNode target, YamlNode.Mapping referrer) {
        if (!(target instanceof YamlNode.Mapping t)) {
            // an emptied definition (all its keys cut from a manifest's outline) must not take the referrer's keys
            return referrer.entries().size() > 1 ? withoutRef(referrer) : target;
        }
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(t.entries());
        referrer.entries().forEach((k, v) -> {
            if (!k.equals("$ref")) {
                entries.put(k, v);
            }
        });
        // the target's own $ref, if any, stays: the chain goes on from there
        return new YamlNode.Mapping(referrer.pos(), entries);
    }

    private static YamlNode.Mapping withoutRef(YamlNode.Mapping at) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(at.entries());
        entries.remove("$ref");
        return new YamlNode.Mapping(at.pos(), entries);
    }

    private static Resolved failed(YamlNode.Mapping at, List<String> chain, SourcePos pos, String message, String hint) {
        return new Resolved(withoutRef(at), Optional.of(new Problem(pos, message, hint)),
                List.copyOf(chain));
    }
}
