package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.DocPage;
import dev.sitegen.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Render cache keys depend on values only: never on iteration order, always on every character. */
class ValueDigestTest {

    private record Row(String text, SourcePos pos) {
    }

    @Test
    void mapsAndSetsDigestTheSameWhateverTheirOrder() {
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertThat(new ValueDigest().add(ab).digest()).isEqualTo(new ValueDigest().add(ba).digest())
                .isEqualTo(new ValueDigest().add(Map.copyOf(ab)).digest());
        assertThat(new ValueDigest().add(Set.of("x", "y", "z")).digest())
                .isEqualTo(new ValueDigest().add(Set.of("z", "y", "x")).digest());
        ba.put("a", 3);
        assertThat(new ValueDigest().add(ab).digest()).isNotEqualTo(new ValueDigest().add(ba).digest());
    }

    @Test
    void valuesThatWriteTheSameCharactersStillDiffer() {
        assertThat(new ValueDigest().add("ab").add("c").digest()).isNotEqualTo(new ValueDigest().add("a").add("bc").digest());
        assertThat(new ValueDigest().add(List.of("a,b")).digest()).isNotEqualTo(new ValueDigest().add(List.of("a", "b")).digest());
        assertThat(new ValueDigest().add(Optional.empty()).digest())
                .isNotEqualTo(new ValueDigest().add(Optional.of("")).digest());
    }

    @Test
    void everyCharacterOfALongTextCounts() {
        String text = "x".repeat(20_000) + "é";
        DocPage doc = new DocPage("docs/a.md", "integrations/a", text);
        String digest = new ValueDigest().add(doc).digest();
        assertThat(new ValueDigest().add(new DocPage("docs/a.md", "integrations/a", text)).digest()).isEqualTo(digest);
        assertThat(new ValueDigest().add(new DocPage("docs/a.md", "integrations/a", text.replace("é", "e"))).digest())
                .isNotEqualTo(digest);
        assertThat(new ValueDigest().add(new DocPage("docs/a.md", "integrations/b", text)).digest()).isNotEqualTo(digest);
    }

    @Test
    void positionsCountUnlessLeftOut() {
        Row here = new Row("1.0.0", SourcePos.at("docs/a.md", 10, 1));
        Row moved = new Row("1.0.0", SourcePos.at("docs/a.md", 12, 1));
        assertThat(new ValueDigest().add(here).digest()).isNotEqualTo(new ValueDigest().add(moved).digest());
        assertThat(ValueDigest.withoutPositions().add(here).digest())
                .isEqualTo(ValueDigest.withoutPositions().add(moved).digest())
                .isNotEqualTo(ValueDigest.withoutPositions().add(new Row("1.0.1", here.pos())).digest());
    }
}
