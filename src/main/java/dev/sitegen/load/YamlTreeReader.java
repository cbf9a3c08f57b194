package dev.sitegen.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
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
            return new YamlNodeBuilder(file, MAX_DEPTH, MAX_SCALAR_CHARS, YamlNodeBuilder.SubtreeFilter.NONE)
                    .readDocument(parser, "a second YAML document starts here; metadata is one document");
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null && m.getProblem() != null) {
                throw problemOf(m);
            }
            throw new YamlSyntaxException(YamlNodeBuilder.posOf(file, e.getLocation()), cleanMessage(e));
        } catch (IOException e) {
            throw new YamlSyntaxException(SourcePos.at(file, 1, 1), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (aliases, code points) as unchecked exceptions.
            throw new YamlSyntaxException(SourcePos.at(file, 1, 1), String.valueOf(e.getMessage()));
        }
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
