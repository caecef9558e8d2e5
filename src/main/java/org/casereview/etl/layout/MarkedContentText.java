package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.pdf.SizeOnPage;

/**
 * The glyphs of one page by marked-content id, and how many visible glyphs the page has in all and
 * inside {@code /Artifact} sequences (furniture).
 */
final class MarkedContentText {

    private static final String ARTIFACT = "Artifact";
    /** Share of the page's height at its top and foot where running heads, feet and page numbers are printed. */
    private static final float EDGE = 0.1f;

    private final Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
    private int visibleChars;
    private int artifactChars;
    /** Letters marked as artifacts between the page's edges: body text, not furniture (leader dots aside). */
    private int bodyArtifactLetters;

    private MarkedContentText() {
    }

    static MarkedContentText of(PDPage page) throws IOException {
        MarkedContentText text = new MarkedContentText();
        CountingExtractor extractor = new CountingExtractor();
        extractor.processPage(page);
        text.visibleChars = extractor.visible;
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            text.index(content, false);
        }
        return text;
    }

    /** The glyphs of a marked-content sequence, in content-stream order; empty when there is none. */
    List<TextPosition> glyphs(int mcid) {
        return byMcid.getOrDefault(mcid, List.of());
    }

    int visibleChars() {
        return visibleChars;
    }

    /**
     * Visible glyphs that are not furniture: what the structure tree should reach. Letters marked as artifacts in
     * the page's body count: a tagger that marks every untagged line an artifact (LaTeX's first tagging phase tags
     * only links) leaves the text outside the tree, not furniture outside it.
     */
    int contentChars() {
        return Math.max(0, visibleChars - artifactChars + bodyArtifactLetters);
    }

    private void index(PDMarkedContent content, boolean inArtifact) {
        boolean artifact = inArtifact || ARTIFACT.equals(content.getTag());
        List<TextPosition> own = new ArrayList<>();
        for (Object o : content.getContents()) {
            if (o instanceof TextPosition glyph) {
                own.add(glyph);
                if (artifact && isVisible(glyph)) {
                    artifactChars++;
                    bodyArtifactLetters += isBodyLetter(glyph) ? 1 : 0;
                }
            } else if (o instanceof PDMarkedContent nested) {
                index(nested, artifact);
                if (nested.getMCID() < 0) {
                    own.addAll(byMcidOrNested(nested));
                }
            }
        }
        if (content.getMCID() >= 0 && !artifact) {
            byMcid.computeIfAbsent(content.getMCID(), k -> new ArrayList<>()).addAll(own);
        }
    }

    /** The glyphs of a nested sequence without its own id belong to the enclosing id. */
    private static List<TextPosition> byMcidOrNested(PDMarkedContent nested) {
        List<TextPosition> glyphs = new ArrayList<>();
        for (Object o : nested.getContents()) {
            if (o instanceof TextPosition glyph) {
                glyphs.add(glyph);
            } else if (o instanceof PDMarkedContent deeper && deeper.getMCID() < 0) {
                glyphs.addAll(byMcidOrNested(deeper));
            }
        }
        return glyphs;
    }

    private static boolean isBodyLetter(TextPosition glyph) {
        float height = glyph.getPageHeight();
        float top = height > 0 ? glyph.getYDirAdj() / height : 0;
        return top > EDGE && top < 1 - EDGE && Character.isLetter(glyph.getUnicode().codePointAt(0));
    }

    static boolean isVisible(TextPosition glyph) {
        return !glyph.getUnicode().isBlank();
    }

    private static final class CountingExtractor extends PDFMarkedContentExtractor {
        private int visible;

        @Override
        protected void processTextPosition(TextPosition text) {
            if (isVisible(text)) {
                visible++;
            }
            super.processTextPosition(SizeOnPage.of(text, this));
        }
    }
}
