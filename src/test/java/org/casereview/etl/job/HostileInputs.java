package org.casereview.etl.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casereview.etl.report.HostilePdfs;

/**
 * Writes one file of each hostile kind into a folder and says what the run must make of it:
 * the reason code of its reject, or {@code loaded}.
 */
final class HostileInputs {

    static final String LOADED = "loaded";
    /** The run's --max-expanded-mb: lower than the default so that the bomb is quick to write. */
    static final long EXPANDED_MB_LIMIT = 20;

    private HostileInputs() {
    }

    /** @param goodReport a good report PDF, cut short for the truncated case */
    static Map<String, String> write(Path dir, Path goodReport) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        HostilePdfs.encrypted(dir.resolve("locked-report.pdf"));
        expected.put("locked-report.pdf", "encrypted");
        HostilePdfs.imageOnly(dir.resolve("scanned-report.pdf"));
        expected.put("scanned-report.pdf", "no_text_layer");
        // a long name too: once longer than Spring Batch's step name column when used as the partition name
        String longName = "learning-review-published-by-the-thornbury-safeguarding-children-partnership-"
                + "table-then-subheading-child-z.pdf";
        HostilePdfs.tableThenSubHeading(dir.resolve(longName));
        expected.put(longName, LOADED);
        HostilePdfs.manyPages(dir.resolve("three-thousand-pages.pdf"), 3_000);
        expected.put("three-thousand-pages.pdf", "too_large");
        HostilePdfs.overlappingLines(dir.resolve("overlapping-lines.pdf"), 24_000);
        expected.put("overlapping-lines.pdf", "too_large");
        HostilePdfs.densePage(dir.resolve("dense-page.pdf"), 5_000_000);
        expected.put("dense-page.pdf", "too_large");
        HostilePdfs.truncated(goodReport, dir.resolve("cut-short-report.pdf"), 0.3);
        expected.put("cut-short-report.pdf", "corrupt");
        Files.write(dir.resolve("header-then-garbage.pdf"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog garbage".getBytes(StandardCharsets.ISO_8859_1));
        expected.put("header-then-garbage.pdf", "corrupt");
        Files.write(dir.resolve("empty-report.pdf"), new byte[0]);
        expected.put("empty-report.pdf", "empty");
        Files.write(dir.resolve("noise.bin"), randomBytes(4096));
        expected.put("noise.bin", "unsupported_type");
        zipBomb(dir.resolve("bomb-digest.docx"), (EXPANDED_MB_LIMIT + 10) * 1024 * 1024);
        expected.put("bomb-digest.docx", "too_large");
        manyEntries(dir.resolve("many-parts-digest.docx"), 12_000);
        expected.put("many-parts-digest.docx", "too_large");
        return expected;
    }

    /** A .docx whose one document part inflates to {@code expanded} bytes of white space. */
    static void zipBomb(Path file, long expanded) throws IOException {
        try (ZipOutputStream zip = docx(file)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < expanded; written += blanks.length) {
                zip.write(blanks);
            }
            zip.write("<w:p><w:r><w:t>1. Child A</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A .docx of a few bytes per part and {@code entries} parts. */
    static void manyEntries(Path file, int entries) throws IOException {
        try (ZipOutputStream zip = docx(file)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Digest</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int n = 0; n < entries; n++) {
                zip.putNextEntry(new ZipEntry("customXml/item" + n + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static ZipOutputStream docx(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("_rels/.rels"));
        zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        return zip;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(8).nextBytes(bytes);
        bytes[0] = 0x7f; // not a known magic number
        return bytes;
    }
}
