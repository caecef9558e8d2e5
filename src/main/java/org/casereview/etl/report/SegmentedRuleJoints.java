package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table ruled across only, each rule drawn one segment a column (ConTeXt's xtables, some word processors' borders):
 * where one segment of a rule ends the next begins, and the rules above, under the header and under the table meet
 * at the same x. Those joints are the column edges the table does not draw: an upright from the highest rule that
 * joins there to the lowest, so a cell whose text starts less than a word space after the cell before it still starts
 * a cell.
 */
final class SegmentedRuleJoints {

    /** Segments of one rule stand on one baseline; stroked with caps they may overlap by their width. */
    private static final float SAME_Y = 0.5f;
    private static final float MEET = 1.5f;
    /** Joints of different rules this close in x are one column edge. */
    private static final float SAME_X = 1f;
    private static final int MIN_RULES = 2;

    private SegmentedRuleJoints() {
    }

    /** The column edges the joints of two rules or more mark, in the coordinates of the rules (y from the top). */
    static List<DrawnBullets.Upright> uprights(List<RuledLines.Rule> rules) {
        List<float[]> joints = joints(rules);
        joints.sort(Comparator.comparingDouble(j -> j[0]));
        List<DrawnBullets.Upright> edges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= joints.size(); i++) {
            if (i == joints.size() || joints.get(i)[0] - joints.get(i - 1)[0] > SAME_X) {
                edge(joints.subList(start, i)).ifPresent(edges::add);
                start = i;
            }
        }
        return edges;
    }

    /** Each point where a segment ends and a collinear one begins: {x, y}. */
    private static List<float[]> joints(List<RuledLines.Rule> rules) {
        List<float[]> joints = new ArrayList<>();
        for (RuledLines.Rule left : rules) {
            for (RuledLines.Rule right : rules) {
                if (left != right && Math.abs(left.y() - right.y()) <= SAME_Y && right.minX() > left.minX()
                        && Math.abs(right.minX() - left.maxX()) <= MEET) {
                    joints.add(new float[] {(left.maxX() + right.minX()) / 2, left.y()});
                }
            }
        }
        return joints;
    }

    private static Optional<DrawnBullets.Upright> edge(List<float[]> joints) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float x = 0;
        List<Float> heights = new ArrayList<>();
        for (float[] joint : joints) {
            x += joint[0];
            top = Math.min(top, joint[1]);
            bottom = Math.max(bottom, joint[1]);
            if (heights.stream().noneMatch(y -> Math.abs(y - joint[1]) <= SAME_Y)) {
                heights.add(joint[1]);
            }
        }
        return heights.size() < MIN_RULES ? Optional.empty()
                : Optional.of(new DrawnBullets.Upright(x / joints.size(), top, bottom));
    }
}
