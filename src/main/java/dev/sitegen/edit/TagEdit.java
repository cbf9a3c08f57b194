package dev.sitegen.edit;

import dev.sitegen.model.SourcePos;
import java.util.List;

/**
 * Replaces the value of {@code dockerImageTag} where the loader saw it, and nothing else on its line:
 * a quoted value keeps its quotes, a comment after it stays. The text found there must be the value
 * the loader read, so a position that does not match the file is refused rather than guessed at.
 */
final class TagEdit {

    private TagEdit() {
    }

    static void setTag(TextLines lines, SourcePos pos, String oldValue, String newValue, List<String> problems) {
        if (!pos.hasLine() || pos.line() > lines.size()) {
            problems.add(pos.file() + ": cannot find where dockerImageTag is written; set it to " + newValue + " by hand");
            return;
        }
        String content = lines.content(pos.line() - 1);
        int at = pos.column() - 1;
        boolean quoted = at < content.length() && (content.charAt(at) == '"' || content.charAt(at) == '\'');
        int start = quoted ? at + 1 : at;
        int end = start + oldValue.length();
        if (!content.startsWith(oldValue, start) || !endsValue(content, end, quoted ? content.charAt(at) : 0)) {
            problems.add(pos + ": dockerImageTag is not written as '" + oldValue + "' here (block style expected); "
                    + "set it to " + newValue + " by hand");
            return;
        }
        lines.replaceContent(pos.line() - 1, content.substring(0, start) + newValue + content.substring(end));
    }

    /** Whether the value ends at {@code end}: at its closing quote, or (plain) at a space, comment or the line's end. */
    private static boolean endsValue(String content, int end, char quote) {
        if (quote != 0) {
            return end < content.length() && content.charAt(end) == quote;
        }
        return end == content.length() || content.charAt(end) == ' ' || content.charAt(end) == '\t';
    }
}
