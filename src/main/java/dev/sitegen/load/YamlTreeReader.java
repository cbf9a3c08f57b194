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

/**
 * Reads YAML text into {@link YamlNode}s that keep line and column, using Jackson's streaming YAML
 * parser. Limits are explicit so hostile files fail fast: aliases ({@code *name}) are rejected, since
 * metadata never needs them and expanding them is how "billion laughs" files explode; nesting is
 * limited to {@value #MAX_DEPTH} levels and a document to {@value #MAX_CODE_POINTS} code points.
 * Duplicate keys are errors, since YAML says a later key silently wins and that hides mistakes. An
 * empty plain value ({@code icon:}) is an empty value, as YAML defines it, not an empty string.
 */
final class YamlTreeReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private static final YAMLFactory FACTORY = createFactory();

    private final String file;

    YamlTreeReader(String file) {
        this.file = file;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        // Our own depth check runs first and reports a position; these are the backstops.
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH * 2).maxStringLength(MAX_CODE_POINTS).build())
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
        return factory;
    }

    /** Parses one document; an empty document is an empty-value scalar at line 1. */
    YamlNode readTree(String text) throws YamlSyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(SourcePos.at(file, 1, 1), "", YamlNode.ScalarKind.NULL);
            }
            return readValue(parser, first, 0);
        } catch (JsonProcessingException e) {
            throw new YamlSyntaxException(posOf(e.getLocation()), cleanMessage(e));
        } catch (IOException e) {
            throw new YamlSyntaxException(SourcePos.ofFile(file), e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (aliases, code points) as unchecked exceptions.
            throw new YamlSyntaxException(SourcePos.ofFile(file), String.valueOf(e.getMessage()));
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

    private SourcePos posOf(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return SourcePos.ofFile(file);
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
