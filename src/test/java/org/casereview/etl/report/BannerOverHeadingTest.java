package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser's print of a web page with a fixed notice (a cookie banner) over the foot of every page: the notice is
 * furniture because it comes back at its place on every page; a heading that the page happens to put under it, which
 * occurs once, is text. Both share a baseline band, so they are read as one line; the line loses the notice's pieces
 * (which repeat) and keeps the heading. An invented council and review; no real case.
 */
class BannerOverHeadingTest {

    private static final BodyStyle BODY = new BodyStyle(14);
    private static final String NOTICE = "We use some cookies to make this site work and others to see how you use it.";

    private static TextFragment fragment(String text, float x, float y, float size, boolean bold) {
        return new TextFragment(text, x, x + text.length() * size * 0.5f, y, size, bold);
    }

    /** One line of the fragments as given, whatever their sizes (LineAssembler parts a heading from a banner). */
    private static TextLine line(int page, TextFragment... fragments) {
        List<TextFragment> sorted = java.util.Arrays.stream(fragments)
                .sorted(java.util.Comparator.comparingDouble(TextFragment::x)).toList();
        return new TextLine(page, String.join(" ", sorted.stream().map(TextFragment::text).toList()), sorted);
    }

    private static PageText page(int number, TextLine... lines) {
        return new PageText(number, 595, 842, List.of(lines));
    }

    @Nested
    class Lines {

        @Test
        void theNoticeGoesAndTheOnceOnlyHeadingUnderItStays() {
            List<PageText> pages = List.of(
                    page(1, line(1, fragment("The bruise was not referred to the health visitor.", 46, 740, 14, false)),
                            line(1, fragment(NOTICE, 44, 775.5f, 12, false)),
                            line(1, fragment("site.", 44, 787.5f, 12, false), fragment("What we learned", 46, 789.8f, 20, true),
                                    fragment("Accept cookies", 74, 787.5f, 12, true),
                                    fragment("Reject cookies", 205, 787.5f, 12, true))),
                    page(2, line(2, fragment("1. Any bruise on a baby must be referred.", 64, 45, 14, false)),
                            line(2, fragment(NOTICE, 44, 775.5f, 12, false)),
                            line(2, fragment("site.", 44, 787.5f, 12, false), fragment("Accept cookies", 74, 787.5f, 12, true),
                                    fragment("Reject cookies", 205, 787.5f, 12, true))));

            List<PageText> kept = FurnitureFilter.filter(pages, BODY);

            assertThat(kept.get(0).lines()).extracting(TextLine::text).containsExactly(
                    "The bruise was not referred to the health visitor.", "What we learned");
            assertThat(kept.get(0).lines().get(1).fontSize()).isEqualTo(20f);
            assertThat(kept.get(0).lines().get(1).bold()).isTrue();
            assertThat(kept.get(1).lines()).extracting(TextLine::text)
                    .containsExactly("1. Any bruise on a baby must be referred.");
        }

        @Test
        void aSmallRunningFootWhosePartsComeBackGoesWhole() {
            List<PageText> pages = List.of(
                    page(1, line(1, fragment("Body text on the first page.", 60, 400, 14, false)),
                            line(1, fragment("Eastfold review", 60, 800, 10, false), fragment("Summary", 300, 800, 10, true))),
                    page(2, line(2, fragment("Body text on the second page.", 60, 400, 14, false)),
                            line(2, fragment("Eastfold review", 60, 800, 10, false), fragment("Findings", 300, 800, 10, true))),
                    page(3, line(3, fragment("Body text on the third page.", 60, 400, 14, false)),
                            line(3, fragment("Eastfold review", 60, 800, 10, false), fragment("Findings", 300, 800, 10, true))));

            assertThat(FurnitureFilter.filter(pages, BODY)).allSatisfy(p -> assertThat(p.lines())
                    .extracting(TextLine::text).singleElement().asString().startsWith("Body text"));
        }

        @Test
        void aBoldLabelThatComesBackAtTheTopOfPagesStaysWithItsLine() {
            List<PageText> pages = List.of(
                    page(1, line(1, fragment("Recommendation 1:", 60, 60, 14, true),
                            fragment("The partnership should check the plans.", 200, 60, 14, false))),
                    page(2, line(2, fragment("Recommendation 2:", 60, 60, 14, true),
                            fragment("Schools should be told when a case closes.", 200, 60, 14, false))),
                    page(3, line(3, fragment("Recommendation 3:", 60, 60, 14, true),
                            fragment("Police should share the log with the school.", 200, 60, 14, false))));

            assertThat(FurnitureFilter.filter(pages, BODY)).allSatisfy(p -> assertThat(p.lines())
                    .extracting(TextLine::text).singleElement().asString().startsWith("Recommendation " + p.number()));
        }
    }

    @Nested
    class PrintedPage {

        private static final float LEFT = 46;
        private static final float BODY_SIZE = 11;
        private static final float PITCH = 15;

        @TempDir
        Path dir;

