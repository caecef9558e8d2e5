package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** A clip known as a box answers "inside" only where the path's own intersects test would say the rectangle meets it. */
class ClipBoxesTest {

    private final ClipBoxes boxes = new ClipBoxes();

    @Test
    void aPageCropBoxIsABoxWhoseInsideMeetsTheClip() {
        Path2D crop = new Path2D.Double(new PDRectangle(0, 0, 595, 842).toGeneralPath());
        assertThat(boxes.inside(crop, 72, 700, 10, 8)).isTrue();
        // touching or crossing an edge: the path is asked
        assertThat(boxes.inside(crop, 0, 700, 10, 8)).isFalse();
        assertThat(boxes.inside(crop, 590, 700, 10, 8)).isFalse();
        assertThat(boxes.inside(crop, 72, 835, 10, 8)).isFalse();
    }

    @Test
    void aBoxDrawnWithoutCloseOrWithAClosingLineIsABox() {
        Path2D open = new Path2D.Double();
        open.moveTo(100, 100);
        open.lineTo(100, 300);
        open.lineTo(200, 300);
        open.lineTo(200, 100);
        assertThat(boxes.inside(open, 120, 150, 20, 10)).isTrue();
        Path2D fiveCorners = new Path2D.Double();
        fiveCorners.moveTo(100, 100);
        fiveCorners.lineTo(200, 100);
        fiveCorners.lineTo(200, 300);
        fiveCorners.lineTo(100, 300);
        fiveCorners.lineTo(100, 100);
        fiveCorners.closePath();
        assertThat(boxes.inside(fiveCorners, 120, 150, 20, 10)).isTrue();
    }

    @Test
    void otherShapesAreNotBoxes() {
        GeneralPath triangle = new GeneralPath();
        triangle.moveTo(0, 0);
        triangle.lineTo(400, 0);
        triangle.lineTo(0, 400);
        triangle.closePath();
        assertThat(boxes.inside(new Path2D.Double(triangle), 300, 300, 10, 10)).isFalse();
        // the four corners in a crossed order: a bow tie, not a box
        Path2D bowTie = new Path2D.Double();
        bowTie.moveTo(0, 0);
        bowTie.lineTo(100, 100);
        bowTie.lineTo(100, 0);
        bowTie.lineTo(0, 100);
        bowTie.closePath();
        assertThat(boxes.inside(bowTie, 40, 10, 5, 5)).isFalse();
        // a box with a hole (two boxes, even-odd): the hole is in the bounds but not in the clip
        Path2D framed = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        framed.append(new PDRectangle(0, 0, 300, 300).toGeneralPath(), false);
        framed.append(new PDRectangle(100, 100, 100, 100).toGeneralPath(), false);
        assertThat(boxes.inside(framed, 140, 140, 10, 10)).isFalse();
        assertThat(framed.intersects(140, 140, 10, 10)).isFalse();
    }

    @Test
    void aListOfBoxesIsReadAgainWhenItGrows() {
        List<Path2D> clips = new ArrayList<>();
        clips.add(new Path2D.Double(new PDRectangle(0, 0, 595, 842).toGeneralPath()));
        assertThat(boxes.insideAll(clips, 400, 700, 10, 8)).isTrue();
        // a column's clip added to the same list (as a graphics state adds its second clip): the glyph is outside it
        clips.add(new Path2D.Double(new PDRectangle(50, 50, 250, 742).toGeneralPath()));
        assertThat(boxes.insideAll(clips, 400, 700, 10, 8)).isFalse();
        assertThat(boxes.insideAll(clips, 100, 700, 10, 8)).isTrue();
        // a clip that is no box: every path is asked
        GeneralPath triangle = new GeneralPath();
        triangle.moveTo(0, 0);
        triangle.lineTo(400, 0);
        triangle.lineTo(0, 400);
        triangle.closePath();
        clips.add(new Path2D.Double(triangle));
        assertThat(boxes.insideAll(clips, 100, 100, 10, 8)).isFalse();
        assertThat(boxes.insideAll(List.of(clips.get(0)), 100, 100, 10, 8)).isTrue();
    }

    @Test
    void insideNeverDisagreesWithThePathsOwnTest() {
        Random random = new Random(11);
        Path2D box = new Path2D.Double(new PDRectangle(50, 60, 400, 500).toGeneralPath());
        int inside = 0;
        for (int i = 0; i < 5_000; i++) {
            double x = random.nextDouble() * 600 - 50;
            double y = random.nextDouble() * 700 - 50;
            double width = 1 + random.nextDouble() * 30;
            double height = 1 + random.nextDouble() * 30;
            if (boxes.inside(box, x, y, width, height)) {
                inside++;
                assertThat(box.intersects(x, y, width, height)).isTrue();
            }
        }
        assertThat(inside).isGreaterThan(1_000);
    }
}
