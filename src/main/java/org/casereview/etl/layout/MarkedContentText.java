package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.pdf.PathOperators;
import org.casereview.etl.pdf.SizeOnPage;
import org.casereview.etl.pdf.UnseenGlyphs;

/**
 * The glyphs of one page by marked-content id, and how many visible glyphs the page has in all and
 * inside {@code /Artifact} sequences (furniture). Glyphs a viewer does not show ({@link UnseenGlyphs}: a hidden
 * layer, a slanted watermark, words under a redaction) are none of them.
 */
final class MarkedContentText {

    private static final String ARTIFACT = "Artifact";
    /** Share of the page's height at its top and foot where running heads, feet and page numbers are printed. */
    private static final float EDGE = 0.1f;

    private final Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
    /**
     * The glyphs of sequences begun inside a form XObject, by the form's stream and MCID: a form's MCIDs are its own
     * stream's, and a structure element reaches them by a reference naming the stream (/Stm), not by the page's number.
     */
    private final Map<COSStream, Map<Integer, List<TextPosition>>> byForm = new IdentityHashMap<>();
    /** The same glyphs by MCID alone: for a tree that names a form's sequence by number only, no page sequence having it. */
    private final Map<Integer, List<TextPosition>> formsByMcid = new HashMap<>();
    private Map<COSDictionary, COSStream> formOf = Map.of();
    /** Where the first image of a marked-content sequence is drawn: its left edge and its top from the page's top. */
    private Map<Integer, float[]> images = Map.of();
    private int visibleChars;
    private int artifactChars;
    /** Letters marked as artifacts between the page's edges: body text, not furniture (leader dots aside). */
    private int bodyArtifactLetters;
    private Set<TextPosition> covered = Set.of();

    private MarkedContentText() {
    }

