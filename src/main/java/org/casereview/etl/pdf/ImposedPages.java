package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.guard.DocumentGuard;

/**
 * The pages of an imposed sheet read as the pages they were. A booklet or n-up print (pdfpages, pdfjam, a print
 * driver's "booklet") places each source page on the sheet as one Form XObject, two or more side by side, each covering
 * about its share of the sheet, and draws nothing else; read as one page, a booklet's sheet gives its pages out of
 * order (side one holds the last page left of the first) and side-by-side halves run into each other. Each such
 * placement becomes a page of its own (the form drawn where it was, the sheet cut to it, its links with it), and when
 * the halves say which page they are, the pages are put in that order: the number pdfTeX records on each placed page
 * ({@code /PTEX.PageNumber}, all from one {@code /PTEX.FileName}), else the page number printed alone on each half's
 * first or last line; otherwise they stay in the sheets' reading order. A placement drawn turned 180 degrees (the
 * back sides of pdfjam's and pdfpages' duplex booklets, printed to be turned over on the short edge) is cut upright.
 * A tagged file is left as its tags read it, and so is a file whose first page is no imposed sheet (only that page is
 * looked at: every PDF is sniffed).
 */
public final class ImposedPages {

    /** A placement's share of the sheet may be this much smaller than an even share (margins between the pages). */
    private static final float MIN_SHARE = 0.7f;
    /** ... and this much larger (a little bleed). */
    private static final float MAX_SHARE = 1.05f;
    /** Pages placed on one sheet, at most (a 4 x 4 print). */
    private static final int MAX_PLACED = 16;
    /** How far, in points, a placement may stand over the sheet's edge or over its neighbour. */
    private static final float SLACK = 6f;
    private static final Pattern PRINTED_NUMBER = Pattern.compile(
            "^(?:page\\s+)?[-–—]?\\s*(\\d{1,4})\\s*[-–—]?(?:\\s+of\\s+\\d{1,4})?$", Pattern.CASE_INSENSITIVE);
    private static final COSName PTEX_PAGE = COSName.getPDFName("PTEX.PageNumber");
    private static final COSName PTEX_FILE = COSName.getPDFName("PTEX.FileName");

    private ImposedPages() {
    }

    /**
     * Replaces each imposed sheet of an untagged document by its placed pages (in memory: the file is not written).
     * Returns how many sheets were taken apart; a document that cannot be read so is left as it is.
     */
    public static int separate(PDDocument document) {
        List<Integer> sheets = separateSheets(document);
        return (int) sheets.stream().distinct().filter(sheet -> Collections.frequency(sheets, sheet) > 1).count();
    }

