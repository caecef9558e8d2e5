package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextExtractorTest {

    private static final String SAMPLE = "Baby K\u2019s father \u2013 caf\u00e9 visits\nLearning includes: one; two.";

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Nested
    class PlainText {

        @Test
        void utf16LittleEndianWithBom() throws Exception {
            byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
            ExtractedText text = extractor.extract(write("digest.txt", bytes));
            assertThat(text.charset()).isEqualTo("UTF-16LE");
            assertThat(text.text()).isEqualTo(SAMPLE);
            assertThat(text.mediaType()).isEqualTo("text/plain");
        }

        @Test
        void utf16BigEndianWithBom() throws Exception {
            byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
            ExtractedText text = extractor.extract(write("digest.txt", bytes));
            assertThat(text.charset()).isEqualTo("UTF-16BE");
            assertThat(text.text()).isEqualTo(SAMPLE);
        }

        @Test
        void utf8WithBomLosesTheBom() throws Exception {
            byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(StandardCharsets.UTF_8));
            ExtractedText text = extractor.extract(write("digest.txt", bytes));
            assertThat(text.charset()).isEqualTo("UTF-8");
            assertThat(text.text()).isEqualTo(SAMPLE);
        }

        @Test
        void windows1252IsDetectedNotAssumed() throws Exception {
            String text = (SAMPLE + "\nThe child\u2019s \u201cvoice\u201d was not heard \u2013 the r\u00f4le of the nursery.\n").repeat(3);
            ExtractedText extracted = extractor.extract(write("digest.txt", text.getBytes(Charset.forName("windows-1252"))));
            assertThat(extracted.charset()).isEqualTo("windows-1252");
            assertThat(extracted.text()).isEqualTo(text);
        }

        @Test
        void crlfAndCrBecomeLf() throws Exception {
            ExtractedText text = extractor.extract(write("digest.md", "# Title\r\n\r\nLine one\rLine two\r\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(text.text()).isEqualTo("# Title\n\nLine one\nLine two\n");
            assertThat(text.charset()).isEqualTo("UTF-8");
        }
    }

    @Nested
    class Html {

        private static final String PAGE = """
                <!DOCTYPE html><html><head><title>Case reviews update</title>
                <style>.x { color: red }</style><script>var tracking = "script text";</script></head>
                <body>
                <header><a href="/">NSPCC home</a></header>
                <nav><ul><li><a href="/menu">Menu item</a></li></ul></nav>
                <div class="cookie-banner">We use cookies. <button>Accept</button></div>
                <div id="consent-dialog"><p>Manage consent</p></div>
                <ul class="site-menu"><li>Donate</li></ul>
                <main>
                <article><header><h3>2025 - Westcombe - Child AW</h3></header>
                <p>Criminal   exploitation of a
                   15-year-old boy.</p>
                <p><strong>Learning themes include:</strong> the link between exclusion and exploitation;
                recognising children as victims.</p>
                <ul><li>first bullet</li><li>second bullet</li></ul>
                <p><a href="https://library.example.org/aw.pdf">Read the overview report</a></p>
                </article>
                </main>
                <aside>Related stories</aside>
                <footer><p>Footer text</p></footer>
                <script>document.write("late script")</script>
                </body></html>
                """;

        @Test
        void lightMarkdownWithoutFurniture() throws Exception {
            ExtractedText text = extractor.extract(write("update.html", PAGE.getBytes(StandardCharsets.UTF_8)));
            assertThat(text.mediaType()).isEqualTo("text/html");
            assertThat(text.text()).isEqualTo("""
                    ### 2025 - Westcombe - Child AW

                    Criminal exploitation of a 15-year-old boy.

                    **Learning themes include:** the link between exclusion and exploitation; recognising children as victims.

                    - first bullet
                    - second bullet

                    [Read the overview report](https://library.example.org/aw.pdf)""");
        }

        @Test
        void noiseWordsNeverReachTheText() throws Exception {
            String text = extractor.extract(write("update.htm", PAGE.getBytes(StandardCharsets.UTF_8))).text();
            for (String noise : List.of("script text", "late script", "color", "NSPCC home", "Menu item", "cookies",
                    "consent", "Donate", "Related stories", "Footer text", "Case reviews update")) {
                assertThat(text).doesNotContain(noise);
            }
        }

        @Test
        void htmlEntryIsReadByTheGrammar() throws Exception {
            ParsedDigest digest = new DigestParser().parse(extractor.extract(write("update.html", PAGE.getBytes(StandardCharsets.UTF_8))).text());
            DigestEntry entry = digest.entries().get(0);
            assertThat(entry.childName()).isEqualTo("Child AW");
            assertThat(entry.area()).isEqualTo("Westcombe");
            assertThat(entry.linkTarget()).isEqualTo("https://library.example.org/aw.pdf");
            assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                    "the link between exclusion and exploitation", "recognising children as victims", "first bullet", "second bullet");
        }
    }

    @Nested
    class HtmlPageHeader {

        private static final String FEED = """
                <!DOCTYPE html><html><head><title>Feed</title></head><body>
                <header><a class="logo" href="/">Westshire Partnership</a>
                <nav><a href="/reviews">Reviews</a> <a href="/training">Training</a></nav>
                <div class="cookie-consent"><p>We use cookies on this site.</p></div>
                <h1>Case reviews added in March 2026</h1>
                <p><a href="/feed.atom">Subscribe</a> to this page.</p></header>
                <main><article><h3>Child QA: Child safeguarding practice review</h3>
                <p>Neglect of a 2-year-old boy in 2025.</p>
                <p><strong>Learning includes:</strong></p><ul><li>the health visitor was not told</li></ul>
                </article></main>
                <footer><h2>Contact us</h2><p>Footer text</p></footer>
                </body></html>
                """;

        @Test
        void theDatedHeadingOfThePageHeaderIsKeptItsMenusAndBannersAreNot() throws Exception {
            String text = extractor.extract(write("feed.html", FEED.getBytes(StandardCharsets.UTF_8))).text();
            assertThat(text).startsWith("# Case reviews added in March 2026\n\n### Child QA");
            for (String noise : List.of("Westshire Partnership", "Reviews", "Training", "cookies", "Subscribe",
                    "Contact us", "Footer text")) {
                assertThat(text).doesNotContain(noise);
            }
            ParsedDigest digest = new DigestParser().parse(text);
            assertThat(digest.month()).isEqualTo(java.time.YearMonth.of(2026, 3));
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child QA");
        }

        @Test
        void aBannerHeaderIsDroppedWithItsHeading() throws Exception {
            String page = FEED.replace("<header>", "<header role=\"banner\">");
            String text = extractor.extract(write("feed.html", page.getBytes(StandardCharsets.UTF_8))).text();
            assertThat(text).startsWith("### Child QA").doesNotContain("March 2026");
        }
    }

    @Nested
    class HtmlWithHeadedLists {

        @Test
        void sectionHeadingsWithoutColonAndBulletLists() throws Exception {
            String page = """
                    <html><body>
                    <div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p></div>
                    <div class="cc-window">Accept all</div>
                    <main>
                    <h1>Case reviews update</h1><p>Last updated: 12 Jun 2024</p>
                    <h2>2024 - Northcliffe - Child T</h2>
                    <p>Neglect of a 7-year-old boy in 2022.</p>
                    <h4>Learning themes</h4>
                    <ul><li>Drift in child in need planning</li><li>Hearing the child&#8217;s voice</li></ul>
                    <h4>Recommendations</h4>
                    <ol><li>Audit plans</li><li>Train staff</li></ol>
                    <p><a href="/library/child-t">Read the overview report</a></p>
                    <h2>2024 - Anonymous - Baby U</h2>
                    <p>Death of a 2-month-old girl in 2023.</p>
                    <h4>Learning</h4>
                    <ul><li>Safer sleep advice</li></ul>
                    <p><a href="/library/baby-u">Read the overview report</a></p>
                    </main></body></html>
                    """;
            ExtractedText text = extractor.extract(write("update.html", page.getBytes(StandardCharsets.UTF_8)));
            assertThat(text.text()).doesNotContain("cookies");
            ParsedDigest digest = new DigestParser().parse(text.text());
            assertThat(digest.problems()).isEmpty();
            assertThat(digest.month()).hasToString("2024-06");
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child T", "Baby U");
            DigestEntry first = digest.entries().get(0);
            assertThat(first.area()).isEqualTo("Northcliffe");
            assertThat(first.summary()).isEqualTo("Neglect of a 7-year-old boy in 2022.");
            assertThat(first.section(SectionType.LEARNING).orElseThrow().heading()).isEqualTo("Learning themes");
            assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                    .containsExactly("Drift in child in need planning", "Hearing the child\u2019s voice");
            assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                    .containsExactly("Audit plans", "Train staff");
            assertThat(first.linkTarget()).isEqualTo("/library/child-t");
        }
    }

    @Nested
    class Docx {

        @Test
        void boldParagraphsAndBulletsBecomeLightMarkdown() throws Exception {
            Path file = dir.resolve("digest.docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                doc.createParagraph().createRun().setText("1. Child Q: Serious case review");
                doc.createParagraph().createRun().setText("Neglect of a 6-year-old girl in 2020.");
                XWPFParagraph label = doc.createParagraph();
                XWPFRun bold = label.createRun();
                bold.setBold(true);
                bold.setText("Learning includes:");
                doc.createParagraph().createRun().setText("\u2022 the voice of the child");
                doc.createParagraph().createRun().setText("\u2022 drift in planning");
                doc.createParagraph().createRun().setText("Read the overview report");
                doc.write(out);
            }
            ExtractedText text = extractor.extract(file);
            assertThat(text.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(text.charset()).isNull();
            assertThat(text.text()).contains("1. Child Q: Serious case review\n\nNeglect of a 6-year-old girl in 2020.",
                    "**Learning includes:**", "- the voice of the child\n- drift in planning");

            DigestEntry entry = new DigestParser().parse(text.text()).entries().get(0);
            assertThat(entry.childName()).isEqualTo("Child Q");
            assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                    .containsExactly("the voice of the child", "drift in planning");
            assertThat(entry.linkText()).isEqualTo("Read the overview report");
        }
    }

    @Nested
    class DocxParagraphs {

        @Test
        void labelParagraphFollowedByOnePointPerParagraph() throws Exception {
            Path file = dir.resolve("plain.docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                for (String line : List.of("Child Q: Serious case review", "Neglect of a 6-year-old girl in 2020.",
                        "Learning includes:", "the voice of the child", "drift in planning", "Read the overview report")) {
                    doc.createParagraph().createRun().setText(line);
                }
                doc.write(out);
            }
            DigestEntry entry = new DigestParser().parse(extractor.extract(file).text()).entries().get(0);
            assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                    .containsExactly("the voice of the child", "drift in planning");
        }
    }

    @Nested
    class Pdf {

        private Path pdf(String name, List<String> lines, String userPassword) throws IOException {
            Path file = dir.resolve(name);
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
                if (userPassword != null) {
                    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                    policy.setEncryptionKeyLength(128);
                    doc.protect(policy);
                }
                doc.save(file.toFile());
            }
            return file;
        }

        @Test
        void pdfDigestIsReadByTheGrammar() throws Exception {
            Path file = pdf("digest.pdf", List.of("NSPCC Repository - May 2023", "", "1. Child R: Serious case review",
                    "", "Neglect of a 9-year-old boy in 2021.", "", "Learning includes: the voice of the child; drift.",
                    "", "Recommendations include: audit plans."), null);
            ExtractedText text = extractor.extract(file);
            assertThat(text.mediaType()).isEqualTo("application/pdf");
            assertThat(text.text()).contains("1. Child R: Serious case review", "Learning includes: the voice of the child; drift.");
            ParsedDigest digest = new DigestParser().parse(text.text());
            assertThat(digest.month()).hasToString("2023-05");
            assertThat(digest.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.childName()).isEqualTo("Child R");
                assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).hasSize(2);
                assertThat(entry.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                        .containsExactly("audit plans");
            });
        }

        @Test
        void theOutlineIsNotTextAfterTheLastEntry() throws Exception {
            Path file = pdf("outlined.pdf", List.of("Learning from case reviews: May 2023", "", "1. Child R: Serious case review",
                    "", "Neglect of a 9-year-old boy in 2021.", "", "Learning includes:", "", "- the voice of the child",
                    "- drift in planning"), null);
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                PDDocumentOutline outline = new PDDocumentOutline();
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle("Learning from case reviews: May 2023");
                item.setDestination(doc.getPage(0));
                outline.addLast(item);
                doc.getDocumentCatalog().setDocumentOutline(outline);
                doc.save(file.toFile());
            }
            ExtractedText text = extractor.extract(file);

            assertThat(text.text()).startsWith("\n# Learning from case reviews: May 2023").doesNotContain("- Learning from");
            DigestEntry entry = new DigestParser().parse(text.text()).entries().get(0);
            assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                    .containsExactly("the voice of the child", "drift in planning");
        }

        @Test
        void encryptedPdfIsRejectedAsEncrypted() throws Exception {
            Path file = pdf("locked.pdf", List.of("Secret digest"), "secret");
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.ENCRYPTED))
                    .hasMessageContaining("locked.pdf").hasMessageContaining("encrypted");
        }

        @Test
        void damagedPdfIsRejectedAsCorrupt() throws Exception {
            Path file = write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.CORRUPT))
                    .hasMessageContaining("broken.pdf");
        }
    }

    @Nested
    class Rejections {

        @Test
        void emptyFile() throws Exception {
            Path file = write("empty.txt", new byte[0]);
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY))
                    .hasMessageContaining("empty.txt").hasMessageContaining("empty");
        }

        @Test
        void whitespaceOnlyFileHasNoText() throws Exception {
            Path file = write("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY))
                    .hasMessageContaining("blank.txt").hasMessageContaining("no text");
        }

        @Test
        void imageIsUnsupportedAndNamed() throws Exception {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
            Path file = write("scan.txt", png);
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE))
                    .hasMessageContaining("scan.txt").hasMessageContaining("image/png");
        }

        @Test
        void zipIsUnsupported() throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("a.txt"));
                zip.write("hello".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Path file = write("digests.zip", bytes.toByteArray());
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE))
                    .hasMessageContaining("digests.zip").hasMessageContaining("application/zip");
        }

        @Test
        void fileOverTheSizeLimitIsTooLarge() throws Exception {
            Path file = write("huge.txt", "0123456789abc".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> new DocumentTextExtractor(10).extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE))
                    .hasMessageContaining("huge.txt").hasMessageContaining("13 bytes");
        }

        @Test
        void missingFileIsUnreadable() {
            Path file = dir.resolve("missing.txt");
            assertThatThrownBy(() -> extractor.extract(file))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.CORRUPT))
                    .hasMessageContaining("missing.txt");
        }
    }
}
