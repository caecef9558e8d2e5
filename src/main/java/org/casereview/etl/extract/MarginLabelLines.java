package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.digest.DigestTable;

/**
 * Labels of a page's label column ({@link org.casereview.etl.pdf.MarginLabels}) in Tika's text: Tika reads a margin
 * label and the body line beside it as one line ('- Learning includes: weight loss ...', the line's bullet in front);
 * the page lines have them apart. Such a line becomes the label on a line of its own, then the body line with the
 * line's own list marker kept (before the label, or after it where the label column stands left of a list), or the
 * bullet the page lines found in front of it. A label that names no section the grammar reads is left out.
 */
final class MarginLabelLines {

    private static final Pattern MARKER = Pattern.compile("^((?:[-*\u2022\u00b7\u25aa\u25cf\u2013]\\s*)?)(.*)$");

    private record Labelled(String label, String body, boolean bulleted) {
    }

    private MarginLabelLines() {
    }

    static List<String> split(List<String> lines, List<List<PdfPageLines.Line>> pages) {
        List<Labelled> labelled = labelled(pages);
        if (labelled.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        int next = 0;
        for (String line : lines) {
            Matcher text = MARKER.matcher(oneLine(line));
            text.matches();
            int at = find(labelled, next, text.group(2));
            if (at < 0) {
                out.add(line);
                continue;
            }
            Labelled found = labelled.get(at);
            Matcher rest = MARKER.matcher(text.group(2).substring(found.label().length()).strip());
            rest.matches();
            boolean bulleted = !text.group(1).isEmpty() || !rest.group(1).isEmpty() || found.bulleted();
            // a field the grammar has no section for ('REVIEW' beside a title) names its line; it is no text, and
            // after a list it would be read as one more item
            if (DigestTable.isSectionLabel(found.label())) {
                out.add(found.label());
            }
            out.add((bulleted ? "- " : "") + rest.group(2));
            next = at + 1;
        }
        return out;
    }

    /** The first label from {@code from} on that opens {@code text} with its body line's words after it; -1 if none. */
    private static int find(List<Labelled> labelled, int from, String text) {
        for (int i = from; i < labelled.size(); i++) {
            Labelled l = labelled.get(i);
            if (text.startsWith(l.label() + " ") && bodyOf(text.substring(l.label().length())).equals(l.body())) {
                return i;
            }
        }
        return -1;
    }

    /** The body line's words after its label, its list marker left out (a form's bullet stands after the label). */
    private static String bodyOf(String rest) {
        Matcher body = MARKER.matcher(rest.strip());
        body.matches();
        return body.group(2);
    }

    /** Each label line with the body line after it (its list marker left out), in page order. */
    private static List<Labelled> labelled(List<List<PdfPageLines.Line>> pages) {
        List<Labelled> labelled = new ArrayList<>();
        for (List<PdfPageLines.Line> page : pages) {
            for (int i = 0; i + 1 < page.size(); i++) {
                PdfPageLines.Line line = page.get(i);
                if (line.marginLabel() && !page.get(i + 1).marginLabel()) {
                    Matcher body = MARKER.matcher(oneLine(page.get(i + 1).text()));
                    body.matches();
                    labelled.add(new Labelled(oneLine(line.text()), body.group(2), page.get(i + 1).bulleted()));
                }
            }
        }
        return labelled;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
