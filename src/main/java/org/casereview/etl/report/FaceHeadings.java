package org.casereview.etl.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Headings told from the running text by their font family alone: set at the body's size, in its weight and upright,
 * in another family (a sans over a serif body, as a designed template sets them). Such a line is a heading candidate
 * when it is short (at most six words), no sentence (no closing full stop), and its family is the headings' family: at
 * least two short lines in it name a standard section word for word ('Introduction', 'Learning'), so a table's cells
 * or a caption in another family do not make one. The body's family is the one carrying most regular upright
 * characters.
 */
final class FaceHeadings {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 6;
    private static final int MIN_STANDARD = 2;

    private FaceHeadings() {
    }

    /** The lines set apart from the body by their family only, as heading candidates. */
    static Set<TextLine> of(List<TextLine> lines, Function<TextLine, BodyStyle> body, SectionTyper typer) {
        String bodyFace = bodyFace(lines);
        if (bodyFace == null) {
            return Set.of();
        }
        Map<String, Integer> standard = new HashMap<>();
        Set<TextLine> apart = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextLine line : lines) {
            if (apartByFace(line, bodyFace, body.apply(line))) {
                apart.add(line);
                if (typer.isStandardHeading(line.text())) {
                    standard.merge(line.face(), 1, Integer::sum);
                }
            }
        }
        apart.removeIf(line -> standard.getOrDefault(line.face(), 0) < MIN_STANDARD || typer.typesNothing(line.text()));
        return apart;
    }

    private static boolean apartByFace(TextLine line, String bodyFace, BodyStyle body) {
        String face = line.face();
        String text = line.text().strip();
        return face != null && !face.equals(bodyFace) && !line.bold() && !line.italic() && !line.smallCaps()
                && !body.isLarger(line.fontSize()) && !body.isSmaller(line.fontSize()) && !text.endsWith(".")
                && !text.isEmpty() && SPACES.split(text).length <= MAX_WORDS;
    }

    private static String bodyFace(List<TextLine> lines) {
        Map<String, Integer> chars = new HashMap<>();
        for (TextLine line : lines) {
            for (TextFragment f : line.fragments()) {
                if (f.face() != null && !f.bold() && !f.italic()) {
                    chars.merge(f.face(), f.text().length(), Integer::sum);
                }
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
