package org.casereview.etl.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * The held-out hostile inputs of session 37 (docs/HOSTILE-INPUTS.md): kinds no earlier test wrote
 * (cycles in the page tree, outline and structure tree, forms drawing themselves, a Flate bomb
 * inside a PDF, a declared 100,000 x 100,000 image, a CMap of 1,000 characters a code, entity
 * expansion in a .docx, HTML nested 100,000 deep, unpaired surrogates, control characters in file
 * names ...). Every file is generated here, none is committed; the big ones are streamed to disk.
 * Each name maps to what the file is.
 */
public final class UnseenHostileInputs {

    /** What an external entity would pull into the text if it were resolved. */
    static final String SECRET_MARKER = "XXE-SECRET-MARKER-S37";
    /** A file name with a newline, a carriage return, an escape sequence, a bell and a tab. */
    static final String CONTROL_NAME = "cut\nFAKE LOG LINE\r\u001b[31mred\u0007\tname.pdf";
    /**
     * A good report (invented, "Child W") under a name with a path climb spelled with backslashes, a line separator and a C1 next-line (not
     * at the start: a name starting with a dot is a hidden file, which discovery skips by design).
     */
    static final String CLIMB_NAME = "Good..\\..\\Report\u2028Child\u0085.pdf";

    private static final long MB = 1024L * 1024;

    private UnseenHostileInputs() {
    }

    /** All kinds, as measured in docs/HOSTILE-INPUTS.md. */
    static Map<String, String> write(Path dir, Path goodReport, Path secret) throws IOException {
        Map<String, String> kinds = writeQuick(dir, goodReport, secret);
        kinds.putAll(writeSlow(dir));
        return kinds;
    }

    /**
     * The kinds the whole-job test runs: every one that failed the run before session 37's guards, and the quick ones.
     *
     * @param goodReport a good report PDF, saved again with a JavaScript open action
     * @param secret     a file outside the input folder that the external entity names
     */
    static Map<String, String> writeQuick(Path dir, Path goodReport, Path secret) throws IOException {
        Map<String, String> kinds = new LinkedHashMap<>();
        pageTreeCycle(dir.resolve("page-tree-cycle.pdf"));
        kinds.put("page-tree-cycle.pdf", "a /Pages node listing itself among its /Kids");
        outlineCycle(dir.resolve("outline-next-cycle.pdf"));
        kinds.put("outline-next-cycle.pdf", "an outline whose second bookmark's /Next is the first");
        structTreeCycle(dir.resolve("struct-tree-cycle.pdf"));
        kinds.put("struct-tree-cycle.pdf", "a structure element whose /K holds its own parent");
        manyStructElements(dir.resolve("million-struct-elements.pdf"), 1_000_000);
        kinds.put("million-struct-elements.pdf", "a structure tree of 1,000,000 elements");
        nestedForms(dir.resolve("forms-nested-1000-deep.pdf"), 1_000);
        kinds.put("forms-nested-1000-deep.pdf", "form XObjects each drawing the next, 1,000 deep");
        selfDrawingForm(dir.resolve("form-draws-itself.pdf"));
        kinds.put("form-draws-itself.pdf", "a form XObject whose content draws itself");
        flateBomb(dir.resolve("flate-bomb-2gb.pdf"), 2048);
        kinds.put("flate-bomb-2gb.pdf", "a content stream inflating to 2 GB");
        hugeImage(dir.resolve("image-100000-square.pdf"));
        kinds.put("image-100000-square.pdf", "an image declared 100,000 x 100,000 of a few bytes");
        longCMap(dir.resolve("cmap-thousand-chars.pdf"), 1_000, 40_000);
        kinds.put("cmap-thousand-chars.pdf", "a ToUnicode CMap mapping each code to 1,000 characters, 40,000 glyphs");
        longCMap(dir.resolve("cmap-250-chars-a-code.pdf"), 250, 40_000);
        kinds.put("cmap-250-chars-a-code.pdf", "a ToUnicode CMap mapping each code to 250 characters, 40,000 glyphs");
        hugeActualText(dir.resolve("actualtext-10mb.pdf"), 10 * MB);
        kinds.put("actualtext-10mb.pdf", "an /ActualText of 10 MB");
        xrefOutOfFile(dir.resolve("xref-out-of-file.pdf"));
        kinds.put("xref-out-of-file.pdf", "every cross-reference offset past the end of the file");
        selfReference(dir.resolve("self-reference.pdf"));
        kinds.put("self-reference.pdf", "objects that are references to themselves (1 0 obj 1 0 R)");
        openActionJavaScript(goodReport, dir.resolve("javascript-open-action.pdf"));
        kinds.put("javascript-open-action.pdf", "a good report with a JavaScript /OpenAction");
        billionLaughs(dir.resolve("billion-laughs-digest.docx"));
        kinds.put("billion-laughs-digest.docx", "a .docx whose document declares nested entities (billion laughs)");
        externalEntity(dir.resolve("external-entity-digest.docx"), secret);
        kinds.put("external-entity-digest.docx", "a .docx whose document pulls a local file in as an external entity");
        sparse(dir.resolve("three-hundred-mb-no-newline.txt"), 300 * MB);
        kinds.put("three-hundred-mb-no-newline.txt", "a 300 MB text (sparse) with no newline");
        unpairedSurrogates(dir.resolve("utf16-unpaired-surrogates-2021-11.txt"));
        kinds.put("utf16-unpaired-surrogates-2021-11.txt", "a UTF-16LE digest with unpaired surrogates");
        Files.write(dir.resolve(CONTROL_NAME), ascii("%PDF-1.7\n1 0 obj << /Type /Catalog garbage"));
        kinds.put(CONTROL_NAME, "a broken PDF named with a newline, CR, ESC, BEL and tab");
        GeneratedInputs.writeReport(dir.resolve(CLIMB_NAME), "Child W", 3);
        kinds.put(CLIMB_NAME, "a good report named with ..\\..\\, U+2028 and U+0085");
        return kinds;
    }

