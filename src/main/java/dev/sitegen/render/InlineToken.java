package dev.sitegen.render;

/**
 * A piece of a changelog subject: plain text, a code span or a link. The template decides the
 * markup; Java only splits the text, so nothing from a doc reaches the page unescaped.
 */
public record InlineToken(String kind, String text, String href) {

    static InlineToken text(String text) {
        return new InlineToken("text", text, "");
    }

    static InlineToken code(String text) {
        return new InlineToken("code", text, "");
    }

    static InlineToken link(String text, String href) {
        return new InlineToken("link", text, href);
    }
}
