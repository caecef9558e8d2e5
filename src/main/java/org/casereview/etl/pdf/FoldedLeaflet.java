package org.casereview.etl.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.guard.DocumentGuard;

/**
 * A tri-fold leaflet's two sides read in the order it is unfolded. A letter-folded leaflet is printed on two landscape
 * sides of three panels each: the outside holds, left to right, the flap that folds in, the back and the COVER; the
 * inside holds the three panels read once it is opened. Read side by side, the outside gives the flap's text first and
 * the cover's title last. Such a file is told by its shape: two landscape pages of the same size, no line of either
 * running over a fold (a third of the width), and the first page's largest lettering (the title) only in its right
 * panel, clearly larger than its other text. Its pages are then cut into the panels they are, in the leaflet's order:
 * the cover, the inside left to right, then the flap and the back. A landscape page of three columns whose heading
 * stands anywhere but alone in the right column is read as it was; so is a tagged file.
 */
public final class FoldedLeaflet {

    private static final int PANELS = 3;
    /** The cover's title is at least this much larger than the first side's other lettering. */
    private static final float TITLE_RATIO = 1.4f;
    /** A glyph this close to a fold (points) is taken to run over it. */
    private static final float FOLD_SLACK = 1f;
    /** Outside right (the cover), inside left to right, outside left (the flap) and middle (the back). */
    private static final int[][] ORDER = {{0, 2}, {1, 0}, {1, 1}, {1, 2}, {0, 0}, {0, 1}};

    private FoldedLeaflet() {
    }

    /** Cuts a tri-fold leaflet's two sides into its six panels, in reading order (in memory); true when it did. */
    public static boolean separate(PDDocument document) {
        try {
            if (document.getNumberOfPages() != 2 || document.getDocumentCatalog().getStructureTreeRoot() != null) {
                return false;
            }
            PDPage outside = document.getPage(0);
            PDPage inside = document.getPage(1);
            PDRectangle box = outside.getCropBox();
            if (!isLandscape(outside) || !isLandscape(inside) || !sameSize(box, inside.getCropBox())) {
                return false;
            }
            List<Glyph> front = glyphs(document, 1);
            List<Glyph> back = glyphs(document, 2);
            if (!isLeafletCover(front, box) || crossesAFold(back, inside.getCropBox())) {
                return false;
            }
            List<PDPage> panels = new ArrayList<>();
            PDPage[] sides = {outside, inside};
            List<List<Glyph>> text = List.of(front, back);
            for (int[] panel : ORDER) {
                if (hasText(text.get(panel[0]), sides[panel[0]].getCropBox(), panel[1])) {
                    panels.add(cut(document, sides[panel[0]], panel[1]));
                }
            }
            rebuild(document, panels);
            return true;
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            return false; // read as it is
        }
    }

    record Glyph(float left, float right, float size) {
    }

    static boolean isLeafletCover(List<Glyph> glyphs, PDRectangle page) {
        if (glyphs.isEmpty() || crossesAFold(glyphs, page)) {
            return false;
        }
        float largest = (float) glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
        float otherLargest = 0;
        for (Glyph glyph : glyphs) {
            boolean title = glyph.size() >= largest - 0.5f;
            if (title && panelOf(glyph, page) != PANELS - 1) {
                return false;
            }
            if (!title) {
                otherLargest = Math.max(otherLargest, glyph.size());
            }
        }
        return otherLargest > 0 && largest >= TITLE_RATIO * otherLargest;
    }

    static boolean crossesAFold(List<Glyph> glyphs, PDRectangle page) {
        float panel = page.getWidth() / PANELS;
        for (Glyph glyph : glyphs) {
            for (int fold = 1; fold < PANELS; fold++) {
                float x = page.getLowerLeftX() + fold * panel;
                if (glyph.left() < x - FOLD_SLACK && glyph.right() > x + FOLD_SLACK) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int panelOf(Glyph glyph, PDRectangle page) {
        float middle = (glyph.left() + glyph.right()) / 2 - page.getLowerLeftX();
        return Math.max(0, Math.min(PANELS - 1, (int) (middle / (page.getWidth() / PANELS))));
    }

    private static boolean hasText(List<Glyph> glyphs, PDRectangle page, int panel) {
        return glyphs.stream().anyMatch(glyph -> panelOf(glyph, page) == panel);
    }

    private static boolean isLandscape(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
    }

    private static boolean sameSize(PDRectangle a, PDRectangle b) {
        return Math.abs(a.getWidth() - b.getWidth()) < 2 && Math.abs(a.getHeight() - b.getHeight()) < 2;
    }

    /** The glyphs of one page (1-based), their left and right in page space and their size. */
    private static List<Glyph> glyphs(PDDocument document, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    float left = text.getX() + document.getPage(page - 1).getCropBox().getLowerLeftX();
                    glyphs.add(new Glyph(left, left + text.getWidth(), text.getFontSizeInPt()));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }

    /** A new page the size of one panel, drawing the side clipped to the panel, with the panel's links. */
    private static PDPage cut(PDDocument document, PDPage side, int panel) throws IOException {
        PDRectangle box = side.getCropBox();
        float width = box.getWidth() / PANELS;
        float left = box.getLowerLeftX() + panel * width;
        PDPage page = new PDPage(new PDRectangle(width, box.getHeight()));
        page.setResources(new PDResources());
        PDFormXObject form;
        try (InputStream content = side.getContents()) {
            form = new PDFormXObject(new PDStream(document, content, COSName.FLATE_DECODE));
        }
        form.setResources(side.getResources());
        form.setBBox(box);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.addRect(0, 0, width, box.getHeight());
            content.clip();
            content.transform(Matrix.getTranslateInstance(-left, -box.getLowerLeftY()));
            content.drawForm(form);
            content.restoreGraphicsState();
        }
        List<PDAnnotation> annotations = new ArrayList<>();
        for (PDAnnotation annotation : side.getAnnotations()) {
            PDRectangle rect = annotation.getRectangle();
            float middle = rect == null ? -1 : rect.getLowerLeftX() + rect.getWidth() / 2;
            if (middle >= left && middle < left + width) {
                annotation.setRectangle(new PDRectangle(rect.getLowerLeftX() - left, rect.getLowerLeftY() - box.getLowerLeftY(),
                        rect.getWidth(), rect.getHeight()));
                annotation.setPage(page);
                annotations.add(annotation);
            }
        }
        page.setAnnotations(annotations);
        return page;
    }

    private static void rebuild(PDDocument document, List<PDPage> pages) {
        document.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, new PDPageTree().getCOSObject());
        for (PDPage page : pages) {
            document.addPage(page);
        }
    }
}
