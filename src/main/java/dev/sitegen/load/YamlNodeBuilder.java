package dev.sitegen.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Builds {@link YamlNode}s with positions from a Jackson streaming parser (YAML or JSON): the one tree
 * builder of metadata and spec files. Built nesting is limited to {@code maxDepth} levels and one value to
 * {@code maxScalarChars} characters; aliases and duplicate keys are errors. A {@link SubtreeFilter} may pass
 * over subtrees without building them (a manifest's stream schemas); {@link #skippedAny()} says whether it did.
 */
final class YamlNodeBuilder {

    /**
     * Which values are passed over: {@code topLevelKey} is the depth-0 key being read ("" at depth 0),
     * {@code secondKey} the depth-1 key below it ("" above depth 2).
     */
    interface SubtreeFilter {
        SubtreeFilter NONE = (topLevelKey, secondKey, key, depth) -> false;

        boolean skips(String topLevelKey, String secondKey, String key, int depth);
    }

    private final String file;
    private final int maxDepth;
    private final int maxScalarChars;
    private final SubtreeFilter filter;
    private final IntUnaryOperator lineMap;
    private String topLevelKey = "";
    private String secondKey = "";
    private boolean skipped;

    YamlNodeBuilder(String file, int maxDepth, int maxScalarChars, SubtreeFilter filter) {
        this(file, maxDepth, maxScalarChars, filter, IntUnaryOperator.identity());
    }

    /** {@code lineMap} takes a line of the text parsed to the file's line (the text is the file with lines left out). */
    YamlNodeBuilder(String file, int maxDepth, int maxScalarChars, SubtreeFilter filter, IntUnaryOperator lineMap) {
        this.file = file;
        this.maxDepth = maxDepth;
        this.maxScalarChars = maxScalarChars;
        this.filter = filter;
        this.lineMap = lineMap;
    }

    /**
     * The parser's one document; an empty one is an empty-value scalar at line 1, a second one is an
     * error saying {@code secondDocument}.
     */
    YamlNode readDocument(JsonParser parser, String secondDocument) throws IOException, YamlSyntaxException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new YamlNode.Scalar(SourcePos.at(file, 1, 1), "", YamlNode.ScalarKind.NULL);
        }
        YamlNode root = readValue(parser, first, 0);
        if (parser.nextToken() != null) {
            throw new YamlSyntaxException(posOf(parser.currentTokenLocation()), secondDocument);
        }
        return root;
    }

    boolean skippedAny() {
        return skipped;
    }

    private YamlNode readValue(JsonParser parser, JsonToken token, int depth) throws IOException, YamlSyntaxException {
        SourcePos pos = posOf(parser.currentTokenLocation());
        if (depth >= maxDepth) {
            throw new YamlSyntaxException(pos, "nesting deeper than " + maxDepth + " levels");
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new YamlSyntaxException(pos, "YAML aliases (*" + parser.getText() + ") are not supported: "
                    + "write the value out in full");
        }
        if (token.isScalarValue() && parser.getTextLength() > maxScalarChars) {
            throw new YamlSyntaxException(pos, "a value of " + parser.getTextLength() + " characters; the limit is "
                    + maxScalarChars);
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, pos, depth);
            case START_ARRAY -> readSequence(parser, pos, depth);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    new YamlNode.Scalar(pos, parser.getText(), YamlNode.ScalarKind.NUMBER);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(pos, parser.getText(), YamlNode.ScalarKind.BOOLEAN);
            case VALUE_NULL -> new YamlNode.Scalar(pos, "", YamlNode.ScalarKind.NULL);
            default -> new YamlNode.Scalar(pos, parser.getText(), YamlNode.ScalarKind.STRING);
        };
    }

    private YamlNode readMapping(JsonParser parser, SourcePos pos, int depth) throws IOException, YamlSyntaxException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourcePos keyPos = posOf(parser.currentTokenLocation());
            JsonToken valueToken = parser.nextToken();
            if (filter.skips(topLevelKey, secondKey, key, depth)) {
                skipped = true;
                parser.skipChildren();
                continue;
            }
            if (depth == 0) {
                topLevelKey = key;
            } else if (depth == 1) {
                secondKey = key;
            }
            YamlNode value = readValue(parser, valueToken, depth + 1);
            if (depth == 0) {
                topLevelKey = "";
            } else if (depth == 1) {
                secondKey = "";
            }
            YamlNode.Entry previous = entries.putIfAbsent(key, new YamlNode.Entry(key, keyPos, value));
            if (previous != null) {
                throw new YamlSyntaxException(keyPos, "duplicate key '" + key + "' (first written at line "
                        + previous.keyPos().line() + ")");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new YamlSyntaxException(posOf(parser.currentTokenLocation()), "unexpected " + t);
        }
        return new YamlNode.Mapping(pos, entries);
    }

    private YamlNode readSequence(JsonParser parser, SourcePos pos, int depth) throws IOException, YamlSyntaxException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new YamlSyntaxException(pos, "unterminated list");
            }
            items.add(readValue(parser, t, depth + 1));
        }
        return new YamlNode.Sequence(pos, items);
    }

    private SourcePos posOf(JsonLocation loc) {
        SourcePos pos = posOf(file, loc);
        return loc == null || loc.getLineNr() < 1 ? pos : SourcePos.at(file, lineMap.applyAsInt(pos.line()), pos.column());
    }

    /** Jackson's location as a position in {@code file}; line 1 when it has none. */
    static SourcePos posOf(String file, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return SourcePos.at(file, 1, 1);
        }
        return SourcePos.at(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }
}
