package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Furniture and contents on synthetic pages of positioned lines. */
class PageFurnitureTest {

    private static final BodyStyle BODY = new BodyStyle(11);

    private static TextLine line(int page, float y, float size, String text) {
        return new TextLine(page, text, List.of(new TextFragment(text, 60, 60 + text.length() * 5f, y, size, false)));
    }

    private static PageText page(int number, TextLine... lines) {
        return new PageText(number, 595, 842, List.of(lines));
    }

    @Nested
    class RunningHeadersAndFooters {

        @Test
        void alternatingHeadersPageNumbersAndFootnotesGoBodyStays() {
            List<PageText> pages = new ArrayList<>();
            String[] body = {"The family moved in May.", "School raised a concern.", "The GP saw the mother.",
                    "Police attended twice.", "The case was closed.", "A referral followed."};
            for (int n = 1; n <= 6; n++) {
                pages.add(page(n,
                        line(n, 30, 8, n % 2 == 0 ? "Westshire Safeguarding Children Partnership" : "Child Q review"),
                        line(n, 100, 11, body[n - 1]),
                        line(n, 780, 8, "1 Working Together to Safeguard Children (2018)."),
                        line(n, 815, 9, "- " + n + " -")));
            }
            List<PageText> kept = FurnitureFilter.filter(pages, BODY);
            assertThat(kept).allSatisfy(p -> assertThat(p.lines()).extracting(TextLine::text)
                    .containsExactly(body[p.number() - 1]));
        }

        @Test
        void aWatermarkGoesButARecurringSubHeadingInDifferentPlacesStays() {
            List<PageText> pages = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                pages.add(page(n, line(n, 200 + 40 * n, 14, "Learning for practice"),
                        line(n, 420, 60, "DRAFT"), line(n, 500, 11, "Body line " + "abcde".charAt(n - 1))));
            }
            assertThat(FurnitureFilter.filter(pages, BODY)).allSatisfy(p -> assertThat(p.lines())
                    .extracting(TextLine::text).containsExactly("Learning for practice", "Body line " + "abcde".charAt(p.number() - 1)));
        }

        @Test
        void headingsAtTheTopOfTheirPagesThatDifferOnlyInNumberStay() {
            List<PageText> pages = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                pages.add(page(n, line(n, 30, 8, "Child Q review"), line(n, 70, 16, "Part " + n)));
            }
            assertThat(FurnitureFilter.filter(pages, BODY)).allSatisfy(p -> assertThat(p.lines())
                    .extracting(TextLine::text).containsExactly("Part " + p.number()));
        }

        /** Issue 9 (pending-batch41 kind 4): two parts' first headings at one place; a large running head on most pages. */
        @Test
        void aHeadingSizedLineAtTheTopOfTwoPagesOfFiveStaysOneOnFourPagesGoes() {
            List<PageText> pages = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                List<TextLine> lines = new ArrayList<>();
                if (n > 1) {
                    lines.add(line(n, 40, 14, "Child J review"));
                }
                if (n == 2 || n == 4) {
                    lines.add(line(n, 80, 15, "Introduction"));
                }
                lines.add(line(n, 120, 11, "Body line " + n));
                pages.add(new PageText(n, 595, 842, lines));
            }
            assertThat(FurnitureFilter.filter(pages, BODY)).extracting(p -> p.lines().stream().map(TextLine::text).toList())
                    .containsExactly(List.of("Body line 1"), List.of("Introduction", "Body line 2"), List.of("Body line 3"),
                            List.of("Introduction", "Body line 4"), List.of("Body line 5"));
        }

        @Test
        void aLineRepeatedInTheBodyIsNotFurniture() {
            List<PageText> pages = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                pages.add(page(n, line(n, 300, 11, "The review found the following."), line(n, 320, 11, "More " + n)));
            }
            assertThat(FurnitureFilter.filter(pages, BODY)).allSatisfy(p -> assertThat(p.lines()).hasSize(2));
        }
    }

    @Nested
    class Contents {

        @Test
        void dottedLeadersOrTitleMakeAContentsPageAndATableOfFiguresDoesNot() {
            PageText contents = page(2, line(2, 80, 16, "Contents"),
                    line(2, 120, 11, "1. Introduction . . . . . . . . . . 3"),
                    line(2, 140, 11, "2. Findings . . . . . . . . . . . . 5"),
                    line(2, 160, 11, "3. Recommendations . . . . . . . . 9"));
            PageText figures = new PageText(3, 595, 842, List.of(
                    cells(3, 100, "Referrals in 2019", "412"), cells(3, 120, "Referrals in 2020", "388"),
                    cells(3, 140, "Referrals in 2021", "405"), cells(3, 160, "Referrals in 2022", "431")));
            ContentsDetector.Contents found = ContentsDetector.detect(List.of(page(1, line(1, 100, 30, "Child Q")),
                    contents, figures));
            assertThat(found.pages()).containsExactly(2);
            assertThat(found.entries()).extracting(ContentsDetector.Entry::title, ContentsDetector.Entry::printedPage)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("1. Introduction", 3),
                            org.assertj.core.api.Assertions.tuple("2. Findings", 5),
                            org.assertj.core.api.Assertions.tuple("3. Recommendations", 9));
        }

        private TextLine cells(int page, float y, String label, String number) {
            return new TextLine(page, label + " " + number, List.of(new TextFragment(label, 60, 160, y, 11, false),
                    new TextFragment(number, 480, 498, y, 11, false)));
        }
    }

    @Nested
    class NoteMarks {

        @Test
        void raisedSmallDigitsAfterAWordAreDroppedButNumbersInTheTextStay() {
            List<TextFragment> fragments = List.of(
                    new TextFragment("The referral was recorded.", 60, 180, 300, 11, false),
                    new TextFragment("3", 181, 185, 296, 7, false),
                    new TextFragment("It took 3 days.", 190, 260, 300, 11, false));
            assertThat(LineAssembler.lines(1, fragments)).extracting(TextLine::text)
                    .containsExactly("The referral was recorded. It took 3 days.");
        }
    }
}
