package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import java.util.Optional;

/**
 * Takes MDX syntax out of raw HTML blocks. A CommonMark HTML block runs to the next blank line,
 * so an admonition fence or component written right under a {@code <div>} ends up inside it;
 * such lines are dropped and component tags cut, so neither reaches the page as raw text.
 */
final class RawHtmlScrub {

    private RawHtmlScrub() {
    }

    /** Whether the block may hold MDX syntax; most blocks do not and are left untouched. */
    static boolean needsScrub(HtmlBlock block) {
        CharSequence s = block.getChars();
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if (c == ':' && next == ':' || c == '<' && (Character.isUpperCase(next) || next == '/' || next == '!')) {
                return true;
            }
        }
        return false;
    }

    static void scrubBlock(HtmlBlock block) {
        String scrubbed = scrubHtml(block.getChars().toString());
        if (!scrubbed.equals(block.getChars().toString())) {
            block.insertBefore(new RawHtml(scrubbed));
            block.unlink();
        }
    }

    static String scrubHtml(String html) {
        StringBuilder out = new StringBuilder(html.length());
        for (String line : html.split("\n", -1)) {
            if (!isMdxLine(line)) {
                out.append(cutComponentTags(line)).append('\n');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end) + "\n";
    }

    /**
     * Fences, environment comments and component lines, also behind block quote markers;
     * {@code <details>} and {@code <summary>} are HTML and stay.
     */
    private static boolean isMdxLine(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == '>' || Character.isWhitespace(line.charAt(start)))) {
            start++;
        }
        Optional<MdxLine> parsed = MdxLine.classifyLine(line, start);
        return parsed.map(MdxLine::kind).filter(k -> !k.name().startsWith("DETAILS") && !k.name().startsWith("SUMMARY"))
                .isPresent();
    }

    private static String cutComponentTags(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            Optional<JsxTag> tag = line.charAt(i) == '<' ? JsxTag.readTag(line, i, line.length()) : Optional.empty();
            if (tag.isPresent() && tag.get().isComponent()) {
                i = tag.get().end();
            } else {
                out.append(line.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