    /**
     * As {@link #separate}, and says for each page of the document as it is now the number of the page (the sheet) it
     * was cut from, 1-based; empty when nothing was taken apart (the pages are the sheets). A reader whose pages must
     * stay the file's (a report's item pages are the sheets a reader turns to) maps its pages back with it.
     */
    public static List<Integer> separateSheets(PDDocument document) {
        try {
            if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
                return List.of();
            }
            List<PDPage> pages = new ArrayList<>();
            List<Half> halves = new ArrayList<>();
            Map<PDPage, Integer> sheetOf = new IdentityHashMap<>();
            int sheets = 0;
            int sheetNumber = 0;
            for (PDPage page : document.getPages()) {
                sheetNumber++;
                List<Placement> placed = mayHoldPlacedPages(page) ? Placements.of(page) : List.of();
                if (placed.isEmpty() && pages.isEmpty()) {
                    return List.of(); // a booklet's first sheet holds its cover: a document that opens otherwise is read as it is
                }
                if (placed.isEmpty()) {
                    pages.add(page);
                    sheetOf.put(page, sheetNumber);
                    continue;
                }
                sheets++;
                for (Placement placement : placed) {
                    Half half = cut(document, page, placement);
                    halves.add(half);
                    pages.add(half.page());
                    sheetOf.put(half.page(), sheetNumber);
                }
            }
            if (sheets == 0) {
                return List.of();
            }
            if (halves.size() == pages.size()) {
                pages = inPageNumberOrder(halves);
            }
            rebuild(document, pages);
            return pages.stream().map(sheetOf::get).toList();
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            return List.of(); // read as the sheets it has
        }
    }

    /** Two or more forms among the page's resources: no page without them needs its content read here. */
    private static boolean mayHoldPlacedPages(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        int forms = 0;
        for (COSName name : resources.getXObjectNames()) {
            COSBase object = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT).getDictionaryObject(name);
            if (object instanceof COSStream stream && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
                forms++;
            }
        }
        return forms >= 2;
    }

    /**
     * A placed page: the form, the matrix it was drawn with, the box it covers on the sheet, and whether it is drawn
     * turned 180 degrees.
     */
    record Placement(PDFormXObject form, Matrix ctm, PDRectangle box, boolean turned) {
    }

    private record Half(PDPage page, Placement placement) {
    }

    /** A new page the size of the placement, drawing the form where it stood on the sheet, with the links in it. */
    private static Half cut(PDDocument document, PDPage sheet, Placement placement) throws IOException {
        PDRectangle box = placement.box();
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        page.setResources(new PDResources());
        Matrix toPage = placement.turned()
                ? new Matrix(-1, 0, 0, -1, box.getUpperRightX(), box.getUpperRightY())
                : Matrix.getTranslateInstance(-box.getLowerLeftX(), -box.getLowerLeftY());
        Matrix shifted = placement.ctm().multiply(toPage);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.transform(shifted);
            content.drawForm(placement.form());
            content.restoreGraphicsState();
        }
        List<PDAnnotation> annotations = new ArrayList<>();
        for (PDAnnotation annotation : sheet.getAnnotations()) {
            PDRectangle rect = annotation.getRectangle();
            if (rect != null && box.contains(rect.getLowerLeftX() + rect.getWidth() / 2,
                    rect.getLowerLeftY() + rect.getHeight() / 2)) {
                float x = placement.turned() ? box.getUpperRightX() - rect.getUpperRightX()
                        : rect.getLowerLeftX() - box.getLowerLeftX();
                float y = placement.turned() ? box.getUpperRightY() - rect.getUpperRightY()
                        : rect.getLowerLeftY() - box.getLowerLeftY();
                annotation.setRectangle(new PDRectangle(x, y, rect.getWidth(), rect.getHeight()));
                annotation.setPage(page);
                annotations.add(annotation);
            }
        }
        page.setAnnotations(annotations);
        return new Half(page, placement);
    }

    /** The halves in the order of the page numbers they carry, when all carry one; else as they are. */
    private static List<PDPage> inPageNumberOrder(List<Half> halves) throws IOException {
        List<Integer> numbers = recordedNumbers(halves);
        if (numbers.isEmpty()) {
            numbers = printedNumbers(halves);
        }
        List<PDPage> pages = new ArrayList<>(halves.stream().map(Half::page).toList());
        if (numbers.isEmpty()) {
            return pages;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < halves.size(); i++) {
            order.add(i);
        }
        List<Integer> byNumber = numbers;
        order.sort(Comparator.comparing(byNumber::get));
        return order.stream().map(pages::get).toList();
    }

    /** pdfTeX's record of the source page each form is, when every form has one from the same file and none twice. */
    private static List<Integer> recordedNumbers(List<Half> halves) {
        List<Integer> numbers = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (Half half : halves) {
            COSDictionary form = half.placement().form().getCOSObject();
            int number = form.getInt(PTEX_PAGE, -1);
            if (number < 0) {
                return List.of();
            }
            numbers.add(number);
            files.add(String.valueOf(form.getDictionaryObject(PTEX_FILE)));
        }
        return files.size() == 1 && distinct(numbers) ? numbers : List.of();
    }

    /**
     * The number printed alone on each half's first or last line, when every half with text has one and none is
     * printed twice; a half without text (a booklet's blank page) goes last.
     */
    private static List<Integer> printedNumbers(List<Half> halves) throws IOException {
        List<Integer> numbers = new ArrayList<>();
        for (Half half : halves) {
            List<String> lines = textLines(half.page());
            if (lines.isEmpty()) {
                numbers.add(Integer.MAX_VALUE);
                continue;
            }
            OptionalInt number = printedNumber(lines.get(lines.size() - 1));
            if (number.isEmpty()) {
                number = printedNumber(lines.get(0));
            }
            if (number.isEmpty()) {
                return List.of();
            }
            numbers.add(number.getAsInt());
        }
        return distinct(numbers.stream().filter(n -> n != Integer.MAX_VALUE).toList()) ? numbers : List.of();
    }

    static OptionalInt printedNumber(String line) {
        Matcher matcher = PRINTED_NUMBER.matcher(line.strip());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static List<String> textLines(PDPage page) throws IOException {
        try (PDDocument alone = new PDDocument()) {
            alone.addPage(page);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(alone).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    private static boolean distinct(List<Integer> numbers) {
        return new HashSet<>(numbers).size() == numbers.size();
    }

    /** The document's page tree made of the given pages, in order (inherited attributes set on each kept page). */
    private static void rebuild(PDDocument document, List<PDPage> pages) {
        for (PDPage page : pages) {
            page.setMediaBox(page.getMediaBox());
            page.setCropBox(page.getCropBox());
            page.setResources(page.getResources());
            page.setRotation(page.getRotation());
        }
        // a new tree, not the old one emptied page by page: PDFBox takes a page out only of its /Parent's /Kids, so
        // a page whose /Parent does not list it was never removed and the count never fell
        document.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, new PDPageTree().getCOSObject());
        for (PDPage page : pages) {
            document.addPage(page);
        }
    }

    /**
     * The forms a page draws directly, each with its box on the sheet, when they are the page's placed pages: two or
     * more, each upright, within the sheet, about its even share of it, not over one another, and no text drawn
     * beside them; in reading order (rows from the top, left to right). Empty when the page is no imposed sheet.
     */
    static final class Placements extends PDFStreamEngine {
        private final List<Placement> placed = new ArrayList<>();
        private boolean textOutside;
        private boolean other;

        private Placements() {
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new Concatenate(this));
        }

        static List<Placement> of(PDPage page) throws IOException {
            Placements placements = new Placements();
            placements.processPage(page);
            return placements.imposed(page.getCropBox());
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            String name = operator.getName();
            switch (name) {
                case "Tj", "TJ", "'", "\"" -> textOutside = true;
                case "Do" -> placed(operands);
                default -> super.processOperator(operator, operands);
            }
        }

        private void placed(List<COSBase> operands) throws IOException {
            if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || getResources() == null) {
                return;
            }
            PDXObject object = getResources().getXObject(name);
            if (!(object instanceof PDFormXObject form)) {
                return; // an image beside the placed pages (a crop mark, a logo) does not stop them
            }
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix().clone();
            Optional<PDRectangle> box = box(form, ctm);
            if (box.isEmpty()) {
                other = true;
            } else {
                placed.add(new Placement(form, ctm, box.get(), turned(form, ctm)));
            }
        }

        private static boolean turned(PDFormXObject form, Matrix ctm) {
            return form.getMatrix().multiply(ctm).getScaleX() < 0;
        }

        /**
         * The form's box on the sheet, when it is drawn upright or turned 180 degrees (scaled and moved, not turned a
         * quarter, not mirrored, not sheared).
         */
        private static Optional<PDRectangle> box(PDFormXObject form, Matrix ctm) {
            PDRectangle bbox = form.getBBox();
            Matrix matrix = form.getMatrix().multiply(ctm);
            float scaleX = matrix.getScaleX();
            float scaleY = matrix.getScaleY();
            boolean upright = scaleX > 0 && scaleY > 0;
            boolean halfTurn = scaleX < 0 && scaleY < 0;
            if (bbox == null || matrix.getShearX() != 0 || matrix.getShearY() != 0 || !(upright || halfTurn)) {
                return Optional.empty();
            }
            float x1 = bbox.getLowerLeftX() * scaleX + matrix.getTranslateX();
            float x2 = bbox.getUpperRightX() * scaleX + matrix.getTranslateX();
            float y1 = bbox.getLowerLeftY() * scaleY + matrix.getTranslateY();
            float y2 = bbox.getUpperRightY() * scaleY + matrix.getTranslateY();
            return Optional.of(new PDRectangle(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)));
        }

        private List<Placement> imposed(PDRectangle sheet) {
            int n = placed.size();
            if (textOutside || other || n < 2 || n > MAX_PLACED) {
                return List.of();
            }
            float share = sheet.getWidth() * sheet.getHeight() / n;
            for (int i = 0; i < n; i++) {
                PDRectangle box = placed.get(i).box();
                float area = box.getWidth() * box.getHeight();
                if (area < MIN_SHARE * share || area > MAX_SHARE * share || !within(box, sheet)) {
                    return List.of();
                }
                for (int j = 0; j < i; j++) {
                    if (overlap(box, placed.get(j).box())) {
                        return List.of();
                    }
                }
            }
            List<Placement> ordered = new ArrayList<>(placed);
            ordered.sort(Comparator.comparing((Placement p) -> -Math.round(top(p.box()) / SLACK))
                    .thenComparing(p -> p.box().getLowerLeftX()));
            if (ordered.stream().allMatch(Placement::turned)) {
                Collections.reverse(ordered); // a sheet printed upside down is read turned the right way up
            }
            return ordered;
        }

        private static float top(PDRectangle box) {
            return box.getUpperRightY();
        }

        private static boolean within(PDRectangle box, PDRectangle sheet) {
            return box.getLowerLeftX() >= sheet.getLowerLeftX() - SLACK && box.getLowerLeftY() >= sheet.getLowerLeftY() - SLACK
                    && box.getUpperRightX() <= sheet.getUpperRightX() + SLACK
                    && box.getUpperRightY() <= sheet.getUpperRightY() + SLACK;
        }

        private static boolean overlap(PDRectangle a, PDRectangle b) {
            float width = Math.min(a.getUpperRightX(), b.getUpperRightX()) - Math.max(a.getLowerLeftX(), b.getLowerLeftX());
            float height = Math.min(a.getUpperRightY(), b.getUpperRightY()) - Math.max(a.getLowerLeftY(), b.getLowerLeftY());
            return width > SLACK && height > SLACK;
        }
    }
}
