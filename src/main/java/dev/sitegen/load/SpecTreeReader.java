package dev.sitegen.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
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
            Optional<ManifestLines.Outline> outline = ManifestLines.cutUnneeded(bytes, KEPT_TOP_LEVEL, SKIPPED);
            if (outline.isPresent()) {
                try {
                    String text = TextFiles.decodeUtf8(outline.get().text()).content();
                    return new Tree(new SpecTreeReader(file, true).read(text, false, outline.get()::originalLine), true);
                } catch (YamlSyntaxException e) {
                    // the line cut misread an unusual layout: the whole text says what is really wrong, if anything
                }
            }
        }
        SpecTreeReader reader = new SpecTreeReader(file, skipping);
        YamlNode root = reader.read(TextFiles.decodeUtf8(bytes).content(), json, IntUnaryOperator.identity());
        return new Tree(root, reader.skipped);
    }

    private YamlNode read(String text, boolean json, IntUnaryOperator lineMap) throws YamlSyntaxException {
        YamlNodeBuilder builder = new YamlNodeBuilder(file, MAX_DEPTH, MAX_SCALAR_CHARS,
                skipping ? SpecTreeReader::isSkipped : YamlNodeBuilder.SubtreeFilter.NONE, lineMap);
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
            YamlNode root = builder.readDocument(parser, "a second document starts here; a spec file is one document");
            skipped |= builder.skippedAny();
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null && m.getProblem() != null) {
                throw new YamlSyntaxException(SourcePos.at(file, m.getProblemMark().getLine() + 1,
                        m.getProblemMark().getColumn() + 1), m.getProblem().strip().replaceAll("\\s*\\R\\s*", " "));
            }
            throw new YamlSyntaxException(YamlNodeBuilder.posOf(file, e.getLocation()),
                    firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits (aliases, code points) as unchecked exceptions
            throw new YamlSyntaxException(SourcePos.at(file, 1, 1), firstLine(e.getMessage()));
        }
    }

    private static boolean isSkipped(String topLevelKey, String secondKey, String key, int depth) {
        // the connection specification itself is never skipped: a field may well be named 'requester'; nor is
        // a stream definition under definitions.streams, whatever its name ('schemas', 'transformations')
        if (depth == 0) {
            return !KEPT_TOP_LEVEL.contains(key);
        }
        boolean streamName = depth == 2 && topLevelKey.equals("definitions") && secondKey.equals("streams");
        return SKIPPED.contains(key) && !topLevelKey.equals("spec") && !streamName;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the file does not parse";
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}
