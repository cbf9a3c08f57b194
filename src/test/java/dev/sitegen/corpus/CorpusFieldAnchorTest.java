package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.markdown.FieldAnchors;
import dev.sitegen.model.FieldRef;
import dev.sitegen.model.FieldSegment;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code <FieldAnchor field="...">} item of the shared corpus's docs reads, and the notation forms
 * the docs use are counted (the counts are the survey the notation was written from).
 */
class CorpusFieldAnchorTest {

    private static final List<FieldRef> REFS = new ArrayList<>();

    @BeforeAll
    static void readDocs() throws IOException {
        Optional<Path> corpus = TestPaths.findCorpus();
        assumeTrue(corpus.isPresent(), "shared corpus not present");
        List<Path> docs;
        try (Stream<Path> files = Files.walk(corpus.get().resolve("docs"))) {
            docs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path doc : docs) {
            String relative = corpus.get().relativize(doc).toString();
            REFS.addAll(FieldAnchors.findFieldRefs(relative, Files.readString(doc, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void everyItemOfTheCorpusReads() {
        assertThat(REFS).filteredOn(FieldRef::isMalformed).isEmpty();
        assertThat(REFS).hasSize(88);
        assertThat(REFS.stream().map(r -> r.pos().file()).distinct()).hasSize(18);
        assertThat(REFS).allMatch(r -> r.pos().line() > 0 && r.pos().column() > 0);
    }

    @Test
    void countsEachNotationForm() {
        Map<String, List<FieldRef>> byTag = REFS.stream().collect(Collectors.groupingBy(
                r -> r.pos().file() + ":" + r.pos().line()));
        assertThat(byTag).hasSize(76);
        assertThat(byTag.values().stream().filter(items -> items.size() > 1)).hasSize(7);
        assertThat(count(r -> r.segments().size() == 1 && isPlain(r.segments().get(0)))).isEqualTo(53);
        assertThat(count(r -> r.segments().size() > 1)).isEqualTo(23);
        assertThat(count(r -> r.segments().stream().anyMatch(s -> s.option().isPresent()))).isEqualTo(18);
        assertThat(count(r -> r.segments().stream().anyMatch(s -> s.index().isPresent()))).isEqualTo(6);
    }

    private static boolean isPlain(FieldSegment s) {
        return s.index().isEmpty() && s.option().isEmpty();
    }

    private static long count(Function<FieldRef, Boolean> form) {
        return REFS.stream().filter(form::apply).count();
    }
}
