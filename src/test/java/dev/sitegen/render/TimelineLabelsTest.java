package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The label layout alone: rows, shifts and the drawing's edges. */
class TimelineLabelsTest {

    @Test
    void aLoneLabelIsCentredOverItsMark() {
        List<TimelineLabels.Placed> placed = TimelineLabels.placeLabels(List.of(300.0), List.of("4.0.0"), 720);
        assertThat(placed).containsExactly(new TimelineLabels.Placed(300 - 5 * TimelineLabels.CHAR_WIDTH / 2, 0, "4.0.0"));
    }

    @Test
    void labelsOfMarksCloseTogetherTakeRowsAndNeverOverlap() {
        List<Double> marks = List.of(600.0, 603.0, 606.0, 640.0);
        List<TimelineLabels.Placed> placed = TimelineLabels.placeLabels(marks, List.of("3.0.0", "4.0.0", "5.0.0", "6.0.0"), 720);
        assertThat(placed).extracting(TimelineLabels.Placed::row).containsExactly(0, 1, 2, 0);
        assertThat(TimelineLabels.countRows(placed)).isEqualTo(3);
        for (int i = 0; i < placed.size(); i++) {
            TimelineLabels.Placed p = placed.get(i);
            double right = p.x() + TimelineLabels.estimateWidth(p.text());
            assertThat(p.x()).as("label %s covers its mark", p.text()).isLessThanOrEqualTo(marks.get(i));
            assertThat(right).isGreaterThanOrEqualTo(marks.get(i));
            for (TimelineLabels.Placed q : placed.subList(0, i)) {
                if (q.row() == p.row()) {
                    assertThat(q.x() + TimelineLabels.estimateWidth(q.text()) + TimelineLabels.GAP)
                            .as("%s after %s in row %d", p.text(), q.text(), p.row()).isLessThanOrEqualTo(p.x());
                }
            }
        }
    }

    @Test
    void aLabelMovesRightOfItsCentreBeforeOpeningARow() {
        // 4.0.0's centred place overlaps 3.0.0 by a little: it starts where 3.0.0 ends, still over its mark
        List<TimelineLabels.Placed> placed = TimelineLabels.placeLabels(List.of(100.0, 130.0), List.of("3.0.0", "4.0.0"), 720);
        assertThat(placed.get(1).row()).isZero();
        assertThat(placed.get(1).x()).isEqualTo(100 + 17.5 + TimelineLabels.GAP);
    }

    @Test
    void labelsStayInsideTheDrawing() {
        List<TimelineLabels.Placed> placed = TimelineLabels.placeLabels(List.of(2.0, 718.0), List.of("10.0.0", "11.0.0"), 720);
        assertThat(placed.get(0).x()).isZero();
        assertThat(placed.get(1).x() + TimelineLabels.estimateWidth("11.0.0")).isLessThanOrEqualTo(720);
    }
}
