package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.FieldRef;
import dev.sitegen.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the render makes of large values, remembered by identity in a long-lived process: never another value's. */
class IdentityMemoTest {

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private static DocPage doc(String text) {
        return new DocPage("docs/a.md", "integrations/a", text);
    }

    @Test
    void offNothingIsKept() {
        int before = IdentityMemo.countKept();
        new ValueDigest().add(doc("some text")).digest();
        assertThat(IdentityMemo.countKept()).isEqualTo(before);
    }

    @Test
    void theSameInstanceIsDigestedOnceAndAsWithoutTheTier() {
        DocPage page = doc("x".repeat(20_000));
        String cold = new ValueDigest().add(List.of(page)).digest();
        MemoryTier.enable();
        String first = new ValueDigest().add(List.of(page)).digest();
        int reused = IdentityMemo.countReused();
        String second = new ValueDigest().add(List.of(page)).digest();
        assertThat(first).isEqualTo(cold).isEqualTo(second);
        assertThat(IdentityMemo.countReused()).isEqualTo(reused + 1);
    }

    @Test
    void anEditedValueIsAnotherInstanceAndDigestedAgain() {
        MemoryTier.enable();
        DocPage page = doc("version 1");
        String before = new ValueDigest().add(page).digest();
        DocPage edited = doc("version 2");
        assertThat(new ValueDigest().add(edited).digest()).isNotEqualTo(before);
        // an equal value of another instance is digested again, to the same digest
        int reused = IdentityMemo.countReused();
        assertThat(new ValueDigest().add(doc("version 1")).digest()).isEqualTo(before);
        assertThat(IdentityMemo.countReused()).isEqualTo(reused);
    }

    @Test
    void digestsWithAndWithoutPositionsAreKeptApart() {
        DocPage here = new DocPage("docs/a.md", "integrations/a", "text",
                List.of(FieldRef.malformed("`x`", SourcePos.at("docs/a.md", 3, 1), "no such field")));
        DocPage moved = new DocPage("docs/a.md", "integrations/a", "text",
                List.of(FieldRef.malformed("`x`", SourcePos.at("docs/a.md", 9, 1), "no such field")));
        MemoryTier.enable();
        String without = ValueDigest.withoutPositions().add(here).digest();
        String with = new ValueDigest().add(here).digest();
        assertThat(new ValueDigest().add(here).digest()).isEqualTo(with);
        assertThat(ValueDigest.withoutPositions().add(here).digest()).isEqualTo(without);
        assertThat(new ValueDigest().add(moved).digest()).isNotEqualTo(with);
        assertThat(ValueDigest.withoutPositions().add(moved).digest()).isEqualTo(without);
        MemoryTier.disable();
        assertThat(new ValueDigest().add(here).digest()).isEqualTo(with);
        assertThat(ValueDigest.withoutPositions().add(here).digest()).isEqualTo(without);
    }
}
