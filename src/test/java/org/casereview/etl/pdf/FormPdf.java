package org.casereview.etl.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Writes a fillable form with PDFBox (invented material): a heading, an intro and, for each block, captions as page
 * text with a text field under each (one line, or one line per '\n' of its value, multi-line), each block under a
 * 'Review N' line with a ticked check box at its right. The page's content holds only the captions; the values are the
 * fields'. Flattened, the text fields' appearances are drawn after all the captions (the check boxes stay fields).
 */
public final class FormPdf {

    /** A caption and the value of the text field under it. */
    public record Field(String caption, String value) {
    }

    /** How the form is saved: with its values, empty, or with the values flattened into the page. */
    public enum Saved { FILLED, EMPTY, FLATTENED }

    /** A digest of two invented reviews, as form fields. */
    public static final String HEADING = "Case reviews published in March 2032";

    public static final List<List<Field>> TWO_REVIEWS = List.of(
            List.of(new Field("Review title", "Child QF: Child safeguarding practice review"),
                    new Field("Summary", "Death of a 7-week-old baby boy in 2031 after he was shaken by his father."),
                    new Field("Learning includes", "\u2022 health visitors did not ask who else cared for the baby\n"
                            + "\u2022 the father's anger was not known to the midwife"),
                    new Field("Recommendations include", "\u2022 ask every parent how they cope with crying"),
                    new Field("Link to full report", "Read the full report (PDF)")),
            List.of(new Field("Review title", "Child RG: Local child safeguarding practice review"),
                    new Field("Summary", "Neglect of a 9-year-old girl in 2030 who missed school for a term."),
                    new Field("Learning includes", "\u2022 school absence was not shared with social care\n"
                            + "\u2022 nobody visited the home in the holidays"),
                    new Field("Recommendations include", "\u2022 record every missed appointment"),
                    new Field("Link to full report", "Read the full report")));

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 50;
    private static final float WIDTH = 495;
    private static final float LEADING = 11;

    private FormPdf() {
    }

    public static Path write(Path file, String heading, List<List<Field>> blocks, Saved saved) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Helv"), REGULAR);
            resources.put(COSName.getPDFName("ZaDb"), new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 9 Tf 0 g");
            doc.getDocumentCatalog().setAcroForm(form);
            float y = 790;
            List<PDField> texts = new ArrayList<>();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                text(content, BOLD, 15, y, heading);
                y -= 28;
                int n = 0;
                for (List<Field> block : blocks) {
                    n++;
                    text(content, BOLD, 10.5f, y, "Review " + n);
                    checkBox(doc, form, page, "checked" + n, y);
                    y -= 16;
                    for (Field field : block) {
                        text(content, REGULAR, 7.5f, y, field.caption());
                        int lines = field.value().split("\n", -1).length;
                        float height = lines * LEADING + 5;
                        y -= 3;
                        texts.add(textField(form, page, "block" + n + "_" + form.getFields().size(), field.value(),
                                new PDRectangle(LEFT, y - height, WIDTH, height), lines > 1, saved != Saved.EMPTY));
                        y -= height + 10;
                    }
                    y -= 8;
                }
            }
            if (saved == Saved.FLATTENED) {
                form.flatten(texts, false);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDField textField(PDAcroForm form, PDPage page, String name, String value, PDRectangle box,
                                  boolean multiline, boolean filled) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setMultiline(multiline);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(box);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
        if (filled) {
            field.setValue(value);
        }
        return field;
    }

    private static void checkBox(PDDocument doc, PDAcroForm form, PDPage page, String name, float y) throws IOException {
        PDCheckBox box = new PDCheckBox(form);
        box.setPartialName(name);
        PDAnnotationWidget widget = box.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(LEFT + WIDTH - 9, y - 1, 9, 9));
        widget.setPage(page);
        widget.setPrinted(true);
        COSDictionary states = new COSDictionary();
        states.setItem(COSName.getPDFName("Yes"), mark(doc, "\u2714"));
        states.setItem(COSName.Off, mark(doc, ""));
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(new PDAppearanceEntry(states));
        widget.setAppearance(appearance);
        page.getAnnotations().add(widget);
        form.getFields().add(box);
        box.check();
    }

    /** A check box state's appearance: the ZapfDingbats tick, or nothing. */
    private static PDAppearanceStream mark(PDDocument doc, String glyph) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(9, 9));
        PDResources resources = new PDResources();
        PDFont zapf = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);
        resources.put(COSName.getPDFName("ZaDb"), zapf);
        stream.setResources(resources);
        try (PDAppearanceContentStream content = new PDAppearanceContentStream(stream)) {
            if (!glyph.isEmpty()) {
                content.beginText();
                content.setFont(zapf, 8);
                content.newLineAtOffset(1, 1.5f);
                content.showText(glyph);
                content.endText();
            }
        }
        return stream;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float y, String text)
            throws IOException {
        text(content, font, size, y, text, LEFT);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float y, String text, float x)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
