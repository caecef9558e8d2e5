package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.pdf.RunInTitlesPdf;
import org.casereview.etl.pdf.RunInTitlesPdf.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An untagged PDF digest whose entry titles are bold run-in headings (LaTeX's \paragraph): title and summary share a line. */
class RunInHeadingsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float SIZE = 10;

    @TempDir
    Path dir;

    @Test
    void boldRunInTitlesBecomeTheEntriesTitlesAndTheRegularTextTheirSummaries() throws Exception {
        Path file = pdf(List.of(
                "Case reviews digest: October 2025", "",
                "Three case reviews published in October 2025.", "",
                "**Child QA: Child practice review** Neglect of a",
                "nine-year-old boy in 2023 who was often left alone.",
                "Learning includes:",
                "- the school did not ask why he was tired", "",
                "**Children QC and QD: Child safeguarding prac-**",
                "**tice review** Sexual abuse of two sisters, aged 6 and",
                "11, by a family friend between 2021 and 2023.",
                "Learning includes:",
                "- the older girl's hints were not recorded", "",
                "**Baby QE: Serious case review** Death of a 4-month-old",
                "girl in January 2025 from a head injury.",
                "**Learning includes:** the father was not seen."));

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).contains("Children QC and QD: Child safeguarding practice review\nSexual abuse of two sisters");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::childName).containsExactly(
                tuple("Child QA: Child practice review", "Child QA"),
                tuple("Children QC and QD: Child safeguarding practice review", "Children QC and QD"),
                tuple("Baby QE: Serious case review", "Baby QE"));
        assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                "Neglect of a nine-year-old boy in 2023 who was often left alone.",
                "Sexual abuse of two sisters, aged 6 and 11, by a family friend between 2021 and 2023.",
                "Death of a 4-month-old girl in January 2025 from a head injury.");
    }

    @Test
    void aSingleBoldLeadInIsLeftAsPrinted() throws Exception {
        Path file = pdf(List.of("**Please note** that this digest was updated.", "",
                "Child QF: Child practice review", "Neglect of a boy in 2023."));

        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("Please note that this digest was updated.");
    }

    /**
     * Issue 9 (digests b27, a Writer export): '1.' in regular type, a tab, then the bold title and the summary in one
     * run of glyphs; the number does not hide the bold title after it.
     */
    @Test
    void numberedParagraphsWhoseBoldTitleRunsIntoTheSummaryAreEntries() throws Exception {
        Path file = RunInTitlesPdf.numberedDigest(dir.resolve("numbered.pdf"));

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).contains("1. Child TQ: Local child safeguarding practice review\nNeglect of a 6-year-old boy");
        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::childName).containsExactly(
                tuple("Child TQ: Local child safeguarding practice review", "Child TQ"),
                tuple("Baby TR: Serious case review", "Baby TR"),
                tuple("Children TS and TT: Child safeguarding practice review", "Children TS and TT"));
        assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                "Neglect of a 6-year-old boy in 2024 whose school noticed that he was often hungry and wore the same "
                        + "clothes for weeks.",
                "Death of a 4-month-old girl in 2019 after she was shaken. Her father had been released from prison a "
                        + "month before.",
                "Sexual abuse of two sisters, aged 9 and 12, by a lodger in 2023.");
        assertThat(digest.entries()).extracting(e -> e.sections().stream().mapToInt(s -> s.items().size()).sum(),
                DigestEntry::linkText).containsExactly(tuple(3, "Read practice review (PDF)"),
                tuple(2, "Read serious case review (PDF)"), tuple(1, "Read practice review (PDF)"));
    }

    /** A bold title, a space glyph and the summary in one run of glyphs (no gap the stripper reads as a word break). */
    @Test
    void aBoldTitleAndItsSummaryInOneRunOfGlyphsAreSetApart() throws Exception {
        Path file = RunInTitlesPdf.write(dir.resolve("one-run.pdf"), List.of(
                Paragraph.plain("Case reviews digest: June 2026"),
                new Paragraph("", "Child UA: Serious case review.", List.of("Neglect of a boy aged 3 in 2018.")),
                Paragraph.plain("Learning includes:", "- the home was not visited"),
                new Paragraph("", "Child UB: Child practice review.", List.of("Death of a girl aged 15 in 2025.")),
                Paragraph.plain("Learning includes:", "- her distress was not recorded")));

        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::summary).containsExactly(
                tuple("Child UA: Serious case review", "Neglect of a boy aged 3 in 2018."),
                tuple("Child UB: Child practice review", "Death of a girl aged 15 in 2025."));
    }

    /** A report's numbered paragraphs opening with one bold word: emphasis, not titles; the text stays as printed. */
    @Test
    void numberedParagraphsOpeningWithOneBoldWordAreLeftAsPrinted() throws Exception {
        Path file = RunInTitlesPdf.write(dir.resolve("report.pdf"), List.of(
                new Paragraph("1.", "Background", List.of("The family moved to the area in 2022.")),
                new Paragraph("2.", "Findings", List.of("No agency saw the whole picture."))));

        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("1. Background The family moved to the area in 2022.")
                .contains("2. Findings No agency saw the whole picture.");
    }

    /** Lines from the top; "**words**" at a line's start is printed in bold, the rest on the same baseline in roman. */
    private Path pdf(List<String> lines) throws IOException {
        Path file = dir.resolve("runin.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : lines) {
                    if (!line.isEmpty()) {
                        print(content, line, y);
                    }
                    y -= line.isEmpty() ? 8 : 13;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void print(PDPageContentStream content, String line, float y) throws IOException {
        String bold = line.startsWith("**") ? line.substring(2, line.indexOf("**", 2)) : "";
        String rest = bold.isEmpty() ? line : line.substring(bold.length() + 4).strip();
        float x = 60;
        if (!bold.isEmpty()) {
            show(content, BOLD, bold, x, y);
            x += BOLD.getStringWidth(bold + " ") / 1000 * SIZE;
        }
        if (!rest.isEmpty()) {
            show(content, REGULAR, rest, x, y);
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
