package dev.sitegen.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The XSS vectors of {@code src/test/resources/hostile/xss-payloads.txt}, and a site poisoned with them. */
final class XssPayloads {

    /** Set by payloads that run; a page where it is defined has executed injected script. */
    static final String MARKER = "__xss";

    private XssPayloads() {
    }

    static List<String> loadPayloads() {
        try {
            return Files.readAllLines(HostileSites.projectDir().resolve("src/test/resources/hostile/xss-payloads.txt"))
                    .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every payload as raw HTML, in a heading, a link, a table cell, an admonition and a list. */
    static String poisonedBody(List<String> payloads) {
        StringBuilder sb = new StringBuilder("Intro with {{ 7*191 }} and {% raw %} template syntax.\n\n");
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            sb.append("## Vector ").append(i).append(' ').append(p.replace("\n", " ")).append("\n\n");
            sb.append(p).append("\n\n");
            sb.append("Inline ").append(p).append(" and [link ").append(i).append("](").append(p).append(")\n\n");
            sb.append("| a | b |\n|---|---|\n| ").append(p.replace("|", "\\|")).append(" | x |\n\n");
            sb.append(":::note ").append(p).append("\n").append(p).append("\n:::\n\n");
            sb.append("- item ").append(p).append("\n  > quoted ").append(p).append("\n\n");
            sb.append("<details><summary>").append(p).append("</summary>\n\n").append(p).append("\n\n</details>\n\n");
        }
        return sb.toString();
    }

    /** Changelog rows whose subjects and pull-request cells carry the payloads. */
    static String poisonedChangelog(List<String> payloads) {
        StringBuilder sb = new StringBuilder("## Changelog\n\n| Version | Date | Pull Request | Subject |\n|---|---|---|---|\n");
        sb.append("| 1.0.0 | 2025-01-01 | [1](javascript:window.__xss=1) | [click](javascript:alert(1)) |\n");
        for (int i = 0; i < payloads.size(); i++) {
            String cell = payloads.get(i).replace("|", "\\|");
            sb.append("| 0.").append(payloads.size() - i).append(".0 | 2024-01-01 | [").append(i).append("](")
                    .append(cell).append(") | ").append(cell).append(" |\n");
        }
        return sb.toString();
    }

    /** An SVG icon with scripts, handlers, foreign content and external references. */
    static String poisonedSvg(String payload) {
        return """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="window.__xss=1">
                  <title>%s</title>
                  <script>window.__xss=1</script>
                  <script xlink:href="data:,window.__xss=1"/>
                  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"></iframe></foreignObject>
                  <a href="javascript:alert(1)"><circle cx="5" cy="5" r="4"/></a>
                  <rect width="10" height="10" fill="url(https://evil.invalid/x)" onclick="alert(1)" style="fill:red"/>
                  <use href="https://evil.invalid/sprite.svg#x"/>
                  <image href="javascript:alert(1)" width="1" height="1"/>
                  <image xlink:href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" width="1" height="1"/>
                  <animate attributeName="href" values="javascript:alert(1)"/>
                  <set attributeName="onmouseover" to="alert(1)"/>
                  <style>@import url(https://evil.invalid/x.css); rect { fill: blue }</style>
                  <defs><clipPath id="c"><rect width="5" height="5"/></clipPath>
                    <linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="red"/></linearGradient></defs>
                  <path d="M0 0L10 10" stroke="url(#g)" clip-path="url(#c)"/>
                  &lol2;
                </svg>
                """.formatted(payload.replace("&", "&amp;").replace("<", "&lt;"));
    }
}
