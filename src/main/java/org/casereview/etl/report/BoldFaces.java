package org.casereview.etl.report;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.type1.Type1Font;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1CFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Whether a font is a bold face, for heading and label detection: by a weight word in its name, TeX's weight codes,
 * its descriptor's weight or force-bold flag, or the weight its embedded program states. Semibold, demibold, heavy
 * and black count; medium (weight 500) does not, save URW's "Medi" Times, whose program calls it bold. The stem width
 * (/StemV) is no evidence: producers write 80 for every face, or 195 to 600 for regular ones.
 */
final class BoldFaces {

    /** "Arial-BoldMT", "MyriadPro-Semibold", "Lato-Black", "Avenir-Heavy", "ITCAvantGarde-Demi". */
    private static final String[] WEIGHT_WORDS = {"bold", "black", "heavy", "demi"};
    /**
     * TeX's bold faces, named by code: Computer Modern "CMBX12", "CMB10", "CMBXSL10", "CMBXTI10", "CMSSBX10", "CMMIB10",
     * "CMBSY10"; EC and cm-super "ECBX1000", "ECRB1000", "ECSX1000", "SFBX1200"; URW's Times bold "NimbusRomNo9L-Medi".
     */
    private static final Pattern TEX_BOLD = Pattern.compile(
            "^(?:[a-z]{6}\\+)?(?:cm(?:bx|b\\d|ssbx|mib|bsy)|ec(?:bx|rb|bi|bl|sx)|sf(?:bx|rb|bi|bl|sx))|-medi(?:ital)?$");
    /** Linotype's and Adobe's short style parts: "HelveticaNeueLTStd-Bd", "-BdCn", "-Blk", "-HvIt", "-XBdIt", "-SBd". */
    private static final Pattern SHORT_STYLE = Pattern.compile("-(?:x|s|u)?(?:bd|blk|hv)(?:cn|it|ob|ex|o){0,2}$");
    /** The weight class from semibold up (OpenType's usWeightClass, the descriptor's /FontWeight). */
    private static final int BOLD_WEIGHT = 600;

    private BoldFaces() {
    }

    static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        if (font.getName() != null && isBoldName(font.getName())) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= BOLD_WEIGHT)) {
            return true;
        }
        try {
            return programIsBold(font);
        } catch (IOException | RuntimeException e) {
            // a damaged font program says nothing of its weight
            return false;
        }
    }

    /** The face's name says bold: a weight word, one of TeX's weight codes, or a short style part. */
    static boolean isBoldName(String fontName) {
        String name = fontName.toLowerCase(Locale.ROOT);
        return namesWeight(name) || TEX_BOLD.matcher(name).find() || SHORT_STYLE.matcher(name).find();
    }

    private static boolean namesWeight(String name) {
        for (String word : WEIGHT_WORDS) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The weight the embedded font program states: a Type 1 or CFF font's Weight, a TrueType font's weight class. */
    private static boolean programIsBold(PDFont font) throws IOException {
        if (font instanceof PDType1Font type1) {
            Type1Font program = type1.isEmbedded() ? type1.getType1Font() : null;
            return program != null && namesWeight(lower(program.getWeight()));
        }
        if (font instanceof PDType1CFont cff) {
            return cffIsBold(cff.getCFFType1Font().getTopDict().get("Weight"));
        }
        if (font instanceof PDTrueTypeFont trueType) {
            return trueTypeIsBold(trueType.getTrueTypeFont());
        }
        if (font instanceof PDType0Font type0 && type0.isEmbedded()) {
            PDCIDFont descendant = type0.getDescendantFont();
            if (descendant instanceof PDCIDFontType2 cidTrueType) {
                return trueTypeIsBold(cidTrueType.getTrueTypeFont());
            }
            if (descendant instanceof PDCIDFontType0 cidCff && cidCff.getCFFFont() != null) {
                return cffIsBold(cidCff.getCFFFont().getTopDict().get("Weight"));
            }
        }
        return false;
    }

    private static boolean cffIsBold(Object weight) {
        return weight instanceof String text && namesWeight(lower(text));
    }

    private static boolean trueTypeIsBold(TrueTypeFont program) throws IOException {
        if (program == null) {
            return false;
        }
        OS2WindowsMetricsTable os2 = program.getOS2Windows();
        return os2 != null && os2.getWeightClass() >= BOLD_WEIGHT;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
