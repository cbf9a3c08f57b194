package dev.sitegen.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s that keep line and column, using Jackson's streaming YAML
 * parser. Limits are explicit so hostile files fail fast: aliases ({@code *name}) are rejected, since
 * metadata never needs them and expanding them is how "billion laughs" files explode; nesting is
 * limited to {@value #MAX_DEPTH} levels and a document to {@value #MAX_CHARS} characters (checked before
 * parsing; the loader refuses larger files before reading them), one value to {@value #MAX_SCALAR_CHARS}. Only one document per file: a second
 * {@code ---} document would otherwise be ignored without a word.
 * Duplicate keys are errors, since YAML says a later key silently wins and that hides mistakes. An
 * empty plain value ({@code icon:}) is an empty value, as YAML defines it, not an empty string.
 */
final class YamlTreeReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_CHARS = 256 * 1024;
    /** Longest single value; real metadata values stay under a kilobyte. */
    static final int MAX_SCALAR_CHARS = 64 * 1024;

    private static final YAMLFactory FACTORY = createFactory();

    private final String file;

    YamlTreeReader(String file) {
        this.file = file;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        // Our own depth check runs first and reports a position; these are the backstops.
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setAllowDuplicateKeys(true);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH * 2).maxStringLength(MAX_CHARS).build())
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
        return factory;
    }

    /** Parses one document; an empty document is an empty-value scalar at line 1. */
    YamlNode readTree(String text) throws YamlSyntaxException {
        if (text.length() > MAX_CHARS) {
            throw new YamlSyntaxException(SourcePos.at(file, 1, 1), "the file has " + text.length()
                    + " characters; the limit is " + MAX_CHARS);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(SourcePos.at(file, 1, 1), "", YamlNode.ScalarKind.NULL);
            }
            YamlNode root = readValue(parser, first, 0);
            if (parser.nextToken() != null) {
                throw new YamlSyntaxException(posOf(parser.currentTokenLocation()),
                        "a second YAML document starts here; metadata is one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null && m.getProblem() != null) {
                throw problemOf(m);
            }
            throw new YamlSyntaxException(posOf(e.getLocation()), cleanMessage(e));
        } catch (IOException e) {
            throw new YamlSyntaxException(SourcePos.at(file, 1, 1), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (aliases, code points) as unchecked exceptions.
            throw new YamlSyntaxException(SourcePos.at(file, 1, 1), String.valueOf(e.getMessage()));
        }
    }

    private YamlNode readValue(JsonParser parser, JsonToken token, int depth) throws IOException, YamlSyntaxException {
        SourcePos pos = posOf(parser.currentTokenLocation());
        if (depth >= MAX_DEPTH) {
            throw new YamlSyntaxException(pos, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new YamlSyntaxException(pos, "YAML aliases (*" + parser.getText() + ") are not supported: "
                    + "write the value out in full");
        }
        if (token.isScalarValue() && parser.getTextLength() > MAX_SCALAR_CHARS) {
            throw new YamlSyntaxException(pos, "a value of " + parser.getTextLength() + " characters; the limit is "
                    + MAX_SCALAR_CHARS);
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, pos, depth);
            case START_ARRAY -> readSequence(parser, pos, depth);
            case VALUE_STRING -> new YamlNode.Scalar(pos, parser.getText(), YamlNode.ScalarKind.STRING);
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
            YamlNode value = readValue(parser, parser.nextToken(), depth + 1);
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

    /**
     * SnakeYAML's problem at its own mark (a tab at the tab), except that a problem at the end of the
     * file (an unclosed quote or bracket) is blamed where the unclosed thing started.
     */
    private YamlSyntaxException problemOf(MarkedYAMLException m) {
        boolean atEnd = m.getProblem().contains("end of stream") && m.getContextMark() != null;
        var mark = atEnd ? m.getContextMark() : m.getProblemMark();
        String context = m.getContext() == null ? "" : m.getContext().strip() + ": ";
        return new YamlSyntaxException(SourcePos.at(file, mark.getLine() + 1, mark.getColumn() + 1),
                (context + m.getProblem().strip()).replaceAll("\\s*\\R\\s*", " "));
    }

    private SourcePos posOf(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return SourcePos.at(file, 1, 1);
        }
        return SourcePos.at(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** Jackson's message without its "at [Source: ...]" tail, which repeats what the position says. */
    private static String cleanMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "invalid YAML";
        }
        String firstLine = m.strip().lines().findFirst().orElse(m);
        return firstLine.isBlank() ? "invalid YAML" : firstLine;
    }
}
