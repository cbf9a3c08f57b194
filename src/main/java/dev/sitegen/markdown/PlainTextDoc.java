package dev.sitegen.markdown;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The page body of a doc that is not rendered as markdown (see {@link MarkdownLimits}): a note saying
 * why, then the doc's text as preformatted, escaped text. Built as a DOM, never by pasting strings, so
 * nothing in the text can become markup.
 */
final class PlainTextDoc {

    private PlainTextDoc() {
    }

    static RenderedDoc renderPlain(String markdown, MarkdownLimits.Problem problem) {
        Element body = new Element("div");
        body.appendElement("p").addClass("render-problem")
                .text("This page is shown as plain text: " + problem.message() + ".");
        body.appendElement("pre").appendChild(new TextNode(markdown));
        return new RenderedDoc(Optional.empty(), body.html(), List.of(), List.of(), Optional.of(problem.message()));
    }
}
