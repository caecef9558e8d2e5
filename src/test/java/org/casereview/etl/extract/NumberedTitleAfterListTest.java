package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A numbered title ('2. Sibling neglect in Northfold') straight after the bulleted list of an entry whose own title has
 * no number (left in session 28): a numbered line inside an unnumbered entry is taken for a point of its list, so the
 * title and the next summary became two more recommendations and every later entry was lost into the first. A point
 * of a list is never followed by a paragraph and then a label opening a list, as an entry's title is. Every child,
 * family and place here is invented.
 */
class NumberedTitleAfterListTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }

    @Test
    void aNumberedTitleAfterTheListOfAnUnnumberedEntryHeadsTheNextEntry() throws Exception {
        Path file = dir.resolve("reviews-2034-03.txt");
        Files.writeString(file, """
                Case reviews published in March 2034

                Every child, family and place here is invented.

                Child RT: Serious case review

                Death of a 2-year-old boy in 2032 who drowned in a garden pond. Child RT is White British.

                Learning includes:
                • the pond was not covered after the family moved in
                • the health visitor did not ask about water hazards

                Recommendations:
                • include water safety in home safety checks

                2. Sibling neglect in Northfold

                Neglect of three siblings aged 4, 6 and 9 over two years. The children are of Pakistani heritage.

                Learning includes:
                • the school's concerns about hunger were not shared
                • the older child's caring role was not seen

                Recommendations:
                • ask schools to report hunger to early help

                3. Bruising in a baby who cannot crawl

                Bruising to a 5-month-old girl in 2033 that was not explained. The baby is White Irish.

                Learning includes:
                • bruising in a non-mobile baby was not referred

                Recommendations:
                • follow the bruising protocol for every non-mobile baby
                """, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child RT: Serious case review",
                "Sibling neglect in Northfold", "Bruising in a baby who cannot crawl");
        DigestEntry rt = digest.entries().get(0);
        assertThat(items(rt, SectionType.RECOMMENDATIONS)).containsExactly("include water safety in home safety checks");
        DigestEntry siblings = digest.entries().get(1);
        assertThat(siblings.summary()).isEqualTo(
                "Neglect of three siblings aged 4, 6 and 9 over two years. The children are of Pakistani heritage.");
        assertThat(items(siblings, SectionType.LEARNING)).containsExactly(
                "the school's concerns about hunger were not shared", "the older child's caring role was not seen");
        assertThat(items(siblings, SectionType.RECOMMENDATIONS)).containsExactly("ask schools to report hunger to early help");
        assertThat(items(digest.entries().get(2), SectionType.LEARNING)).containsExactly(
                "bruising in a non-mobile baby was not referred");
    }
}
