package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b68, kind 1): a screen reader's speech log of a digest page (NVDA's Speech Viewer copied to a text
 * file). Every line opened with the reader's announcement ('heading  level 2  ...', 'list  with 2 items  bullet  ...'),
 * so no title, label or item was found and the whole log was one entry titled with the browser's window title. Names
 * invented.
 */
class ScreenReaderSpeechDigestTest {

    @TempDir
    Path dir;

    private static final String LOG = String.join("\n",
            "Case reviews, May 2034 | Ellerby Partnership \u2014 Mozilla Firefox",
            "document",
            "navigation landmark  Main  list  with 2 items  link    Home",
            "link    Contact us",
            "out of list  out of navigation landmark",
            "main landmark  heading  level 1  Case reviews published in May 2034",
            "heading  level 2  Child XA: Child safeguarding practice review",
            "Death of a 2-month-old boy in 2033 who was found unresponsive after sleeping on a sofa with his",
            "father, aged 30. Child XA is White British.",
            "heading  level 3  Learning includes:",
            "list  with 2 items  bullet  safer sleep advice was given to the mother at every visit but not to the father who cared for him",
            "at night",
            "bullet  the health visitor did not see the baby's sleeping place",
            "out of list",
            "link    Read practice review (PDF)",
            "heading  level 2  Child XB: Serious case review",
            "Neglect of a 5-year-old girl in 2030. Child XB is White British.",
            "Learning includes:",
            "list  with 1 item  bullet  her missed dental appointments were not followed up",
            "out of list",
            "out of main landmark  content info landmark  \u00a9 2034 Ellerby Partnership",
            "out of content info landmark");

    @Test
    void aSpeechLogIsReadAsThePageItSpeaks() throws Exception {
        Path file = dir.resolve("speech-2034-05.txt");
        Files.writeString(file, LOG, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).startsWith("# Case reviews published in May 2034").doesNotContain("Firefox", "Home", "Ellerby")
                .contains("## Child XA: Child safeguarding practice review");

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child XA: Child safeguarding practice review", "Child XB: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo("Death of a 2-month-old boy in 2033 who was found unresponsive "
                + "after sleeping on a sofa with his father, aged 30. Child XA is White British.");
        assertThat(learning(entries.get(0))).containsExactly(
                "safer sleep advice was given to the mother at every visit but not to the father who cared for him at night",
                "the health visitor did not see the baby's sleeping place");
        assertThat(learning(entries.get(1))).containsExactly("her missed dental appointments were not followed up");
    }

    @Test
    void textThatOnlyMentionsHeadingsIsNoSpeechLog() {
        assertThat(ScreenReaderSpeech.isSpeechLog("Use the heading  level 2 style for titles.\nout of list\n")).isFalse();
        assertThat(ScreenReaderSpeech.isSpeechLog(LOG)).isTrue();
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
