package org.casereview.etl.link;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

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

        @Test
        void anIndexKeyedOnceGivesWhatKeyingEveryFileForEachNameGave() {
            List<String> many = List.of("Child V.pdf", "child v.PDF", "Child-V.pdf", "Child_V.pdf", "Baby D.pdf",
                    "Baby--D.pdf", "\u00e9tude.pdf", "e\u0301tude.pdf", "Child W", "child_w.pdf", "Family 1.pdf");
            FileNames.Index index = FileNames.Index.of(many);
            for (String name : List.of("CHILD V", "child-v.pdf", "Child  V", "Baby_D", "baby-d.pdf", "\u00e9tude",
                    "Child W.pdf", "child-w", "Family 1", "Family-2.pdf", "", "pdf", ".pdf")) {
                assertThat(index.matching(name)).as(name).isEqualTo(keyingEveryFile(name, many));
            }
        }

        /** The lookup as it was before the index: every file keyed for each name. */
        private List<String> keyingEveryFile(String name, List<String> files) {
            for (Function<String, String> key : List.<Function<String, String>>of(FileNames::exactKey,
                    FileNames::separatorKey)) {
                String wanted = key.apply(name);
                List<String> found = files.stream().filter(f -> key.apply(f).equals(wanted)).toList();
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return List.of();
        }
    }
}