    static MarkedContentText of(PDDocument document, PDPage page) throws IOException {
        MarkedContentText text = new MarkedContentText();
        CountingExtractor extractor = new CountingExtractor(page.getCropBox());
        extractor.unseen.startPage(document);
        extractor.processPage(page);
        text.covered = extractor.unseen.covered();
        text.images = extractor.images;
        text.formOf = extractor.formOf;
        text.visibleChars = extractor.visible - (int) text.covered.stream().filter(MarkedContentText::isVisible).count();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            text.index(content, false, null);
        }
        return text;
    }

    /** The glyphs of a marked-content sequence, in content-stream order; empty when there is none. */
    List<TextPosition> glyphs(int mcid) {
        List<TextPosition> own = byMcid.get(mcid);
        return own != null ? own : formsByMcid.getOrDefault(mcid, List.of());
    }

    /** The glyphs of a sequence of a form XObject's stream (the page's own when {@code form} is null). */
    List<TextPosition> glyphs(COSStream form, int mcid) {
        return form == null ? glyphs(mcid) : byForm.getOrDefault(form, Map.of()).getOrDefault(mcid, List.of());
    }

    /** The left edge and the top (from the page's top) of the first image drawn in a sequence; empty when none is. */
    Optional<float[]> image(int mcid) {
        return Optional.ofNullable(images.get(mcid));
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

    private void index(PDMarkedContent content, boolean inArtifact, COSStream inForm) {
        boolean artifact = inArtifact || ARTIFACT.equals(content.getTag());
        COSStream form = content.getProperties() == null ? inForm : formOf.getOrDefault(content.getProperties(), inForm);
        List<TextPosition> own = new ArrayList<>();
        for (Object o : content.getContents()) {
            if (o instanceof TextPosition glyph) {
                if (covered.contains(glyph)) {
                    continue;
                }
                own.add(glyph);
                if (artifact && isVisible(glyph)) {
                    artifactChars++;
                    bodyArtifactLetters += isBodyLetter(glyph) ? 1 : 0;
                }
            } else if (o instanceof PDMarkedContent nested) {
                index(nested, artifact, form);
                if (nested.getMCID() < 0) {
                    own.addAll(byMcidOrNested(nested));
                }
            }
        }
        if (content.getMCID() >= 0 && !artifact && form != null) {
            byForm.computeIfAbsent(form, k -> new HashMap<>()).computeIfAbsent(content.getMCID(), k -> new ArrayList<>())
                    .addAll(own);
            formsByMcid.computeIfAbsent(content.getMCID(), k -> new ArrayList<>()).addAll(own);
        } else if (content.getMCID() >= 0 && !artifact) {
            byMcid.computeIfAbsent(content.getMCID(), k -> new ArrayList<>()).addAll(own);
        }
    }

    /** The glyphs of a nested sequence without its own id belong to the enclosing id. */
    private List<TextPosition> byMcidOrNested(PDMarkedContent nested) {
        List<TextPosition> glyphs = new ArrayList<>();
        for (Object o : nested.getContents()) {
            if (o instanceof TextPosition glyph) {
                if (!covered.contains(glyph)) {
                    glyphs.add(glyph);
                }
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

    /** Counts the visible glyphs and follows what a viewer hides, as the page readers do. */
    private static final class CountingExtractor extends PDFMarkedContentExtractor {
        private final List<TextPosition> kept = new ArrayList<>();
        private final UnseenGlyphs unseen = new UnseenGlyphs(this, () -> List.of(kept));
        private int visible;
        private final PDRectangle box;
        private final Deque<Integer> mcids = new ArrayDeque<>();
        private final Map<Integer, float[]> images = new HashMap<>();
        /** The forms being drawn, innermost first, and the form stream each sequence begun inside one belongs to. */
        private final Deque<COSStream> forms = new ArrayDeque<>();
        private final Map<COSDictionary, COSStream> formOf = new IdentityHashMap<>();

        private CountingExtractor(PDRectangle box) {
            this.box = box;
            PathOperators.combined(this, List.of(imagePlaces()), unseen.operators()).forEach(this::addOperator);
            UnseenGlyphs.fillColourOperators(this).forEach(this::addOperator);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (unseen.leavesOut(text)) {
                return;
            }
            if (isVisible(text)) {
                visible++;
            }
            TextPosition sized = SizeOnPage.of(text, this);
            kept.add(sized);
            super.processTextPosition(sized);
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            unseen.beginMarkedContent(tag, properties);
            if (properties != null && !forms.isEmpty()) {
                formOf.put(properties, forms.peek());
            }
            mcids.push(properties == null ? -1 : properties.getInt(COSName.MCID, -1));
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            unseen.endMarkedContent();
            mcids.poll();
            super.endMarkedContentSequence();
        }

        /** Notes where an image drawn inside a sequence with an id stands (the unit square under the current matrix). */
        private OperatorProcessor imagePlaces() {
            return new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) throws IOException {
                    int mcid = mcids.stream().filter(id -> id >= 0).findFirst().orElse(-1);
                    if (mcid < 0 || images.containsKey(mcid) || operands.isEmpty()
                            || !(operands.get(0) instanceof COSName name)
                            || !(getResources().getXObject(name) instanceof PDImageXObject)) {
                        return;
                    }
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    float top = box.getUpperRightY() - (ctm.getTranslateY() + Math.max(0, ctm.getScalingFactorY()));
                    images.put(mcid, new float[] {ctm.getTranslateX() - box.getLowerLeftX(), top});
                }

                @Override
                public String getName() {
                    return "Do";
                }
            };
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            if (!unseen.hides(form)) {
                forms.push(form.getCOSObject());
                try {
                    super.showForm(form);
                } finally {
                    forms.pop();
                }
            }
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            if (!unseen.hides(form)) {
                forms.push(form.getCOSObject());
                try {
                    super.showTransparencyGroup(form);
                } finally {
                    forms.pop();
                }
            }
        }
    }
}
