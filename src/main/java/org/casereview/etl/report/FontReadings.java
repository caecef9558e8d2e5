package org.casereview.etl.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.pdf.GlyphNameUnicode;
import org.casereview.etl.text.CommonWords;

/**
 * Fonts whose /ToUnicode map reads other letters than the glyph names of the font's own encoding. Either may be wrong;
 * the one whose text makes words wins: a map whose text has no words of a language ('7KLV UHYLHZ' for 'This review',
 * a subset's map written off by a constant) gives way to the glyph names when their text does make words, and the
 * glyphs are read by them. A font whose text makes no words either way is noted, with the first page it is on, for the
 * self-check. Only fonts whose two readings disagree on letters are sampled, so a document without one costs a look at
 * each page's font resources and no second pass.
 */
final class FontReadings {

    static final FontReadings NONE = new FontReadings(Map.of(), List.of());

    /** Letters on which the map and the glyph names must disagree before the font is sampled. */
    private static final int MIN_DISAGREEING_LETTERS = 8;
    /** Characters of a font's text sampled: a page of prose. */
    private static final int SAMPLE_CHARS = 3000;
    /** A gap wider than this share of the font size between two glyphs parts words drawn with no space. */
    private static final float WORD_GAP = 0.15f;

    /** Per repaired font's dictionary, each code's text by the glyph names (null: the map's text kept). */
    private final Map<COSDictionary, String[]> byGlyphNames;
    private final List<String> notes;

    private FontReadings(Map<COSDictionary, String[]> byGlyphNames, List<String> notes) {
        this.byGlyphNames = byGlyphNames;
        this.notes = notes;
    }

    static FontReadings of(PDDocument document) {
        Map<COSDictionary, String[]> disagreeing = new LinkedHashMap<>();
        Map<COSDictionary, PDFont> fonts = new HashMap<>();
        Set<COSDictionary> looked = new HashSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                try {
                    PDFont font = resources.getFont(name);
                    if (font != null && looked.add(font.getCOSObject())) {
                        String[] names = glyphNameReading(font);
                        if (names != null) {
                            disagreeing.put(font.getCOSObject(), names);
                            fonts.put(font.getCOSObject(), font);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // a font that cannot be loaded is read as PDFBox reads it
                }
            }
        }
        return disagreeing.isEmpty() ? NONE : judged(document, disagreeing, fonts);
    }

    /**
     * Each code's letter by the glyph names of a simple font with a /ToUnicode map, when the two readings disagree on
     * enough letters; null otherwise.
     */
    static String[] glyphNameReading(PDFont font) {
        if (!(font instanceof PDSimpleFont simple) || !font.getCOSObject().containsKey(COSName.TO_UNICODE)) {
            return null;
        }
        Encoding encoding = simple.getEncoding();
        if (encoding == null) {
            return null;
        }
        String[] byNames = new String[256];
        int disagreeing = 0;
        for (int code = 0; code < 256; code++) {
            String name = encoding.getName(code);
            String named = ".notdef".equals(name) ? null : GlyphNameUnicode.unicode(name);
            byNames[code] = named;
            String mapped = font.toUnicode(code);
            if (named != null && named.length() == 1 && Character.isLetter(named.charAt(0)) && mapped != null
                    && !mapped.equals(named)) {
                disagreeing++;
            }
        }
        return disagreeing >= MIN_DISAGREEING_LETTERS ? byNames : null;
    }

    private static FontReadings judged(PDDocument document, Map<COSDictionary, String[]> disagreeing,
                                       Map<COSDictionary, PDFont> fonts) {
        Sampler sampler = new Sampler(disagreeing);
        try {
            sampler.writeText(document, Writer.nullWriter());
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
        }
        Map<COSDictionary, String[]> repaired = new HashMap<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<COSDictionary, String[]> font : disagreeing.entrySet()) {
            Sample sample = sampler.samples.get(font.getKey());
            if (sample == null || !CommonWords.count(sample.mapped).garbled()) {
                continue;
            }
            if (CommonWords.count(sample.named).prose()) {
                repaired.put(font.getKey(), font.getValue());
            } else {
                notes.add("page " + sample.firstPage + ": the text in font " + fonts.get(font.getKey()).getName()
                        + " reads as no words (its ToUnicode map may be wrong)");
            }
        }
        return new FontReadings(repaired, List.copyOf(notes));
    }

    /** What the self-check should doubt: fonts whose text makes no words either way. */
    List<String> notes() {
        return notes;
    }

    boolean repairsNothing() {
        return byGlyphNames.isEmpty();
    }

    /** The glyph as its font's glyph names read it, when its font's map was found to make no words. */
    TextPosition read(TextPosition glyph) {
        String[] names = byGlyphNames.get(glyph.getFont().getCOSObject());
        int[] codes = glyph.getCharacterCodes();
        if (names == null || codes.length != 1 || codes[0] < 0 || codes[0] > 255 || names[codes[0]] == null
                || names[codes[0]].equals(glyph.getUnicode())) {
            return glyph;
        }
        return new TextPosition(glyph.getRotation(), glyph.getPageWidth(), glyph.getPageHeight(),
                glyph.getTextMatrix(), glyph.getEndX(), glyph.getEndY(), glyph.getHeightDir(),
                glyph.getIndividualWidths()[0], glyph.getWidthOfSpace(), names[codes[0]], codes, glyph.getFont(),
                glyph.getFontSize(), (int) glyph.getFontSizeInPt());
    }

    /** A font's text both ways, words parted by spaces or gaps, and the first page it is on. */
    private static final class Sample {
        final StringBuilder mapped = new StringBuilder();
        final StringBuilder named = new StringBuilder();
        final int firstPage;
        float lastEnd = Float.NaN;
        float lastY = Float.NaN;

        Sample(int firstPage) {
            this.firstPage = firstPage;
        }
    }

    /** Reads the disagreeing fonts' glyphs both ways, until each has a page of prose. */
    private static final class Sampler extends PDFTextStripper {
        private final Map<COSDictionary, String[]> fonts;
        private final Map<COSDictionary, Sample> samples = new HashMap<>();

        Sampler(Map<COSDictionary, String[]> fonts) {
            this.fonts = fonts;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (samples.size() < fonts.size()
                    || samples.values().stream().anyMatch(s -> s.mapped.length() < SAMPLE_CHARS)) {
                super.processPage(page);
            }
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            COSDictionary font = glyph.getFont().getCOSObject();
            String[] names = fonts.get(font);
            if (names == null) {
                return;
            }
            Sample sample = samples.computeIfAbsent(font, f -> new Sample(getCurrentPageNo()));
            if (sample.mapped.length() >= SAMPLE_CHARS) {
                return;
            }
            float gap = glyph.getXDirAdj() - sample.lastEnd;
            if (glyph.getYDirAdj() != sample.lastY || gap > WORD_GAP * glyph.getFontSizeInPt() || gap < 0) {
                sample.mapped.append(' ');
                sample.named.append(' ');
            }
            int[] codes = glyph.getCharacterCodes();
            String named = codes.length == 1 && codes[0] >= 0 && codes[0] < 256 ? names[codes[0]] : null;
            sample.mapped.append(glyph.getUnicode() == null ? "" : glyph.getUnicode());
            sample.named.append(named == null ? "" : named);
            sample.lastEnd = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            sample.lastY = glyph.getYDirAdj();
        }
    }
}
