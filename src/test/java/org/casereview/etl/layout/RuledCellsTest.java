package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link RuledCells}: cells closed by four rules with a neighbour beside them, and the fill spread under them left out. */
class RuledCellsTest {

    /** The four sides of a rectangle, each a rule of its own (a browser's collapsed borders, drawn cell by cell). */
    private static List<Ruling> sides(float left, float top, float right, float bottom) {
        return List.of(new Ruling(true, top, left, right), new Ruling(true, bottom, left, right),
                new Ruling(false, left, top, bottom), new Ruling(false, right, top, bottom));
    }

    @Test
    void cellsSideBySideAreFoundAndAFrameAloneIsNot() {
        List<Ruling> rulings = new ArrayList<>();
        rulings.addAll(sides(40, 100, 290.4f, 220)); // a row of two cells, their shared wall drawn twice
        rulings.addAll(sides(290, 100.3f, 555, 220));
        rulings.addAll(sides(40, 300, 555, 400)); // a panel's frame, alone

        List<DrawnBox> cells = RuledCells.of(rulings);

        assertThat(cells).hasSize(2);
        assertThat(cells.get(0).left()).isEqualTo(40f);
        assertThat(cells.get(0).bottom()).isEqualTo(220f);
        assertThat(cells.get(1).left()).isEqualTo(290f);
    }

    @Test
    void aSheetsGridlinesRunningThroughTheRowsCloseNoCell() {
        List<Ruling> rulings = new ArrayList<>();
        for (float y : new float[] {100, 120, 140, 160}) {
            rulings.add(new Ruling(true, y, 40, 400));
        }
        for (float x : new float[] {40, 160, 280, 400}) {
            rulings.add(new Ruling(false, x, 100, 160));
        }

        assertThat(RuledCells.of(rulings)).isEmpty();
    }

    @Test
    void aFillUnderTheCellsIsLeftOutAndAShadedCellStays() {
        List<Ruling> rulings = new ArrayList<>(sides(40, 100, 290, 220));
        rulings.addAll(sides(290, 100, 555, 220));
        DrawnBox body = new DrawnBox(30, 20, 565, 200); // the page body, ending inside the cells
        DrawnBox shaded = new DrawnBox(40.5f, 100.5f, 289.5f, 219.5f);
        DrawnBox card = new DrawnBox(40, 500, 300, 600); // elsewhere on the page

        List<DrawnBox> boxes = RuledCells.withFills(List.of(body, shaded, card), rulings);

        assertThat(boxes).contains(shaded, card).doesNotContain(body).hasSize(4);
        assertThat(RuledCells.withFills(List.of(body), List.of())).containsExactly(body);
    }
}
