package org.casereview.etl.link;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Nested
    class FromLink {
        @Test
        void lastSegmentOfAUrlWithoutQueryOrFragment() {
            assertThat(FileNames.fromLink("https://library.nspcc.org.uk/a/b/Child%20V%2BW.pdf?x=1#page=3"))
                    .contains("Child V+W.pdf");
        }

        @Test
        void pdfNameInAQueryParameterWins() {
            assertThat(FileNames.fromLink("https://library.nspcc.org.uk/HeritageScripts/Hapi.dll/filetransfer/x?filename=2021%20Child%20V.pdf&d=1"))
                    .contains("2021 Child V.pdf");
        }

        @Test
        void aRedirectWrappedLinkNamesItsTargetsFile() {
            assertThat(FileNames.fromLink("https://www.google.com/url?q=https://learning.nspcc.org.uk/research/"
                    + "eastmoor-cspr-child-py&sa=D&source=editors&usg=AOvVaw0abc")).contains("eastmoor-cspr-child-py");
            assertThat(FileNames.fromLink("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
                    + "learning.nspcc.org.uk%2Fresearch%2Feastmoor-cspr-child-py&data=05")).contains("eastmoor-cspr-child-py");
        }

        @Test
        void plusSignInAPathStaysAPlus() {
            assertThat(FileNames.fromLink("https://x.org/Child+V.pdf")).contains("Child+V.pdf");
        }

        @Test
        void windowsPathGivesItsFileName() {
            assertThat(FileNames.fromLink("C:\\Reports\\Baby D.pdf")).contains("Baby D.pdf");
        }

        @Test
        void placeholdersAndNonFileLinksGiveNothing() {
            assertThat(FileNames.fromLink("#")).isEmpty();
            assertThat(FileNames.fromLink("  ")).isEmpty();
            assertThat(FileNames.fromLink(null)).isEmpty();
            assertThat(FileNames.fromLink("mailto:reviews@example.org")).isEmpty();
            assertThat(FileNames.fromLink("https://library.nspcc.org.uk/")).isEmpty();
        }

        @Test
        void malformedEscapeIsKeptAsWritten() {
            assertThat(FileNames.fromLink("report 100%.pdf")).contains("report 100%.pdf");
        }
    }

    @Nested
    class Matching {
        private final List<String> files = List.of("Child V.pdf", "child_w.PDF", "Baby-D.pdf");

        @Test
        void exactNameIgnoringCaseAndExtension() {
            assertThat(FileNames.matching("CHILD V", files)).containsExactly("Child V.pdf");
            assertThat(FileNames.matching("child_w.pdf", files)).containsExactly("child_w.PDF");
        }

        @Test
        void separatorsAreInterchangeableWhenNothingMatchesExactly() {
            assertThat(FileNames.matching("Baby D.pdf", files)).containsExactly("Baby-D.pdf");
        }

        @Test
        void unknownNameMatchesNothing() {
            assertThat(FileNames.matching("Child X.pdf", files)).isEmpty();
        }
    }
}
