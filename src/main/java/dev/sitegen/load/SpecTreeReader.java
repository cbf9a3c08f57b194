package dev.sitegen.load;

import com.fasterxml.jackson.core.JsonFactory;
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
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a spec file (JSON or YAML) into {@link YamlNode}s with positions, with Jackson's streaming parser.
 * A declarative manifest runs to a megabyte, nearly all of it stream schemas and request setup the spec
 * never needs, so in {@code skipping} mode only the top-level keys a spec or stream list can use are
 * built ({@link #KEPT_TOP_LEVEL}), and below them the subtrees named in {@link #SKIPPED} are passed over
 * by the tokenizer without building a node; {@link Tree#partial()} says whether anything was, so a
 * {@code $ref} into a skipped part can be read again in full. Before that, {@link ManifestLines} blanks the
 * same parts line by line, so the tokenizer does not even scan them. Built nesting is limited to
 * {@value #MAX_DEPTH} levels and one value to {@value #MAX_SCALAR_CHARS} characters; aliases and
 * duplicate keys are errors, as in metadata.
 */
final class SpecTreeReader {

    static final int MAX_DEPTH = 128;
    static final int MAX_SCALAR_CHARS = 256 * 1024;
    /** The largest spec file read; the corpus's largest manifest is about 1.2 MB. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    static final Set<String> KEPT_TOP_LEVEL = Set.of("spec", "streams", "dynamic_streams", "definitions");
    /** Parts of stream definitions that hold how records are fetched and shaped, never a spec field or name. */
    static final Set<String> SKIPPED = Set.of("schema_loader", "retriever", "schemas", "requester",
            "incremental_sync", "transformations", "paginator", "record_selector", "partition_router",
            "state_migrations", "download_requester", "creation_requester", "polling_requester",
            "components_resolver", "file_uploader");

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(10_000).maxStringLength((int) MAX_BYTES).build();
    private static final YAMLFactory YAML = createYamlFactory();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    /** The root read and whether some subtree was skipped. */
    record Tree(YamlNode root, boolean partial) {
    }

    private final String file;
    private final boolean skipping;
    private boolean skipped;
    /** Whether the value being read is under the manifest's top-level {@code spec}. */
    private boolean inSpec;

    private SpecTreeReader(String file, boolean skipping) {
        this.file = file;
        this.skipping = skipping;
    }

    private static YAMLFactory createYamlFactory() {
        LoaderOptions options = new LoaderOptions();
        // our own depth check reports built nesting; skipped subtrees may nest deeper without harm
        options.setNestingDepthLimit(10_000);
        options.setCodePointLimit((int) MAX_BYTES * 2);
        options.setAllowDuplicateKeys(true);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    }

    /**
     * Reads {@code text}, as JSON when {@code json}, else YAML; {@code skipping} leaves out what a manifest's
     * spec and stream list never use.
     */
    static Tree readTree(String file, byte[] bytes, boolean json, boolean skipping) throws YamlSyntaxException {
        if (skipping && !json) {
            Optional<byte[]> outline = ManifestLines.blankUnneeded(bytes, KEPT_TOP_LEVEL, SKIPPED);
            if (outline.isPresent()) {
                try {
                    String text = TextFiles.decodeUtf8(outline.get()).content();
                    return new Tree(new SpecTreeReader(file, true).read(text, false), true);
                } catch (YamlSyntaxException e) {
                    // the line cut misread an unusual layout: the whole text says what is really wrong, if anything
                }
            }
        }
        SpecTreeReader reader = new SpecTreeReader(file, skipping);
        YamlNode root = reader.read(TextFiles.decodeUtf8(bytes).content(), json);
        return new Tree(root, reader.skipped);
    }

    private YamlNode read(String text, boolean json) throws YamlSyntaxException {
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(SourcePos.at(file, 1, 1), "", YamlNode.ScalarKind.NULL);
            }
            YamlNode root = readValue(parser, first, 0);
            if (parser.nextToken() != null) {
                throw new YamlSyntaxException(posOf(parser.currentTokenLocation()),
                        "a second document starts here; a spec file is one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null && m.getProblem() != null) {
                throw new YamlSyntaxException(SourcePos.at(file, m.getProblemMark().getLine() + 1,
                        m.getProblemMark().getColumn() + 1), m.getProblem().strip().replaceAll("\\s*\\R\\s*", " "));
            }
            throw new YamlSyntaxException(posOf(e.getLocation()), firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits (aliases, code points) as unchecked exceptions
            throw new YamlSyntaxException(SourcePos.at(file, 1, 1), firstLine(e.getMessage()));
        }
    }

    private YamlNode readValue(JsonParser parser, JsonToken token, int depth)
            throws IOException, YamlSyntaxException {
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
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(pos, parser.getText(), YamlNode.ScalarKind.NUMBER);
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
            if (isSkipped(key, depth)) {
                skipped = true;
                parser.skipChildren();
                continue;
            }
            boolean spec = skipping && depth == 0 && key.equals("spec");
            inSpec |= spec;
            YamlNode value = readValue(parser, valueToken, depth + 1);
            inSpec &= !spec;
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

    private boolean isSkipped(String key, int depth) {
        // the connection specification itself is never skipped: a field may well be named 'requester'
        return skipping && (depth == 0 ? !KEPT_TOP_LEVEL.contains(key) : SKIPPED.contains(key) && !inSpec);
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
            return SourcePos.at(file, 1, 1);
        }
        return SourcePos.at(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the file does not parse";
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}
