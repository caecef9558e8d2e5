package org.casereview.etl.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.guard.DocumentGuard;

/**
 * Text typed onto a page with a viewer's typewriter tool (Acrobat's 'Add text', 'Fill &amp; Sign', a scanned form filled
 * in on screen): FreeText annotations whose intent is {@code /FreeTextTypeWriter}. They are the page's words, not a
 * reader's comments on it ({@link CommentAnnotations} takes those off): a blank form scanned as a picture and typed on
 * has no other text. Each is drawn into its page from its own appearance, in its box, and taken off the annotations,
 * in the loaded copy only, so that every reader (and the sniff) finds the words where the page shows them.
 */
public final class TypewriterText {

    /** Annotations looked at on a page: a typed-on form has a few dozen. */
    static final int MAX_ANNOTATIONS = 500;
    private static final COSName INTENT = COSName.getPDFName("IT");
    private static final COSName TYPEWRITER = COSName.getPDFName("FreeTextTypeWriter");

    private TypewriterText() {
    }

    /** Draws the typewriter annotations into their pages; a page that cannot be so drawn is left as it is. */
    public static int placeOnPages(PDDocument document) {
        int placed = 0;
        for (PDPage page : document.getPages()) {
            try {
                placed += placeOn(document, page);
            } catch (IOException | RuntimeException e) {
                DocumentGuard.rethrowIfStopped(e); // this page is read without its typed words
            }
        }
        return placed;
    }

    private static int placeOn(PDDocument document, PDPage page) throws IOException {
        List<PDAnnotation> annotations = page.getAnnotations();
        List<PDAnnotation> typed = new ArrayList<>();
        for (PDAnnotation annotation : annotations.subList(0, Math.min(annotations.size(), MAX_ANNOTATIONS))) {
            if (isTyped(annotation)) {
                typed.add(annotation);
            }
        }
        if (typed.isEmpty()) {
            return 0;
        }
        try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            for (PDAnnotation annotation : typed) {
                draw(out, annotation);
            }
        }
        List<PDAnnotation> rest = new ArrayList<>(annotations);
        rest.removeAll(typed);
        page.setAnnotations(rest);
        return typed.size();
    }

    /** A FreeText annotation of typewriter intent, shown (not hidden), with an appearance to draw. */
    static boolean isTyped(PDAnnotation annotation) {
        return "FreeText".equals(annotation.getSubtype())
                && TYPEWRITER.equals(annotation.getCOSObject().getCOSName(INTENT))
                && !annotation.isHidden() && !annotation.isNoView()
                && annotation.getNormalAppearanceStream() != null && annotation.getRectangle() != null;
    }

    /** The appearance drawn as a viewer draws it: its box (through its matrix) fitted to the annotation's rectangle. */
    private static void draw(PDPageContentStream out, PDAnnotation annotation) throws IOException {
        PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
        PDRectangle rect = annotation.getRectangle();
        PDRectangle box = appearance.getBBox();
        if (box == null || box.getWidth() <= 0 || box.getHeight() <= 0) {
            return;
        }
        Rectangle2D shown = box.transform(appearance.getMatrix()).getBounds2D();
        if (shown.getWidth() <= 0 || shown.getHeight() <= 0) {
            return;
        }
        float sx = (float) (rect.getWidth() / shown.getWidth());
        float sy = (float) (rect.getHeight() / shown.getHeight());
        Matrix fit = new Matrix(sx, 0, 0, sy, rect.getLowerLeftX() - (float) shown.getX() * sx,
                rect.getLowerLeftY() - (float) shown.getY() * sy);
        out.saveGraphicsState();
        out.transform(fit);
        out.drawForm(appearance);
        out.restoreGraphicsState();
    }
}
