package dev.sitegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PullRequestCellTest {

    @Test
    void aLinkTargetInTheCellIsKeptAsItsPlaceThere() {
        String raw = "[8824](https://github.com/airbytehq/airbyte/pull/8905)";
        PullRequestCell cell = PullRequestCell.of(raw, Optional.of(8824), Optional.of("https://github.com/airbytehq/airbyte/pull/8905"));
        assertThat(cell.urlStart()).isEqualTo(7);
        assertThat(cell.otherUrl()).isEmpty();
        assertThat(cell.findUrl()).contains("https://github.com/airbytehq/airbyte/pull/8905");
        assertThat(cell.findNumber()).contains(8824);
        assertThat(cell).isEqualTo(PullRequestCell.of(raw, Optional.of(8824),
                Optional.of("https://github.com/airbytehq/airbyte/pull/8905")));
    }

    @Test
    void aTargetThatIsNoPartOfTheCellIsKeptWhole() {
        PullRequestCell cell = PullRequestCell.of("#12", Optional.of(12), Optional.of("https://example.com/pull/12"));
        assertThat(cell.urlStart()).isEqualTo(-1);
        assertThat(cell.findUrl()).contains("https://example.com/pull/12");
    }

    @Test
    void noNumberNoTargetAndAnEmptyTarget() {
        PullRequestCell none = PullRequestCell.of("n/a", Optional.empty(), Optional.empty());
        assertThat(none.findNumber()).isEmpty();
        assertThat(none.findUrl()).isEmpty();
        PullRequestCell empty = PullRequestCell.of("[1]()", Optional.of(1), Optional.of(""));
        assertThat(empty.findUrl()).contains("");
        assertThat(PullRequestCell.of("0", Optional.of(0), Optional.empty()).findNumber()).contains(0);
    }

    @Test
    void refusesANegativeNumberAndAPlaceOutsideTheCell() {
        assertThatThrownBy(() -> PullRequestCell.of("-3", Optional.of(-3), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PullRequestCell("ab", PullRequestCell.NO_NUMBER, 1, 5, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
