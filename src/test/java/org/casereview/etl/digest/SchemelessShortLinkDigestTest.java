package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 32's b57 kind 2: a printed digest (a word processor's PDF, no link annotations) giving each report only as a
 * short address without its scheme after the document's name ('Full review: nspcc.li/k57-101'). On main the line was
 * no link (the address had no 'https://', the line no link verb) and was read as the last list's last item. Every
 * child, family and place here is invented.
 */
class SchemelessShortLinkDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aShortAddressAfterTheDocumentsNameIsTheReportLink() throws Exception {
        Path pdf = dir.resolve("short-links.pdf");
        write(pdf);

        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::linkText, DigestEntry::linkTarget)
                .containsExactly(tuple("Child AQ: Child safeguarding practice review", "Full review", "nspcc.li/q31-a7"),
                        tuple("Child BQ: Serious case review", "Full report", "www.example-scp.org.uk/reviews/child-bq"));
        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "schools to share every exclusion with children's services");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "health visitors to see every baby at home");
    }

    @Test
    void wordsOrAnAddressWithoutAPathAfterTheNameAreNoLink() {
        ParsedDigest digest = new DigestParser().parse("""
                Case reviews published in May 2031

                Child CQ: Serious case review

                Neglect of a 4-year-old girl in 2029 who was found alone at home.

                Recommendations include:
                - visit without appointment
                - Full review: available from the partnership on request
                - Full report: example.org
                """, false);

        DigestEntry entry = digest.entries().get(0);
        assertThat(entry.linkTarget()).isNull();
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).hasSize(3);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                float y = 790;
                y = line(cs, BOLD, 18, y, "Learning from case reviews: May 2031", 30);
                y = line(cs, REGULAR, 10, y, "Two case reviews were published in May 2031. Both are invented.", 28);
                y = entry(cs, y, "Child AQ: Child safeguarding practice review", "Serious harm to a 14-year-old boy "
                        + "in 2030 who was stabbed near his school.", "his exclusion was not shared",
                        "schools to share every exclusion with children's services", "Full review: nspcc.li/q31-a7");
                entry(cs, y, "Child BQ: Serious case review", "Death of a 5-week-old girl in 2029 who was found "
                        + "unresponsive in her cot.", "the baby was not seen at home",
                        "health visitors to see every baby at home",
                        "Full report: www.example-scp.org.uk/reviews/child-bq");
            }
            document.save(pdf.toFile());
        }
    }

    private static float entry(PDPageContentStream cs, float y, String title, String summary, String learning,
                               String recommendation, String link) throws IOException {
        y = line(cs, BOLD, 13, y, title, 18);
        y = line(cs, REGULAR, 10, y, summary, 20);
        y = line(cs, BOLD, 10, y, "Learning includes:", 14);
        y = line(cs, REGULAR, 10, y, "\u2022 " + learning, 20);
        y = line(cs, BOLD, 10, y, "Recommendations include:", 14);
        y = line(cs, REGULAR, 10, y, "\u2022 " + recommendation, 20);
        return line(cs, REGULAR, 10, y, link, 34);
    }

    private static float line(PDPageContentStream cs, PDFont font, float size, float y, String text, float next)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(56, y);
        cs.showText(text);
        cs.endText();
        return y - next;
    }
}
