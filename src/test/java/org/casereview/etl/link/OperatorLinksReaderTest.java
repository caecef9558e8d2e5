package org.casereview.etl.link;

import org.casereview.etl.document.ParseProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorLinksReaderTest {

    @Nested
    class Rows {
        @Test
        void readsEntryAndFileByHeaderNameWhateverTheColumnOrder() {
            OperatorLinks links = OperatorLinksReader.parse("links.csv", "note,File,ENTRY\nchecked,a.pdf,2021-11-child-v\n");

            assertThat(links.links()).containsExactly(new OperatorLink(2, "2021-11-child-v", "a.pdf"));
            assertThat(links.problems()).isEmpty();
        }

        @Test
        void quotedTitleWithCommaAndColonStaysOneCell() {
            OperatorLinks links = OperatorLinksReader.parse("links.csv",
                    "entry,file\n\"Children F, G and H: Serious case review\",\"FGH report.pdf\"\n");

            assertThat(links.links()).singleElement()
                    .isEqualTo(new OperatorLink(2, "Children F, G and H: Serious case review", "FGH report.pdf"));
        }

        @Test
        void noneAndDashMeanNoReport() {
            OperatorLinks links = OperatorLinksReader.parse("links.csv", "entry,file\ne1,none\ne2, - \n");

            assertThat(links.links()).allSatisfy(l -> assertThat(l.declaresNoReport()).isTrue()).hasSize(2);
        }

        @Test
        void blankLinesAndCommentsAreSkipped() {
            OperatorLinks links = OperatorLinksReader.parse("links.csv", "# settled by hand\r\nentry,file\r\n\r\ne1,a.pdf\r\n");

            assertThat(links.links()).containsExactly(new OperatorLink(4, "e1", "a.pdf"));
        }
    }

    @Nested
    class BadRows {
        @Test
        void rowWithoutFileIsAProblemAndReadingGoesOn() {
            OperatorLinks links = OperatorLinksReader.parse("links.csv", "entry,file\ne1\ne2,b.pdf\n");

            assertThat(links.problems()).extracting(ParseProblem::location).containsExactly("links.csv line 2");
            assertThat(links.links()).containsExactly(new OperatorLink(3, "e2", "b.pdf"));
        }

        @Test
        void unterminatedQuoteIsAProblemOfItsRowOnly() {
            OperatorLinks links = OperatorLinksReader.parse("links.csv", "entry,file\n\"e1,a.pdf\ne2,b.pdf\n");

            assertThat(links.problems()).singleElement().satisfies(p -> {
                assertThat(p.location()).isEqualTo("links.csv line 2");
                assertThat(p.message()).startsWith("cannot parse the row");
            });
            assertThat(links.links()).containsExactly(new OperatorLink(3, "e2", "b.pdf"));
        }

        @Test
        void missingHeaderIsReportedAndColumnsAreTakenInOrder() {
            OperatorLinks links = OperatorLinksReader.parse("links.csv", "e1,a.pdf\n");

            assertThat(links.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("no header row"));
            assertThat(links.links()).containsExactly(new OperatorLink(1, "e1", "a.pdf"));
        }
    }

    @Nested
    class SpreadsheetFiles {
        @Test
        void semicolonSeparatedWindows1252FileWithAccents(@TempDir Path dir) throws IOException {
            Files.write(dir.resolve("links.csv"), "entry;file\nZoë;Zoë review.pdf\n".getBytes(Charset.forName("windows-1252")));

            OperatorLinks links = OperatorLinksReader.readFolder(dir);

            assertThat(links.links()).containsExactly(new OperatorLink(2, "Zoë", "Zoë review.pdf"));
        }

        @Test
        void utf8WithByteOrderMark(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("links.csv"), "\uFEFFentry,file\ne1,a.pdf\n");

            assertThat(OperatorLinksReader.readFolder(dir).links()).containsExactly(new OperatorLink(2, "e1", "a.pdf"));
        }

        @Test
        void folderWithoutLinksCsvGivesNone(@TempDir Path dir) throws IOException {
            OperatorLinks links = OperatorLinksReader.readFolder(dir);

            assertThat(links.links()).isEmpty();
            assertThat(links.problems()).isEmpty();
        }
    }
}
