package dev.sitegen.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds active content in built files without a browser: script elements other than the theme's
 * scripts ({@code assets/site.js}, {@code reader.js}, {@code search-box.js}), event-handler attributes, script-capable URLs, frames, objects, forms and
 * refreshes in HTML; scripts, foreign objects, animation, links and external references in SVG.
 */
final class StaticXssCheck {

    private static final java.util.regex.Pattern THEME_SCRIPT =
            java.util.regex.Pattern.compile("(^|/)assets/(site|reader|search-box)\\.js$");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "background", "poster", "srcdoc", "content", "srcset", "ping");
    private static final Set<String> FORBIDDEN_HTML = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "template", "noscript", "xmp", "keygen", "marquee", "math");
    private static final Set<String> FORBIDDEN_SVG = Set.of("script", "foreignobject", "iframe", "a", "animate",
            "set", "animatetransform", "animatemotion", "handler", "listener");

    private StaticXssCheck() {
    }

    /** The problems of one HTML page, each naming the file. */
    static List<String> checkHtml(Path file, String html) {
        List<String> out = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && (!THEME_SCRIPT.matcher(e.attr("src")).find()
                    || !e.data().isBlank())) {
                out.add(file + ": script element " + e.outerHtml());
            }
            if (FORBIDDEN_HTML.contains(tag)) {
                out.add(file + ": " + tag + " element");
            }
            if (tag.equals("form") && !e.hasClass("catalog-controls") && !e.attr("role").equals("search")) {
                out.add(file + ": form element not the theme's");
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                out.add(file + ": meta refresh");
            }
            if (tag.equals("style") && doc.body().equals(e.closest("body"))) {
                out.add(file + ": style element in the body");
            }
            out.addAll(checkAttributes(file, e, tag.equals("link") && e.attr("rel").equals("icon")));
        }
        return out;
    }

    private static List<String> checkAttributes(Path file, Element e, boolean favicon) {
        List<String> out = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            String value = compact(a.getValue());
            if (key.startsWith("on")) {
                out.add(file + ": event handler " + key + " on <" + e.normalName() + ">");
            }
            boolean scriptUrl = value.startsWith("javascript:") || value.startsWith("vbscript:")
                    || value.startsWith("data:") && !(favicon && value.equals("data:,"));
            if (URL_ATTRIBUTES.contains(key) && scriptUrl) {
                out.add(file + ": " + key + "=\"" + a.getValue() + "\" on <" + e.normalName() + ">");
            }
            if (key.equals("style") && (value.contains("expression(") || value.contains("javascript:")
                    || value.contains("url("))) {
                out.add(file + ": style=\"" + a.getValue() + "\"");
            }
        }
        return out;
    }

    /** The problems of one SVG icon as published. */
    static List<String> checkSvg(Path file, String svg) {
        List<String> out = new ArrayList<>();
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (FORBIDDEN_SVG.contains(tag.substring(tag.indexOf(':') + 1))) {
                out.add(file + ": <" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = compact(a.getValue());
                if (key.startsWith("on")) {
                    out.add(file + ": " + key + " on <" + tag + ">");
                }
                if ((key.equals("href") || key.endsWith(":href")) && !value.startsWith("#")
                        && !value.matches("data:image/(png|jpeg|gif|webp);base64,.*")) {
                    out.add(file + ": " + key + "=" + a.getValue());
                }
                if (value.contains("javascript:") || value.contains("url(http") || value.contains("url(//")) {
                    out.add(file + ": " + key + "=" + a.getValue());
                }
            }
            if (tag.equals("style") && (e.data() + e.wholeText()).toLowerCase(Locale.ROOT).contains("@import")) {
                out.add(file + ": style with @import");
            }
        }
        if (svg.contains("<!DOCTYPE") || svg.contains("<!ENTITY")) {
            out.add(file + ": DOCTYPE or entity declarations kept");
        }
        return out;
    }

    /** The value as a browser reads a URL: no whitespace or control characters, lower case. */
    static String compact(String value) {
        return value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
    }
}
