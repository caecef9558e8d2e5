package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untagged digest tables as pdfmake lays them out (A5, list markers drawn as circles, the header row repeated on each
 * page, a row split by the page break, a running head and a 'Page N of M' foot), read from the page's layout.
 */
class DrawnListTableDigestTest {

    @TempDir
    Path dir;

    private static List<List<String>> childQa() {
        return List.of(
                List.of("*Child QA: Child", "*safeguarding", "*practice review"),
                List.of("Neglect of a girl,", "aged 3, in 2024.", "Child QA is White", "British."),
                List.of("o the nursery did not", "  report her absences", "o the GP did not see", "  the mother's notes",
                        "o no one asked who", "  cared for her"),
                List.of("o share absences with", "  the health visitor", "o see the child alone"));
    }

    private static List<List<String>> childQb(List<String> summary) {
        return List.of(
                List.of("*Child QB: Serious", "*case review"),
                summary,
                List.of("o his school did not", "  follow up bruises"),
                List.of("o record every bruise"));
    }

    private ParsedDigest read(DrawnListTablePdf pdf, List<List<List<List<String>>>> pages) throws IOException {
        Path file = pdf.write(dir.resolve("table.pdf"), pages);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages.size());
            return new DigestParser().parse(LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow());
        }
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void drawnCirclesInACellStartItsItems() throws IOException {
        ParsedDigest digest = read(new DrawnListTablePdf(false, false),
                List.of(List.of(childQa(), childQb(List.of("Physical abuse of a", "boy in 2023.")))));

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QA: Child safeguarding practice review", "Child QB: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(items(first, SectionType.LEARNING)).containsExactly("the nursery did not report her absences",
                "the GP did not see the mother's notes", "no one asked who cared for her");
        assertThat(items(first, SectionType.RECOMMENDATIONS))
                .containsExactly("share absences with the health visitor", "see the child alone");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING))
                .containsExactly("his school did not follow up bruises");
    }

    @Test
    void aRowSplitOverAPageBreakUnderARepeatedHeaderAndRunningHeadGoesOnFromItsFirstPart() throws IOException {
        List<List<String>> firstPart = List.of(
                List.of("*Child QB: Serious", "*case review"),
                List.of("Physical abuse of a", "boy in 2023. His"),
                List.of("o his school did not", "  follow up"),
                List.of("o record every"));
        List<List<String>> rest = List.of(
                List.of(),
                List.of("mother, aged 30, was", "not asked. Child QB", "is Black British."),
                List.of("  bruises", "o his PE teacher saw", "  marks"),
                List.of("  bruise", "o ask who hurt him"));
        ParsedDigest digest = read(new DrawnListTablePdf(true, false),
                List.of(List.of(childQa(), firstPart), List.of(rest)));

        assertThat(digest.entries()).hasSize(2);
        DigestEntry second = digest.entries().get(1);
        assertThat(second.summary()).isEqualTo("Physical abuse of a boy in 2023. His mother, aged 30, was not asked. "
                + "Child QB is Black British.");
        assertThat(items(second, SectionType.LEARNING))
                .containsExactly("his school did not follow up bruises", "his PE teacher saw marks");
        assertThat(items(second, SectionType.RECOMMENDATIONS)).containsExactly("record every bruise", "ask who hurt him");
    }

    @Test
    void aPageFootUnderTheTableIsNoItemOfItsLastRow() throws IOException {
        List<String> longSummary = new ArrayList<>();
        longSummary.add("Neglect of a boy in");
        longSummary.add("2023.");
        for (int i = 1; i <= 37; i++) {
            longSummary.add("Visit " + i + " was missed.");
        }
        ParsedDigest digest = read(new DrawnListTablePdf(false, true),
                List.of(List.of(childQa(), childQb(longSummary))));

        assertThat(digest.entries()).hasSize(2);
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.RECOMMENDATIONS)).containsExactly("record every bruise");
        assertThat(second.summary()).startsWith("Neglect of a boy in 2023. Visit 1 was missed.")
                .endsWith("Visit 37 was missed.");
    }

    @Test
    void aLabelParagraphInsideAnItemsCellIsALabelNotAnItem() throws IOException {
        List<List<String>> row = List.of(
                List.of("*Baby QC: Child", "*safeguarding", "*practice review"),
                List.of("Death of a baby in", "2025. Ethnicity not", "stated."),
                List.of("o the midwife did not", "  ask about the", "  father", "o safe sleep advice", "  was not repeated",
                        "*Identifies good", "*practice including:", "o a health visitor", "  who called daily"),
                List.of("o ask about fathers"));
        ParsedDigest digest = read(new DrawnListTablePdf(false, false), List.of(List.of(row)));

        DigestEntry entry = digest.entries().get(0);
        assertThat(items(entry, SectionType.LEARNING)).containsExactly("the midwife did not ask about the father",
                "safe sleep advice was not repeated");
        assertThat(items(entry, SectionType.GOOD_PRACTICE)).containsExactly("a health visitor who called daily");
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("ask about fathers");
    }
}
