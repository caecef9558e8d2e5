package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The self-check's verdict on one document: {@code doubtful} when any check gave a reason.
 *
 * @param notes short reasons, in the order the checks ran; empty for {@code ok}
 */
public record Verdict(List<String> notes) {

    public static final String OK = "ok";
    public static final String DOUBTFUL = "doubtful";

    public Verdict {
        notes = List.copyOf(new LinkedHashSet<>(notes));
    }

    public static Verdict ok() {
        return new Verdict(List.of());
    }

    public boolean doubtful() {
        return !notes.isEmpty();
    }

    /** {@code ok} or {@code doubtful}, the {@code quality} column. */
    public String quality() {
        return doubtful() ? DOUBTFUL : OK;
    }

    /** The {@code quality_notes} column: reasons joined with {@code ; }, or null when there are none. */
    public String notesText() {
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** Both verdicts' reasons (a report linked from two entries is judged against each). */
    public Verdict and(Verdict other) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(other.notes);
        return new Verdict(all);
    }
}
