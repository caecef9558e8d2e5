package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * The self-check's cheaper ways to the same answers (issue 11, session 29): each shortcut against the pattern or the
 * code it stands for, over every section and item text of the golden outputs, each of their lines, and edge cases
 * (line breaks '$' matches before, case folding, letters outside the BMP).
 */
class SelfCheckShortcutsTest {

    @Test
    void itemWordsAreTheRegexSplitsWords() throws Exception {
        for (String text : texts()) {
            assertThat(ReportChecks.words(text)).as(text).isEqualTo(regexWords(text));
        }
        assertThat(ReportChecks.words(null)).isEmpty();
    }

    @Test
    void overlapIsSharedWordsOverAllWords() throws Exception {
        List<Set<String>> sets = texts().stream().limit(400).map(ReportChecks::words).toList();
        for (int i = 0; i + 1 < sets.size(); i++) {
            Set<String> a = sets.get(i);
            Set<String> b = sets.get(i + 1);
            assertThat(ReportChecks.overlap(a, b)).isEqualTo(copiedOverlap(a, b));
            assertThat(ReportChecks.overlap(b, a)).isEqualTo(copiedOverlap(a, b));
        }
        assertThat(ReportChecks.overlap(Set.of("abcd", "efgh"), Set.of("efgh", "ijkl", "mnop"))).isEqualTo(0.25);
    }

    @Test
    void leadInIsThePatternsFind() throws Exception {
        for (String text : texts()) {
            String stripped = text.strip();
            assertThat(ReportShapeChecks.leadIn(stripped)).as(stripped)
                    .isEqualTo(ReportShapeChecks.LEAD_IN.matcher(stripped).find());
        }
    }

    @Test
    void endsMidSentenceIsThePatternsLastWord() throws Exception {
        for (String text : texts()) {
            Matcher m = ItemTextMarks.LAST_WORD.matcher(text.strip());
            boolean expected = m.find()
                    && ItemTextMarks.SENTENCE_MIDDLE_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
            assertThat(ItemTextMarks.endsMidSentence(text)).as(text).isEqualTo(expected);
        }
        assertThat(ItemTextMarks.endsMidSentence("The health visitor was asked to")).isTrue();
        assertThat(ItemTextMarks.endsMidSentence("The health visitor was asked to\u0085")).isTrue();
        assertThat(ItemTextMarks.endsMidSentence("The health visitor was asked to.")).isFalse();
        assertThat(ItemTextMarks.endsMidSentence("The health visitor was asked to \ud801\udc00")).isFalse();
    }

