package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.pdf.DrawnDots;

/**
 * A number printed inside a small drawn badge (a filled circle or square) at the start of a line: a box's or step's
 * marker ('4' in a disc on the corner of a briefing's box, beside its title 'Why it matters'), not a word of the line.
 * Read as text it fused with the title ('4 Why it matters'), so no label or heading was seen. The number leaves the
 * line when the badge holds its digits and nothing else of the line; a number printed plainly stays.
 */
final class BadgeNumbers {

    private static final Pattern NUMBER_LEAD = Pattern.compile("^(\\d{1,2})[\\s\u00a0]+(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

    private BadgeNumbers() {
    }

    /** The line's text without its opening number when that number stands alone inside one of the page's shapes. */
    static String withoutBadgeNumber(String text, List<TextPosition> glyphs, List<DrawnDots.Shape> shapes, PDRectangle box) {
        if (!NUMBER_LEAD.matcher(text).find() || glyphs.isEmpty() || shapes.isEmpty()) {
            return text;
        }
        List<TextPosition> digits = new ArrayList<>();
        TextPosition next = null;
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            if (unicode.isBlank()) {
                if (!digits.isEmpty()) {
                    continue;
                }
            } else if (unicode.chars().allMatch(Character::isDigit) && next == null) {
                digits.add(glyph);
                continue;
            }
            if (!unicode.isBlank()) {
                next = glyph;
                break;
            }
        }
        if (digits.isEmpty() || next == null) {
            return text;
        }
        TextPosition last = digits.get(digits.size() - 1);
        float left = digits.get(0).getXDirAdj();
        float right = last.getXDirAdj() + last.getWidthDirAdj();
        float centreX = (left + right) / 2;
        float centreY = digits.get(0).getYDirAdj() - digits.get(0).getHeightDir() / 2;
        for (DrawnDots.Shape shape : shapes) {
            float minX = shape.minX() - box.getLowerLeftX();
            float maxX = shape.maxX() - box.getLowerLeftX();
            float top = box.getUpperRightY() - shape.maxY();
            float bottom = box.getUpperRightY() - shape.minY();
            boolean holdsDigits = minX <= left && maxX >= right && top <= centreY && bottom >= centreY;
            if (holdsDigits && maxX <= next.getXDirAdj()) {
                Matcher number = NUMBER_LEAD.matcher(text);
                return number.find() ? "### " + number.group(1) + ". " + text.substring(number.end()) : text;
            }
        }
        return text;
    }

    /** A line as both readings agree on it: its spaces, no-break spaces among them, as one space. */
    static String key(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    /** The text with each line a page line names as badge-numbered (as the text layer has it) given without its number. */
    static String leftOut(String text, Map<String, String> unnumbered) {
        if (unnumbered.isEmpty()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String without = unnumbered.get(key(lines[i]));
            if (without != null) {
                lines[i] = without + "\n"; // a heading's line, as markdown sets it apart from its text
            }
        }
        return String.join("\n", lines);
    }
}
