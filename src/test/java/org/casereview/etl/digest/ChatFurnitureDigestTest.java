package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b54, kind 4): a chat channel copied whole (Teams, Slack and the like), one review a post. Between
 * the reviews stand the chat's own lines: a post's reactions and reply counter ('2 replies from ...', 'Reply'), the next
 * post's author and time stamp ('Edited'), and a reply someone posted in the thread. They are no review that failed to
 * read, so no 'unparseable_entry' problem (which made a completely read file 'partial'); a block between entries that
 * is not chat furniture still is one. Invented digest: its children, families, people and places do not exist.
 */
class ChatFurnitureDigestTest {
    private static final String CHANNEL = """
            Learning Hub
            General

            Ffion Talbot
            03/02/2033 08:41
            Reviews published in January 2033
            Two reviews were published in January 2033. Every child, family, person and place here is invented.
            Reply

            Ffion Talbot
            03/02/2033 08:43
            Child PX: Rapid review
            Death of a 3-month-old boy in 2032 who was found not breathing in an adult bed. His parents, aged 23 and 25, had been drinking.
            Learning includes:
            • safer sleep advice was not repeated after the birth
            • the father was not given the advice at all
            Read the review (PDF)
            https://library.example.org/2033/child-px.pdf
            😢
            4
            3 replies from Ola Brandt, Sam Kerr and 1 other
            Reply

            Ola Brandt
            Yesterday 09:10
            Thanks Ffion, I'll take this one to the health visitors' team meeting on Thursday.
            👍
            2
            Reply

            Ffion Talbot
            03/02/2033 08:47
            Edited
            Child RM: Serious case review
            Sexual abuse of a 9-year-old girl by her uncle, aged 38, between 2019 and 2021. Child RM is of Welsh heritage.
            Learning includes:
            • the girl's drawings at school were not followed up
            • the uncle's earlier caution was not known to the school
            Read the review (PDF)
            https://library.example.org/2033/child-rm.pdf
            Reply

            Start a post
            """;

    @Test
    void aChatsRepliesCountersAndPostHeadersAreNoFailedEntries() {
        ParsedDigest digest = new DigestParser().parse(CHANNEL);

        assertThat(digest.problems()).extracting(ParseProblem::message).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child PX", "Child RM");
        assertThat(digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("safer sleep advice was not repeated after the birth", "the father was not given the advice at all");
        assertThat(digest.entries()).allSatisfy(e -> assertThat(e.summary()).doesNotContain("Ffion").doesNotContain("Reply")
                .doesNotContain("Edited").doesNotContain("Thanks"));
    }

    @Test
    void aBlockBetweenEntriesThatIsNoChatFurnitureIsStillAProblem() {
        String text = CHANNEL.replace("Ola Brandt\nYesterday 09:10\n", "Panel notes\nMeeting held on Monday\n");
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(digest.problems()).extracting(ParseProblem::message)
                .anySatisfy(m -> assertThat(m).contains("between entries has no labelled sections"));
    }
}
