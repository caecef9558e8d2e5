package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b72, kind 2): a Slack channel exported and rendered by slack-export-viewer, one review a message.
 * Each message's header is its author's name over an ISO time stamp ('2036-05-04 10:15:07'), which was read as a dated
 * entry heading ('2036 - 05-04 10:15:07', the rest taken for an area): every header opened an entry of its own and the
 * reviews paired with the wrong truth. A year followed only by the rest of a numeric date and a clock time is a date
 * alone, no heading. Invented digest: its children, families, people and places do not exist.
 */
class ChatTimeStampsDigestTest {
    @TempDir
    Path dir;

    private static String message(String user, String time, String html) {
        return "<div class=\"message-container\"><div class=\"message\"><div class=\"username\">" + user
                + "</div><a href=\"#1\"><div class=\"time\">" + time + "</div></a><div class=\"msg\"><p>" + html
                + "</p></div></div></div>\n";
    }

    @Test
    void messageTimeStampsOpenNoEntries() throws Exception {
        String page = "<html><head><title>Slack Export - #reviews</title></head><body><div class=\"messages\">\n"
                + message("Ola Brent", "2036-05-04 09:00:01", "Ola Brent has joined the channel")
                + message("Ines Varga", "2036-05-04 10:14:22", "<b>Case reviews published in May 2036</b><br>"
                        + "Two reviews. Every child, family and place here is invented.")
                + message("Ines Varga", "2036-05-04 10:15:07", "<b>Child RT: Child safeguarding practice review</b><br>"
                        + "Death of a 5-month-old boy in 2035 from a head injury. Child RT is White British.<br><br>"
                        + "<b>Learning themes include:</b><br>\u2022 the advice on crying was given to the mother only<br>"
                        + "\u2022 the father's history was not known")
                + message("Ola Brent", "2036-05-04 10:26:50", "Thanks, shared with the team :+1:")
                + message("Ines Varga", "2036-05-04 10:31:40", "<b>Child ST: Child safeguarding practice review</b><br>"
                        + "Serious harm to a 12-year-old girl in 2035 who was groomed online. Child ST is of Black African "
                        + "heritage.<br><br><b>Recommendations include:</b><br>\u2022 include children missing education in "
                        + "online safety work")
                + "</div></body></html>\n";
        Path file = dir.resolve("reviews-export.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child RT: Child safeguarding practice review", "Child ST: Child safeguarding practice review");
        assertThat(digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the advice on crying was given to the mother only", "the father's history was not known");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("include children missing education in online safety work");
    }

    @Test
    void aYearBeforeAnAreaStillHeadsADatedEntry() {
        ParsedDigest digest = new DigestParser().parse("""
                2036 - Ashvale - Child UT
                Neglect of a 6-year-old girl in 2035. Child UT is White British.
                Learning includes: the school's concerns were not shared.

                2036-05 Brackley - Child VT
                Serious harm to a 3-year-old boy in 2035. Child VT is White British.
                Learning includes: the bruising was not referred.
                """);

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child UT", "Child VT");
    }
}
