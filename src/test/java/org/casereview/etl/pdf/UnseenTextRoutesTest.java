package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.LayoutDigestText;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.casereview.etl.pdf.UnseenWordsPdf.Hide;
import org.casereview.etl.report.ExtractedReport;
import org.casereview.etl.report.ReportExtractor;
import org.casereview.etl.report.ReportItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF text route leaves out what a viewer does not show, by one rule ({@link UnseenGlyphs}): a line in a layer
 * switched off, words under a black {@code re f} box, a black {@code m l l l h f} path, a black fill clipped to a
 * rounded outline, a black image and a black inline image, all painted after the words, a word in a hole of its
 * line's clip, a word in near white on the white page and one in the pale colour of the box under it, and a diagonal
 * watermark; while a dark panel with white words of its own keeps both its words and those under it, and a banner's
 * white words on a dark box filled before them are read. Routes: a PDF digest's
 * text (Tika's, untagged) and entries; a report's sections and items (positioned lines); the tagged route (marked
 * content through the structure tree) of a digest and of a report; and the job's CSV files. Every child, family,
 * professional and area here is invented.
 */
class UnseenTextRoutesTest {

    /** The words hidden on the pages, one per way of hiding them. */
    private static final List<String> HIDDEN = List.of("Marrowby", "Tansleigh", "Pellingham", "Orrickson", "Fenwold",
            "Quillfeather", "Quellbury", "Brackenholt", "Siddonby", "RESTRICTED");

    @TempDir
    Path dir;

    private Path digest(boolean tagged, Path file) throws IOException {
        try (UnseenWordsPdf pdf = new UnseenWordsPdf(tagged)) {
            pdf.banner("H1", "Case review digest - March 2025")
                    .line("H2", true, "1. Child T: Child safeguarding practice review")
                    .line("P", false, "Neglect of a 6-year-old girl over three years in Harrowfield. Child T is White British.",
                            Hide.PANEL, "over three years")
                    .line("P", false, "Learning includes: the school nurse saw bruises twice; the GP, Dr Marrowby, was not told;",
                            Hide.RECT, "Dr Marrowby")
                    .line("P", false, "the support worker, Mr Tansleigh, closed the case early;", Hide.PATH, "Mr Tansleigh")
                    .line("P", false, "the minutes named Ms Pellingham as the only carer;", Hide.IMAGE, "Ms Pellingham")
                    .line("P", false, "the duty manager, Mr Orrickson, lost the second referral;", Hide.INLINE_IMAGE,
                            "Mr Orrickson")
                    .line("P", false, "the social worker, Mr Quellbury, left in May;", Hide.CLIPPED_OUT, "Mr Quellbury")
                    .line("P", false, "the childminder, Ms Brackenholt, was not asked;", Hide.WHITE, "Ms Brackenholt")
                    .line("P", false, "the youth worker, Mr Siddonby, kept no notes;", Hide.PALE_ON_PALE, "Mr Siddonby")
                    .line("P", false, "the health visitor, Ms Fenwold, was not invited.", Hide.ROUNDED_CLIP, "Ms Fenwold")
                    .line("P", false, "Reviewer note: ask Quillfeather to confirm the dates before release.", Hide.LAYER, "")
                    .line("P", false, "Recommendations include: share bruising concerns with the GP; review the rules for closing cases.")
                    .gap()
                    .line("H2", true, "2. Child U: Serious case review")
                    .line("P", false, "Physical abuse of a 2-year-old boy in Easterholm. Child U is Black British.")
                    .line("P", false, "Learning includes: the nursery did not record injuries; the father's history was not checked.")
                    .line("P", false, "Recommendations include: train nursery staff to record injuries.")
                    .watermark("RESTRICTED");
            return pdf.save(file);
        }
    }

    private Path report(boolean tagged, Path file) throws IOException {
        try (UnseenWordsPdf pdf = new UnseenWordsPdf(tagged)) {
            pdf.banner("H1", "Child safeguarding practice review: Child T")
                    .line("P", false, "Published by the Harrowfield safeguarding partnership in March 2025.")
                    .gap()
                    .line("H2", true, "Learning from the review")
                    .line("P", false, "The GP, Dr Marrowby, saw Child T twice in the year before the referral.",
                            Hide.RECT, "Dr Marrowby")
                    .line("P", false, "The support worker, Mr Tansleigh, closed the case in March.", Hide.PATH,
                            "Mr Tansleigh")
                    .line("P", false, "The minutes named Ms Pellingham as the only carer at home.", Hide.IMAGE,
                            "Ms Pellingham")
                    .line("P", false, "Reviewer note: ask Quillfeather to confirm the dates before release.", Hide.LAYER, "")
                    .line("P", false, "The social worker left the team in May and Mr Quellbury was not replaced.",
                            Hide.CLIPPED_OUT, "Mr Quellbury")
                    .line("P", false, "Ms Brackenholt, the childminder, was not asked for her view.", Hide.WHITE,
                            "Ms Brackenholt")
                    .line("P", false, "Her school saw her every day and kept a careful record.", Hide.PANEL, "careful record")
                    .line("H2", true, "Recommendations")
                    .line("P", false, "1. The duty manager, Mr Orrickson, should audit every second referral.",
                            Hide.INLINE_IMAGE, "Mr Orrickson")
                    .line("P", false, "2. The health visitor, Ms Fenwold, should be invited to every strategy meeting.",
                            Hide.ROUNDED_CLIP, "Ms Fenwold")
                    .line("P", false, "3. Every visit should be written up by the youth worker, Mr Siddonby, on the day.",
                            Hide.PALE_ON_PALE, "Mr Siddonby")
                    .line("P", false, "4. Schools should be asked for their records in every review.")
                    .watermark("RESTRICTED");
            return pdf.save(file);
        }
    }

    private static void assertNoHiddenWord(String text) {
        assertThat(HIDDEN).allSatisfy(word -> assertThat(text).doesNotContain(word));
        assertThat(text).doesNotContainPattern("(?m)^\\s*[RESTICD]\\s*$"); // no watermark letter as a line
    }

    private static ParsedDigest parsedDigest(Path pdf, boolean tagged) throws Exception {
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        assertNoHiddenWord(text.text());
        assertThat(text.text()).contains("Case review digest - March 2025",
                "Neglect of a 6-year-old girl over three years in Harrowfield.");
        if (!tagged) {
            assertThat(text.text()).contains("Cookie settings saved");
        }
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static String everything(DigestEntry entry) {
        return String.join("\n", entry.title(), String.valueOf(entry.summary()),
                String.join("\n", entry.sections().stream().map(s -> s.text() + "\n" + String.join("\n", s.items().stream().map(Item::text).toList())).toList()));
    }

    private void assertDigestEntries(ParsedDigest digest) {
        assertThat(digest.entries()).hasSize(2);
        DigestEntry childT = digest.entries().get(0);
        digest.entries().forEach(entry -> assertNoHiddenWord(everything(entry)));
        // a word left out leaves its line's punctuation around the gap, as a viewer shows the line
        assertThat(items(childT, SectionType.LEARNING)).containsExactly("the school nurse saw bruises twice",
                "the GP, , was not told", "the support worker, , closed the case early",
                "the minutes named as the only carer", "the duty manager, , lost the second referral",
                "the social worker, , left in May", "the childminder, , was not asked",
                "the youth worker, , kept no notes", "the health visitor, , was not invited");
        assertThat(childT.summary()).startsWith(
                "Neglect of a 6-year-old girl over three years in Harrowfield. Child T is White British.");
        assertThat(items(childT, SectionType.RECOMMENDATIONS))
                .containsExactly("share bruising concerns with the GP", "review the rules for closing cases");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING))
                .containsExactly("the nursery did not record injuries", "the father's history was not checked");
    }

    @Test
    void aPdfDigestReadThroughTikaLeavesOutEveryHiddenWord() throws Exception {
        assertDigestEntries(parsedDigest(digest(false, dir.resolve("digest.pdf")), false));
    }

    @Test
    void aTaggedPdfDigestReadThroughItsTreeLeavesOutEveryHiddenWord() throws Exception {
        Path pdf = digest(true, dir.resolve("tagged-digest.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String tagged = LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
            assertNoHiddenWord(tagged);
            // the panel's own words are drawn outside the tree: the tree reads the words under it
            assertThat(tagged).contains("the school nurse saw bruises twice", "Neglect of a 6-year-old girl over three years in Harrowfield.");
        }
        assertDigestEntries(parsedDigest(pdf, true));
    }

    private static void assertReport(ExtractedReport report) {
        String sections = String.join("\n", report.document().sections().stream().map(Section::text).toList());
        assertNoHiddenWord(sections);
        assertThat(sections).contains("saw Child T twice in the year before the referral.",
                "closed the case in March.", "left the team in May and", "was not replaced.",
                ", the childminder, was not asked for her view.",
                "Her school saw her every day and kept a careful record.");
        assertThat(report.document().metadata().title()).isEqualTo("Child safeguarding practice review: Child T");
        List<String> items = report.items().stream().map(ReportItem::text).toList();
        assertThat(items).containsExactly("The duty manager, , should audit every second referral.",
                "The health visitor, , should be invited to every strategy meeting.",
                "Every visit should be written up by the youth worker, , on the day.", "Schools should be asked for their records in every review.");
    }

    @Test
    void aReportReadFromItsPositionedLinesLeavesOutEveryHiddenWord() throws Exception {
        assertReport(ReportExtractor.withDefaultSynonyms().extractWithItems(report(false, dir.resolve("report.pdf"))));
    }

    @Test
    void aTaggedReportReadThroughItsTreeLeavesOutEveryHiddenWord() throws Exception {
        Path pdf = report(true, dir.resolve("tagged-report.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String tagged = LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
            assertNoHiddenWord(tagged);
            assertThat(tagged).contains("Child safeguarding practice review: Child T",
                    "saw Child T twice in the year before the referral.",
                    "Her school saw her every day and kept a careful record.");
        }
        assertReport(ReportExtractor.withDefaultSynonyms().extractWithItems(pdf));
    }

    @Test
    void theJobWritesNoHiddenWordIntoAnyCsvFile() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        digest(false, input.resolve("digest-2025-03.pdf"));
        digest(true, input.resolve("tagged-digest-2025-03.pdf"));
        report(false, input.resolve("harrowfield-cspr-child-t.pdf"));
        report(true, input.resolve("harrowfield-cspr-child-t-tagged.pdf"));
        Path output = dir.resolve("output");
        int exit = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();
        List<Path> csvFiles;
        try (Stream<Path> files = Files.walk(output)) {
            csvFiles = files.filter(f -> f.toString().endsWith(".csv")).toList();
        }
        assertThat(csvFiles).isNotEmpty();
        StringBuilder all = new StringBuilder();
        for (Path csv : csvFiles) {
            all.append(Files.readString(csv, StandardCharsets.UTF_8)).append('\n');
        }
        assertNoHiddenWord(all.toString());
        assertThat(all.toString()).contains("the school nurse saw bruises twice", "Easterholm",
                "was not replaced.", "was not asked for her view.", "by the youth worker, , on the day.");
    }
}