        @Test
        void theHeadingUnderTheBannerOpensItsSectionAndItsListGivesTheItems() throws Exception {
            Path pdf = dir.resolve("eastfold-cspr-child-w-web.pdf");
            try (PDDocument doc = new PDDocument()) {
                pageOne(doc);
                pageTwo(doc);
                doc.save(pdf.toFile());
            }

            ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

            assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                    .contains(tuple("What happened", SectionType.BACKGROUND, 1),
                            tuple("What we learned", SectionType.LEARNING, 1),
                            tuple("Recommendations", SectionType.RECOMMENDATIONS, 2));
            assertThat(report.document().sections()).extracting(Section::text)
                    .noneMatch(text -> text.contains("cookies"));
            assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING)
                    .extracting(ReportItem::text, ReportItem::page).containsExactly(
                            tuple("Any bruise on a baby who cannot yet crawl must be referred, whatever the "
                                    + "explanation.", 2),
                            tuple("A parent asking for help with low mood is a chance to ask about the baby.", 2),
                            tuple("Families with no relatives nearby may need help to find support.", 2));
        }

        private void pageOne(PDDocument doc) throws IOException {
            try (PDPageContentStream out = page(doc)) {
                PlacedText.show(out, PlacedText.HELVETICA_BOLD, 22, LEFT, 790, "Eastfold Council");
                PlacedText.show(out, PlacedText.HELVETICA_BOLD, 24, LEFT, 700,
                        "Child safeguarding practice review: Child W");
                PlacedText.show(out, PlacedText.HELVETICA, BODY_SIZE, LEFT, 675,
                        "This review and everyone in it are invented for software testing.");
                float y = section(out, 630, "Summary",
                        "This page sets out what a review about Child W, a baby of ten months, found after she",
                        "was taken to hospital with a fractured arm in the spring of 2023.");
                y = section(out, y, "About the review",
                        "The review looked at what health, police, social care and a family centre knew of the",
                        "family from Child W's birth until her injury. Her father met the reviewer.");
                y = section(out, y, "What happened",
                        "At her eight week check Child W's mother told the GP that she was low and tired. She",
                        "was referred for talking therapy, which had a waiting list of four months.");
                // visits, one a line, down to the last body line above the banner
                String[] visitors = {"health visitor", "GP", "family centre worker", "midwife", "social worker"};
                for (int n = 0; y > 100; n++) {
                    PlacedText.show(out, PlacedText.HELVETICA, BODY_SIZE, LEFT, y, "In week " + (n + 9) + " the "
                            + visitors[n % visitors.length] + " saw Child W with her mother and noted no concern.");
                    y -= PITCH;
                }
                // the heading the page flow puts at the foot of page 1, under the fixed banner
                PlacedText.show(out, PlacedText.HELVETICA_BOLD, 20, LEFT, 842 - 789.8f, "What we learned");
                banner(out);
            }
        }

        private void pageTwo(PDDocument doc) throws IOException {
            try (PDPageContentStream out = page(doc)) {
                float y = 842 - 45;
                y = item(out, y, "1.", "Any bruise on a baby who cannot yet crawl must be referred, whatever the",
                        "explanation.");
                y = item(out, y, "2.", "A parent asking for help with low mood is a chance to ask about the baby.");
                y = item(out, y, "3.", "Families with no relatives nearby may need help to find support.");
                y = section(out, y - 10, "Recommendations",
                        "1. The partnership should relaunch its bruising protocol for babies who cannot crawl.",
                        "2. The integrated care board should agree a quick route to perinatal mental health care.");
                section(out, y, "Next steps",
                        "The partnership will report on these recommendations in its annual report.");
                banner(out);
            }
        }

        private PDPageContentStream page(PDDocument doc) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            return new PDPageContentStream(doc, page);
        }

        private float section(PDPageContentStream out, float y, String heading, String... lines) throws IOException {
            PlacedText.show(out, PlacedText.HELVETICA_BOLD, 16, LEFT, y, heading);
            return PlacedText.lines(out, PlacedText.HELVETICA, BODY_SIZE, LEFT, y - 22, PITCH, lines) - 18;
        }

        private float item(PDPageContentStream out, float y, String number, String... lines) throws IOException {
            PlacedText.show(out, PlacedText.HELVETICA, BODY_SIZE, LEFT + 18, y, number);
            return PlacedText.lines(out, PlacedText.HELVETICA, BODY_SIZE, LEFT + 32, y, PITCH, lines);
        }

        /** The fixed notice, drawn last over the foot of the page as the browser prints it: a panel and two lines. */
        private void banner(PDPageContentStream out) throws IOException {
            out.setNonStrokingColor(0.93f, 0.93f, 0.93f);
            out.addRect(36, 842 - 800, 523, 40);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
            PlacedText.show(out, PlacedText.HELVETICA, 9, 44, 842 - 775.5f, NOTICE);
            PlacedText.show(out, PlacedText.HELVETICA, 9, 44, 842 - 787.5f, "site.");
            PlacedText.show(out, PlacedText.HELVETICA_BOLD, 9, 74, 842 - 787.5f, "Accept cookies");
            PlacedText.show(out, PlacedText.HELVETICA_BOLD, 9, 205, 842 - 787.5f, "Reject cookies");
        }
    }
}