    /** The kinds that load or are refused as they should but take minutes at load 40 (measured, not in the test). */
    static Map<String, String> writeSlow(Path dir) throws IOException {
        Map<String, String> kinds = new LinkedHashMap<>();
        emptyPages(dir.resolve("fifty-thousand-empty-pages.pdf"), 50_000);
        kinds.put("fifty-thousand-empty-pages.pdf", "50,000 pages with no content");
        manyBookmarks(dir.resolve("hundred-thousand-bookmarks.pdf"), 100_000);
        kinds.put("hundred-thousand-bookmarks.pdf", "an outline of 100,000 bookmarks");
        manyOperators(dir.resolve("ten-million-operators.pdf"), 10_000_000);
        kinds.put("ten-million-operators.pdf", "a content stream of 10,000,000 q/Q operators");
        endlessInlineImage(dir.resolve("endless-inline-image.pdf"), 40 * MB);
        kinds.put("endless-inline-image.pdf", "an inline image of 40 MB with no EI");
        hugeAnnotation(dir.resolve("annotation-10mb.pdf"), 10 * MB);
        kinds.put("annotation-10mb.pdf", "a text annotation of 10 MB");
        nestedHtml(dir.resolve("nested-100000-tags-digest.html"), 100_000);
        kinds.put("nested-100000-tags-digest.html", "an HTML digest nested 100,000 tags deep");
        oneLine(dir.resolve("ninety-mb-one-line-digest.txt"), 90 * MB);
        kinds.put("ninety-mb-one-line-digest.txt", "a 90 MB text digest of one line");
        manyLinks(dir.resolve("ten-thousand-links-2021-11.md"), 10_000);
        kinds.put("ten-thousand-links-2021-11.md", "a digest of 10,000 entries each linking a report");
        return kinds;
    }

