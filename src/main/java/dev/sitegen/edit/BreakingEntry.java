package dev.sitegen.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code releases.breakingChanges} entry to write: the version key, the message, the deadline and
 * the impacted streams ({@code scopedImpact} only when there are some), rendered in a file's style.
 */
record BreakingEntry(String version, String message, LocalDate deadline, List<String> streams) {

    BreakingEntry {
        streams = List.copyOf(streams);
    }

    /** The entry's lines, its key at {@code indent}, the key quoted with {@code keyQuote} ("" for none). */
    List<String> renderLines(int indent, String keyQuote, YamlStyle style) {
        String key = style.makeIndent(indent);
        String field = style.makeIndent(indent + style.unit());
        List<String> out = new ArrayList<>();
        out.add(key + keyQuote + version + keyQuote + ":");
        out.add(field + "message: " + style.quoteMessage(message));
        String q = style.deadlineQuote();
        out.add(field + "upgradeDeadline: " + q + deadline + q);
        if (!streams.isEmpty()) {
            int item = indent + style.unit() + (style.indentedSequences() ? style.unit() : 0);
            out.add(field + "scopedImpact:");
            out.add(style.makeIndent(item) + "- scopeType: stream");
            out.add(style.makeIndent(item + 2) + "impactedScopes: ["
                    + streams.stream().map(YamlStyle::quoteDouble).collect(Collectors.joining(", ")) + "]");
        }
        return out;
    }
}
