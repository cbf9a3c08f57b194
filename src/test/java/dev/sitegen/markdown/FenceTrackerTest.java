package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one fence detector: which lines are code, at either indentation limit. */
class FenceTrackerTest {

    private static List<Boolean> code(int maxIndent, String text) {
        FenceTracker fences = new FenceTracker(maxIndent);
        List<Boolean> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(fences.acceptLine(line));
        }
        return out;
    }

    @Test
    void aListItemFenceIsCodeOnlyWhenAnyIndentIsAllowed() {
        String doc = "- item\n\n      ```\n      # not a heading\n      ```\n# heading";

        assertThat(code(FenceTracker.ANY_INDENT, doc)).containsExactly(false, false, true, true, true, false);
        assertThat(code(FenceTracker.COMMONMARK_INDENT, doc)).containsExactly(false, false, false, false, false, false);
    }

    @Test
    void aTabIndentsToTheNextMultipleOfFourColumns() {
        assertThat(code(FenceTracker.COMMONMARK_INDENT, "\t```\nx")).containsExactly(false, false);
        assertThat(code(FenceTracker.COMMONMARK_INDENT, "   ```\nx\n \t```\n```\ny"))
                .containsExactly(true, true, true, true, false);
        assertThat(code(FenceTracker.ANY_INDENT, "\t```\nx\n\t```\ny")).containsExactly(true, true, true, false);
    }

    @Test
    void onlyALongEnoughRunOfTheSameCharacterClosesAndNothingButBlanksMayFollowIt() {
        assertThat(code(FenceTracker.ANY_INDENT, "````\n```\n~~~~\n```` x\n````  \ny"))
                .containsExactly(true, true, true, true, true, false);
    }

    @Test
    void opensFenceRejectsInlineCodeAndShortRuns() {
        assertThat(FenceTracker.opensFence("```js", 0)).isTrue();
        assertThat(FenceTracker.opensFence("  ~~~ a~b", 2)).isTrue();
        assertThat(FenceTracker.opensFence("```a`b", 0)).isFalse();
        assertThat(FenceTracker.opensFence("``", 0)).isFalse();
        assertThat(FenceTracker.opensFence("x```", 0)).isFalse();
    }
}