    static void pageTreeCycle(Path file) throws IOException {
        try (RawPdf pdf = new RawPdf(file)) {
            pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
            pdf.object(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");
            pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + RawPdf.PAGE_RESOURCES
                    + " /Contents 5 0 R >>");
            pdf.object(4, RawPdf.FONT);
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "A page tree that lists itself.")));
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void emptyPages(Path file, int pages) throws IOException {
        try (RawPdf pdf = new RawPdf(file)) {
            pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
            pdf.begin(2);
            pdf.write("<< /Type /Pages /Count " + pages + " /Kids [");
            for (int n = 0; n < pages; n++) {
                pdf.write((10 + n) + " 0 R ");
            }
            pdf.write("] >>");
            pdf.end();
            for (int n = 0; n < pages; n++) {
                pdf.object(10 + n, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
            }
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void outlineCycle(Path file) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "/Outlines 6 0 R /PageMode /UseOutlines", "")) {
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "This review looks at Child H.",
                    "2. Recommendations", "1. The partnership should check outlines.")));
            pdf.object(6, "<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>");
            pdf.object(7, "<< /Title (1. Introduction) /Parent 6 0 R /Next 8 0 R /Dest [3 0 R /XYZ 0 720 0] >>");
            pdf.object(8, "<< /Title (2. Recommendations) /Parent 6 0 R /Prev 7 0 R /Next 7 0 R /Dest [3 0 R /XYZ 0 692 0] >>");
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void manyBookmarks(Path file, int count) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "/Outlines 6 0 R", "")) {
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "A review with a very long outline.")));
            int first = 10;
            int last = first + count - 1;
            pdf.object(6, "<< /Type /Outlines /First " + first + " 0 R /Last " + last + " 0 R /Count " + count + " >>");
            for (int n = first; n <= last; n++) {
                String prev = n > first ? " /Prev " + (n - 1) + " 0 R" : "";
                String next = n < last ? " /Next " + (n + 1) + " 0 R" : "";
                pdf.object(n, "<< /Title (" + (n - first + 1) + ". Section) /Parent 6 0 R" + prev + next
                        + " /Dest [3 0 R /XYZ 0 720 0] >>");
            }
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    public static void structTreeCycle(Path file) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "/StructTreeRoot 6 0 R /MarkInfo << /Marked true >>",
                "/StructParents 0")) {
            pdf.stream(5, "", ascii("/P << /MCID 0 >> BDC\n" + RawPdf.text("1. Introduction",
                    "A tagged page whose tags loop.") + "EMC\n"));
            pdf.object(6, "<< /Type /StructTreeRoot /K 7 0 R /ParentTree 9 0 R >>");
            pdf.object(7, "<< /Type /StructElem /S /Document /P 6 0 R /K [8 0 R] >>");
            pdf.object(8, "<< /Type /StructElem /S /P /P 7 0 R /Pg 3 0 R /K [0 7 0 R 8 0 R] >>");
            pdf.object(9, "<< /Nums [0 [8 0 R]] >>");
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    public static void manyStructElements(Path file, int count) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "/StructTreeRoot 6 0 R /MarkInfo << /Marked true >>",
                "/StructParents 0")) {
            pdf.stream(5, "", ascii("/P << /MCID 0 >> BDC\n" + RawPdf.text("1. Introduction",
                    "A tagged page of a million elements.") + "EMC\n"));
            pdf.object(6, "<< /Type /StructTreeRoot /K 7 0 R >>");
            pdf.begin(7);
            pdf.write("<< /Type /StructElem /S /Document /P 6 0 R /K [\n");
            StringBuilder chunk = new StringBuilder();
            for (int n = 0; n < count; n++) {
                chunk.append("<</S/P/P 7 0 R/Pg 3 0 R/K 0>>\n");
                if (chunk.length() > 1 << 16) {
                    pdf.write(chunk.toString());
                    chunk.setLength(0);
                }
            }
            pdf.write(chunk + "] >>");
            pdf.end();
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void nestedForms(Path file, int depth) throws IOException {
        int first = 10;
        try (RawPdf pdf = RawPdf.onePage(file, "", "/Resources << /Font << /F1 4 0 R >> /XObject << /X "
                + first + " 0 R >> >>", "")) {
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "Forms inside forms.") + "/X Do\n"));
            for (int n = first; n < first + depth; n++) {
                boolean last = n == first + depth - 1;
                String resources = "/Resources << /Font << /F1 4 0 R >>"
                        + (last ? "" : " /XObject << /X " + (n + 1) + " 0 R >>") + " >>";
                String content = last ? RawPdf.text("The innermost form.") : "q 1 0 0 1 0 -0.01 cm /X Do Q\n";
                pdf.stream(n, "/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + resources, ascii(content));
            }
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void selfDrawingForm(Path file) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "", "/Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >>", "")) {
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "A form that draws itself.") + "/X Do\n"));
            pdf.stream(6, "/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                    + "/Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >>",
                    ascii(RawPdf.text("Again.") + "/X Do\n"));
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    public static void manyOperators(Path file, int operators) throws IOException {
        byte[] content = (RawPdf.text("1. Introduction", "A page of ten million operators.")
                + "q Q\n".repeat(operators)).getBytes(StandardCharsets.US_ASCII);
        try (RawPdf pdf = RawPdf.onePage(file, "", "")) {
            pdf.flateStream(5, "", content);
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void endlessInlineImage(Path file, long bytes) throws IOException {
        byte[] head = ascii(RawPdf.text("1. Introduction", "An inline image that never ends.")
                + "q 100 0 0 100 72 72 cm BI /W 100 /H 100 /BPC 8 /CS /G ID ");
        try (RawPdf pdf = RawPdf.onePage(file, "", "")) {
            pdf.stream(5, "/Filter /FlateDecode", FlateBomb.deflated(head, bytes, (byte) 0));
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    public static void flateBomb(Path file, int megabytes) throws IOException {
        byte[] head = ascii(RawPdf.text("1. Introduction", "A content stream that inflates to gigabytes."));
        try (RawPdf pdf = RawPdf.onePage(file, "", "")) {
            pdf.stream(5, "/Filter /FlateDecode", FlateBomb.deflated(head, megabytes * MB, (byte) ' '));
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void hugeImage(Path file) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "", "/Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >>", "")) {
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "A picture declared huge.")
                    + "q 400 0 0 400 72 72 cm /Im1 Do Q\n"));
            pdf.flateStream(6, "/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /BitsPerComponent 8 "
                    + "/ColorSpace /DeviceRGB", new byte[4096]);
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    public static void longCMap(Path file, int charsPerCode, int glyphs) throws IOException {
        // PDFBox reads a CMap token of at most 512 bytes: 1,000 characters make the map unreadable, 250 fit
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CMapName /Long def 1 begincodespacerange <00> <FF> endcodespacerange\n");
        String thousand = "0041".repeat(charsPerCode);
        cmap.append("95 beginbfchar\n");
        for (int code = 0x20; code < 0x7f; code++) {
            cmap.append(String.format("<%02X> <%s>\n", code, thousand));
        }
        cmap.append("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n");
        StringBuilder content = new StringBuilder("BT /F1 6 Tf 20 830 Td 7 TL\n");
        String row = "(" + "abcdefghij".repeat(10) + ") '\n";
        content.append(row.repeat(glyphs / 100)).append("ET\n");
        try (RawPdf pdf = RawPdf.onePage(file, "", "/Resources << /Font << /F1 6 0 R >> >>", "")) {
            pdf.flateStream(5, "", ascii(content.toString()));
            pdf.object(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 7 0 R >>");
            pdf.flateStream(7, "", ascii(cmap.toString()));
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    public static void hugeActualText(Path file, long chars) throws IOException {
        String content = "/Span << /ActualText (" + "Actual text ".repeat((int) (chars / 12)) + ") >> BDC\n"
                + RawPdf.text("1. Introduction", "A span whose actual text is ten megabytes.") + "EMC\n";
        try (RawPdf pdf = RawPdf.onePage(file, "", "")) {
            pdf.flateStream(5, "", ascii(content));
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void hugeAnnotation(Path file, long chars) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "", "/Annots [6 0 R]")) {
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "A page with a ten megabyte note.")));
            pdf.begin(6);
            pdf.write("<< /Type /Annot /Subtype /Text /Rect [72 600 92 620] /Contents (");
            String note = "A note on the review. ".repeat(4096);
            for (long written = 0; written < chars; written += note.length()) {
                pdf.write(note);
            }
            pdf.write(") >>");
            pdf.end();
            pdf.finish("/Root 1 0 R", 0);
        }
    }

    static void xrefOutOfFile(Path file) throws IOException {
        try (RawPdf pdf = RawPdf.onePage(file, "", "")) {
            pdf.stream(5, "", ascii(RawPdf.text("1. Introduction", "A file whose cross-references point outside it.")));
            pdf.finish("/Root 1 0 R", 1_000_000_000L);
        }
    }

    static void selfReference(Path file) throws IOException {
        try (RawPdf pdf = new RawPdf(file)) {
            pdf.object(1, "1 0 R");
            pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            pdf.object(3, "3 0 R");
            pdf.object(4, "<< /Type /Catalog /Pages 5 0 R >>");
            pdf.object(5, "5 0 R");
            pdf.finish("/Root 1 0 R /Info 5 0 R", 0);
        }
    }

    static void openActionJavaScript(Path goodReport, Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(goodReport.toFile())) {
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript(
                    "app.launchURL('http://127.0.0.1:9/ran', true); this.exportDataObject({cName: 'x', nLaunch: 2});"));
            doc.save(file.toFile());
        }
    }

    static void billionLaughs(Path file) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [\n<!ENTITY lol0 \"lol\">\n");
        for (int n = 1; n <= 12; n++) {
            dtd.append("<!ENTITY lol").append(n).append(" \"").append(("&lol" + (n - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        docx(file, dtd, "1. Child L: serious case review", "&lol12;");
    }

    static void externalEntity(Path file, Path secret) throws IOException {
        Files.writeString(secret, SECRET_MARKER + "\n");
        String dtd = "<!DOCTYPE w:document [\n<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n]>\n";
        docx(file, new StringBuilder(dtd), "1. Child X: serious case review", "&secret;");
    }

    private static void docx(Path file, CharSequence doctype, String heading, String body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\"?>\n" + doctype
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>NSPCC Repository - November 2021</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>" + heading + "</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>Neglect of a 3-year-old girl in 2020. " + body + "</w:t></w:r></w:p>"
                    + "</w:body></w:document>");
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static void nestedHtml(Path file, int depth) throws IOException {
        String html = "<html><head><title>Case reviews November 2021</title></head><body>"
                + "<div>".repeat(depth) + "<h2>1. Child N: serious case review</h2><p>Neglect of a baby boy in 2020.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Files.writeString(file, html);
    }

    static void sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(ascii("Case reviews published in November 2021: "));
            raf.setLength(bytes);
        }
    }

    static void oneLine(Path file, long bytes) throws IOException {
        byte[] block = ascii("1. Child O: serious case review of neglect in 2020. ".repeat(20_000));
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block);
            }
        }
    }

    static void unpairedSurrogates(Path file) throws IOException {
        String text = "NSPCC Repository \u2013 November 2021\n\n1. Child S\ud800; Child safeguarding practice review\n\n"
                + "Neglect of a 2-year-old boy\udc00 in 2020. Learning includes: \ud83d the need to listen.\n\n"
                + "2. Child \udfff\ud800T; Serious case review\n\nInjuries to a 6-month-old girl in 2019.\n";
        byte[] body = new byte[2 + text.length() * 2];
        body[0] = (byte) 0xff;
        body[1] = (byte) 0xfe;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            body[2 + 2 * i] = (byte) c;
            body[3 + 2 * i] = (byte) (c >> 8);
        }
        Files.write(file, body);
    }

    static void manyLinks(Path file, int entries) throws IOException {
        StringBuilder s = new StringBuilder("# NSPCC Repository \u2013 November 2021\n\n");
        for (int n = 1; n <= entries; n++) {
            s.append(n).append(". Child L").append(n).append("; Child safeguarding practice review\n\n")
                    .append("Neglect of a 4-year-old boy in 2020.\n\n")
                    .append("Other resources [Read practice review (PDF)](review-").append(n).append(".pdf)\n\n");
        }
        Files.writeString(file, s);
    }

    private static byte[] ascii(String text) {
        return RawPdf.ascii(text);
    }

    /** Writes the inputs into the folder given (and the secret beside it), for measuring with the jar. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Map<String, String> kinds = write(dir, Path.of(args[1]), dir.resolveSibling("secret.txt"));
        kinds.forEach((name, kind) -> System.out.println(name.replace("\n", "\\n") + "\t" + kind));
    }

    /**
     * A zlib stream of {@code head} then {@code size} copies of one byte, built without compressing
     * them all: after a sync flush, every further megabyte deflates to the same block of
     * back-references, so that block is written again and again.
     */
    static final class FlateBomb {
        private FlateBomb() {
        }

        static byte[] deflated(byte[] head, long size, byte fill) {
            byte[] megabyte = new byte[(int) MB];
            Arrays.fill(megabyte, fill);
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            byte[] first = flush(deflater, head, megabyte);
            byte[] repeated = flush(deflater, megabyte);
            long megabytes = size / MB;
            Adler32 adler = new Adler32();
            adler.update(head);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(0x78);
            out.write(0xda);
            out.writeBytes(first);
            for (long n = 1; n < megabytes; n++) {
                out.writeBytes(repeated);
            }
            for (long n = 0; n < megabytes; n++) {
                adler.update(megabyte);
            }
            out.write(0x03); // an empty final block with fixed codes
            out.write(0x00);
            long sum = adler.getValue();
            out.write((int) (sum >>> 24));
            out.write((int) (sum >>> 16));
            out.write((int) (sum >>> 8));
            out.write((int) sum);
            deflater.end();
            return out.toByteArray();
        }

        private static byte[] flush(Deflater deflater, byte[]... parts) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (byte[] part : parts) {
                deflater.setInput(part);
                while (!deflater.needsInput()) {
                    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH);
                    out.write(buffer, 0, n);
                }
            }
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            return out.toByteArray();
        }
    }
}