    @Test
    void aDateAndStatusHoldsAYearAfterASpace() throws Exception {
        for (String text : texts()) {
            if (ReportShapeChecks.DATE_AND_STATUS.matcher(text).find()) {
                assertThat(text.contains(" 20") || text.contains(" 19")).as(text).isTrue();
            }
        }
        ReportEvidence row = new ReportEvidence(3, List.of(new Section(SectionType.RECOMMENDATIONS, 1,
                "Recommendations", "text", 1, 1, List.<Item>of())), List.of(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "Partners should review the pathway. Apr 2026 Amber", 2)));
        assertThat(ReportShapeChecks.tableCellsInItems(row)).isPresent();
    }

    @Test
    void garbledIsTheWholeCountsVerdict() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        // a shifted character map's words ('Wkh uhylhz') with 0 to 8 common words among 100 or 200: 3% either side
        String shifted = "Wkh uhylhz frqfhuqv Fklog D dqg klv idplob, zkr olyhg lq wkh duhd iru wkuhh bhduv ehiruh. ";
        for (int total : List.of(100, 200)) {
            for (int common = 0; common <= 8; common++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < total; w++) {
                    text.append(w % (total / Math.max(common, 1)) == 0 && w / (total / Math.max(common, 1)) < common
                            ? "the " : shifted.split(" ")[w % 17] + " ");
                }
                texts.add(text.toString());
                texts.add("the of and to in " + text);
                texts.add(text + " the of and to in");
            }
        }
        for (String text : texts) {
            for (int minWords : List.of(1, 20, 40)) {
                assertThat(org.casereview.etl.text.CommonWords.garbled(text, minWords)).as(minWords + ": " + text)
                        .isEqualTo(org.casereview.etl.text.CommonWords.count(text).garbled(minWords));
            }
        }
        assertThat(texts.stream().filter(t -> org.casereview.etl.text.CommonWords.garbled(t, 40)).count())
                .as("texts garbled, and so read to their end").isGreaterThan(5);
    }

    @Test
    void everyLinkLineNamesAFormat() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("Read the overview report (PDF)", "read the practice review (pdf, 2 MB) ›",
                "Download the full briefing (Word)", "View this summary (DOCX 40KB)", "Open the report (dOc)"));
        int linking = 0;
        for (String text : texts) {
            if (DigestLinesInReport.LINK_LINE.matcher(text).find()) {
                linking++;
                assertThat(DigestLinesInReport.namesAFormat(text)).as(text).isTrue();
            }
        }
        assertThat(linking).isGreaterThanOrEqualTo(5);
        assertThat(DigestLinesInReport.namesAFormat("Read the report (see page 4) and (P D F)")).isFalse();
        assertThat(DigestLinesInReport.namesAFormat("ends with (")).isFalse();
        assertThat(DigestLinesInReport.namesAFormat("(Word")).isTrue();
    }

    @Test
    void breaksBeforeTheEndAreThoseDollarMatchesBefore() {
        assertThat(Ends.beforeFinalLineBreak("")).isZero();
        assertThat(Ends.beforeFinalLineBreak("as follows:")).isEqualTo(11);
        assertThat(Ends.beforeFinalLineBreak("as follows:\r\n")).isEqualTo(11);
        assertThat(Ends.beforeFinalLineBreak("as follows:\u0085")).isEqualTo(11);
        assertThat(Ends.beforeFinalLineBreak("as follows:\n")).isEqualTo(11);
        for (String text : List.of("Learning as follows:\u0085", "as follows.\r\n", "THE FOLLOWING LEARNING.\u2028",
                "the following\u212a.", "the followİng points.", ":", ".", "the following:\n\n")) {
            assertThat(ReportShapeChecks.leadIn(text)).as(text).isEqualTo(ReportShapeChecks.LEAD_IN.matcher(text).find());
        }
    }

    private static Set<String> regexWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4)
                .collect(Collectors.toSet());
    }

    private static double copiedOverlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    /** The golden outputs' section and item texts, each of their lines, and edge cases. */
    private static List<String> texts() throws IOException, CsvValidationException {
        List<String> texts = new ArrayList<>(List.of("", " ", "Learning point 2\u00b2 of \u2167 agencies.",
                "\ud801\udc00\ud801\udc28abc word", "ST\u0130LL waiting", "caf\u00e9s and \u00c9COLES", "K\u212aelvin",
                "\ud800 lone surrogate", "1234 5678 9\u0660\u0661\u0662", "The review found the following:",
                "Recommendations are as follows.", "It said: the following three points.\n", "ends mid to\u0085"));
        for (String set : List.of("reports", "digests")) {
            for (String file : List.of("sections.csv", "items.csv")) {
                Path csv = Path.of("src/test/resources/golden", set, file);
                if (Files.exists(csv)) {
                    for (String text : column(csv, "text")) {
                        texts.add(text);
                        texts.addAll(text.lines().toList());
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(500);
        return texts;
    }

    private static List<String> column(Path csv, String name) throws IOException, CsvValidationException {
        List<String> values = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv); CSVReader rows = new CSVReader(reader)) {
            String[] header = rows.readNext();
            int index = -1;
            for (int i = 0; i < header.length; i++) {
                if (header[i].replace("\ufeff", "").equals(name)) {
                    index = i;
                }
            }
            String[] row;
            while ((row = rows.readNext()) != null) {
                values.add(row[index]);
            }
        }
        return values;
    }
}
