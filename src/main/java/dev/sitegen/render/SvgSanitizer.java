package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Rewrites an SVG icon down to an allowlist before it is published. An icon from a pull request is
 * served from the site's own origin, and opened directly an SVG runs its scripts there; so only shapes,
 * paint servers, filters and text survive, with presentation attributes. Scripts, {@code foreignObject},
 * animation, links, event handlers, editor metadata, comments and DOCTYPEs (no entities are expanded)
 * go; {@code href} stays only for {@code #fragment} references and embedded PNG/JPEG/GIF/WebP data.
 * CSS is kept unless it could fetch or run something. Parsed as XML with jsoup; no SVG root, no icon.
 */
final class SvgSanitizer {

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use",
            "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "text", "tspan", "image",
            "clipPath", "mask", "pattern", "linearGradient", "radialGradient", "stop", "style", "switch", "marker",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
            "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology",
            "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");

    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "d", "x", "y", "x1", "x2", "y1",
            "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "dx", "dy", "width", "height", "viewBox",
            "preserveAspectRatio", "transform", "points", "pathLength", "fill", "fill-opacity", "fill-rule",
            "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
            "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display", "visibility", "overflow",
            "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "filter",
            "filterUnits", "primitiveUnits", "offset", "stop-color", "stop-opacity", "gradientUnits",
            "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits", "patternTransform", "in",
            "in2", "result", "stdDeviation", "values", "type", "mode", "operator", "k1", "k2", "k3", "k4",
            "flood-color", "flood-opacity", "lighting-color", "color-interpolation", "color-interpolation-filters",
            "tableValues", "slope", "intercept", "amplitude", "exponent", "radius", "scale", "xChannelSelector",
            "yChannelSelector", "baseFrequency", "numOctaves", "seed", "stitchTiles", "kernelMatrix", "order",
            "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
            "letter-spacing", "word-spacing", "textLength", "lengthAdjust", "shape-rendering", "text-rendering",
            "image-rendering", "vector-effect", "paint-order", "enable-background", "marker-start", "marker-mid",
            "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "version",
            "xmlns", "xmlns:xlink", "xml:space", "role", "aria-hidden", "aria-label", "aria-labelledby",
            "focusable", "href", "xlink:href");

    private static final Pattern EMBEDDED_IMAGE = Pattern.compile(
            "data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*");
    /** url(...) may only name a fragment of the icon itself. */
    private static final Pattern FOREIGN_URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVE_CSS = Pattern.compile(
            "@import|expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding|</", Pattern.CASE_INSENSITIVE);

    /** Whitespace and control characters, which browsers skip inside a scheme like {@code java\tscript:}. */
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\s\\u0000-\\u001f]");
    private static final String MOZ_BINDING = "-moz-binding";

    private SvgSanitizer() {
    }

    /** The cleaned icon as UTF-8 bytes, or empty when the input has no {@code <svg>} root element. */
    static Optional<byte[]> sanitizeSvg(String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = doc.children().first();
        if (root == null || !localName(root).equals("svg")) {
            return Optional.empty();
        }
        Element clean = copyElement(root);
        Document out = new Document("");
        out.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        out.appendChild(clean);
        clean.attributes().put("xmlns", "http://www.w3.org/2000/svg");
        return Optional.of(out.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** Copies the allowed part of the tree, without recursion (an icon can nest a million groups). */
    private static Element copyElement(Element root) {
        Element top = shallowCopy(root);
        ArrayDeque<Element[]> pending = new ArrayDeque<>();
        pending.push(new Element[] {root, top});
        while (!pending.isEmpty()) {
            Element[] pair = pending.pop();
            Element source = pair[0];
            Element copy = pair[1];
            for (Node child : source.childNodes()) {
                if (child instanceof Element e && isAllowed(e)) {
                    Element c = shallowCopy(e);
                    copy.appendChild(c);
                    pending.push(new Element[] {e, c});
                } else if (child instanceof TextNode t) {
                    copy.appendChild(new TextNode(t.getWholeText()));
                } else if (child instanceof DataNode d) {
                    copy.appendChild(new TextNode(d.getWholeData()));
                }
            }
        }
        return top;
    }

    private static Element shallowCopy(Element source) {
        // case kept: SVG is XML, and viewBox or clipPath lower-cased are different, unknown names
        Element copy = new Element(Tag.valueOf(localName(source), ParseSettings.preserveCase), "");
        for (Attribute a : source.attributes()) {
            keepAttribute(a).ifPresent(v -> copy.attributes().put(a.getKey(), v));
        }
        return copy;
    }

    private static boolean isAllowed(Element e) {
        String tag = e.tagName();
        if (!ELEMENTS.contains(localName(e)) || tag.indexOf(':') >= 0 && !tag.startsWith("svg:")) {
            return false;
        }
        String css = e.wholeText() + e.data();
        return !localName(e).equals("style") || !ACTIVE_CSS.matcher(css).find() && !FOREIGN_URL.matcher(css).find();
    }

    /** The attribute's value when it may stay. */
    private static Optional<String> keepAttribute(Attribute a) {
        String key = a.getKey();
        String value = a.getValue();
        if (!ATTRIBUTES.contains(key)) {
            return Optional.empty();
        }
        if (key.equals("href") || key.equals("xlink:href")) {
            return value.startsWith("#") || EMBEDDED_IMAGE.matcher(value).matches() ? Optional.of(value) : Optional.empty();
        }
        // Path data is long and almost never suspicious: skip the regex work when nothing below can match.
        if (!mayBeActive(value)) {
            return Optional.of(value);
        }
        String compact = CONTROL_OR_SPACE.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        if (compact.contains("javascript:") || compact.contains("data:") || FOREIGN_URL.matcher(value).find()
                || ACTIVE_CSS.matcher(value).find()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * Whether any check of {@link #keepAttribute} could reject the value: every one needs a ':', '(',
     * '@' or '<', except {@code -moz-binding}, matched here as ACTIVE_CSS does (ASCII case only).
     */
    private static boolean mayBeActive(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '(' || c == '@' || c == '<'
                    || c == '-' && startsWithAsciiIgnoringCase(value, i, MOZ_BINDING)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAsciiIgnoringCase(String value, int from, String lower) {
        if (value.length() - from < lower.length()) {
            return false;
        }
        for (int j = 0; j < lower.length(); j++) {
            char c = value.charAt(from + j);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static String localName(Element e) {
        String tag = e.tagName();
        return tag.startsWith("svg:") ? tag.substring(4) : tag;
    }
}
