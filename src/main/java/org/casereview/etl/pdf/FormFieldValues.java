package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.casereview.etl.guard.DocumentGuard;

/**
 * The values of a fillable form's text fields, put on their pages as the form shows them. A form saved with its
 * values holds them in the fields, not in the page's text: each value is drawn by its widget's appearance, in the
 * widget's box, and a text reader that reads only the page's content sees the captions without what was written
 * under them. Each text field (and drop-down) with a value is flattened into its page in the loaded copy, from its own
 * appearance (made from the value when the form has none or asks for new ones), so that every reader finds the value
 * where the form prints it; the text then follows the captions in the page's content, so the readers take such a page
 * in position order ({@link LineSteps}). Check boxes, radio buttons and signatures stay out: their marks are no text.
 */
public final class FormFieldValues {

    /** Fields looked at: a form with more is read up to them (a digest or report form has a few dozen). */
    static final int MAX_FIELDS = 1000;
    /** A value longer than this (about five pages of text) is not a form's field and stays out. */
    static final int MAX_VALUE_CHARS = 20_000;

    private FormFieldValues() {
    }

    /**
     * Flattens the document's filled text fields into their pages (in memory: the file is not written); a form that
     * cannot be flattened is left as it is. Returns how many fields were placed.
     */
    public static int placeOnPages(PDDocument document) {
        try {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                return 0;
            }
            List<PDField> filled = filledTextFields(form);
            if (filled.isEmpty()) {
                return 0;
            }
            List<PDField> drawn = withAppearances(form, filled);
            form.flatten(drawn, false);
            return drawn.size();
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            return 0; // the pages are read without the values
        }
    }

    private static List<PDField> filledTextFields(PDAcroForm form) {
        List<PDField> filled = new ArrayList<>();
        Iterator<PDField> fields = form.getFieldIterator();
        for (int seen = 0; seen < MAX_FIELDS && fields.hasNext(); seen++) {
            PDField field = fields.next();
            String value = field instanceof PDTextField || field instanceof PDComboBox ? field.getValueAsString() : "";
            if (!value.isBlank() && value.length() <= MAX_VALUE_CHARS) {
                filled.add(field);
            }
        }
        return filled;
    }

    /**
     * The fields whose widgets show their value: appearances made anew from the value where the form asks for new
     * ones or a widget has none; a field whose appearance cannot be made (no usable font) is left out.
     */
    private static List<PDField> withAppearances(PDAcroForm form, List<PDField> fields) {
        List<PDField> drawn = new ArrayList<>();
        for (PDField field : fields) {
            try {
                if (form.getNeedAppearances() || field.getWidgets().stream().anyMatch(FormFieldValues::noAppearance)) {
                    form.refreshAppearances(List.of(field));
                }
                drawn.add(field);
            } catch (IOException | RuntimeException e) {
                DocumentGuard.rethrowIfStopped(e);
            }
        }
        return drawn;
    }

    private static boolean noAppearance(PDAnnotationWidget widget) {
        return widget.getNormalAppearanceStream() == null;
    }
}
