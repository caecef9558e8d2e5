package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.casereview.etl.guard.DocumentGuard;

/**
 * A reader's comments on a PDF's pages: sticky notes, highlights and underlines with their notes, FreeText boxes,
 * stamps, ink (the markup annotations of the PDF specification). They are not the document's text: Tika prints their
 * contents after each page's text, where they join the page's last entry (b43 kind 5, a digest sent back marked up).
 * Link annotations (the entries' report links, read apart and from Tika's text) and form widgets are no markup and
 * stay. The page's own text, printed in its content stream, is untouched; an annotation's appearance is not text of
 * the page either way.
 */
public final class CommentAnnotations {

    private CommentAnnotations() {
    }

    /** Takes the markup annotations off the loaded document's pages (the file itself is not changed). */
    public static void removeFrom(PDDocument document) {
        for (PDPage page : document.getPages()) {
            try {
                List<PDAnnotation> annotations = page.getAnnotations();
                if (annotations.stream().anyMatch(a -> a instanceof PDAnnotationMarkup)) {
                    page.setAnnotations(annotations.stream().filter(a -> !(a instanceof PDAnnotationMarkup)).toList());
                }
            } catch (IOException | RuntimeException e) {
                DocumentGuard.rethrowIfStopped(e);
                // a page whose annotations cannot be read keeps them: Tika reads what it can
            }
        }
    }
}
