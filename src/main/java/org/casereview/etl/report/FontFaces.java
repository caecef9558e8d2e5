package org.casereview.etl.report;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The family of a font by its name, so that two faces of one family (regular, bold, italic) are one family and two
 * families at one size and weight are told apart: the subset tag ('ABCDEF+'), the style after a hyphen or comma
 * ('-BoldItalic', ',Bold') and style words closing the name ('TimesNewRomanPSMT' keeps its family, 'ArialBold' loses
 * 'Bold') are dropped, and case is ignored. A font without a name has no family (null).
 */
final class FontFaces {

    private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+");
    private static final Pattern STYLE_PART = Pattern.compile("[-,].*$");
    private static final Pattern STYLE_WORDS = Pattern.compile(
            "(?i)(bold|italic|oblique|regular|roman|medium|light|semibold|demi|book|mt|ps)+$");

    private final Map<PDFont, String> families = new IdentityHashMap<>();
    /** The font asked last and its family: a page's fragments mostly come in one font after another of it. */
    private PDFont lastFont;
    private String lastFamily;

    /** The family of the font, read once per font object. */
    String of(PDFont font) {
        if (font == null) {
            return null;
        }
        if (font != lastFont) {
            lastFont = font;
            lastFamily = families.computeIfAbsent(font, f -> family(f.getName()));
        }
        return lastFamily;
    }

    static String family(String name) {
        if (name == null) {
            return null;
        }
        String base = STYLE_PART.matcher(SUBSET.matcher(name.strip()).replaceFirst("")).replaceFirst("");
        String bare = STYLE_WORDS.matcher(base).replaceFirst("");
        String family = (bare.isEmpty() ? base : bare).toLowerCase(Locale.ROOT);
        return family.isEmpty() ? null : family;
    }
}
