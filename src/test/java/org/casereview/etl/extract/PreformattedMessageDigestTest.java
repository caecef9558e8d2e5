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
 * Issue 9 (digests b60, kind 1): a mailing list's archive page (Mailman's Pipermail) shows the plain-text message as one
 * {@code <pre>} block, hard-wrapped by the sender's mail client, its addresses made links by the archive. HTML collapses
 * white space everywhere but there, and the whole message was read as one paragraph: no title, label or item line was
 * seen. It now reads as the same message saved as text does: its lines, blank lines and indentation kept, each link
 * the words it shows, the signature after '-- ' (and the list's footer in it) left out. Invented digest.
 */
class PreformattedMessageDigestTest {
    private static final String URL1 = "https://library.example.org/2034/child-mt.pdf";
    private static final String URL2 = "https://library.example.org/2034/baby-nt.pdf";
    private static final String PAGE = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
            <HTML><HEAD><TITLE> [Reviews-news] Reviews published in March 2034</TITLE></HEAD>
             <BODY BGCOLOR="#ffffff">
               <H1>[Reviews-news] Reviews published in March 2034</H1>
                <B>Review Team</B> <A HREF="mailto:reviews-news%40lists.example.org">team at example.org</A><BR>
                <I>Mon Apr  3 10:02:11 BST 2034</I>
                <P><UL><LI>Next message: <A HREF="000102.html">[Reviews-news] Training dates</A></li></UL>
                <HR>
            <!--beginarticle-->
            <PRE>Dear colleagues,

            Two reviews were published in March 2034. Every child, family and place
            here is invented for testing.

            Child MT: Child safeguarding practice review
            Serious harm to a 13-year-old boy in 2033 who was found with a knife
            after being exploited by older teenagers. Child MT is White British.

            Learning includes:
              * his missing episodes were not linked to the risks outside his
                home
              * the school did not share its concerns

            Read practice review (PDF):
            <A HREF="URL1">URL1</A>

            Baby NT: Child safeguarding practice review
            Death of a 6-week-old girl in 2034 who was found unresponsive after
            sleeping on a sofa with her father. Baby NT is of Polish heritage.

            Learning includes:
              * safer sleep advice was not repeated after the family moved

            Read practice review (PDF):
            <A HREF="URL2">URL2</A>

            Best wishes,

            --\u0020
            Review Team
            _______________________________________________
            Reviews-news mailing list
            <A HREF="http://lists.example.org/mailman/listinfo/reviews-news">Reviews-news at lists.example.org</A>
            <A HREF="http://lists.example.org/mailman/listinfo/reviews-news">http://lists.example.org/mailman/listinfo/reviews-news</A>
            </PRE>
            <!--endarticle-->
                <HR>
                <P><UL><LI>Next message: <A HREF="000102.html">[Reviews-news] Training dates</A></li></UL>
            </body></html>
            """.replace("URL1", URL1).replace("URL2", URL2);

    @TempDir
    Path dir;

    @Test
    void aMessageInPreformattedTextReadsAsTheSameMessageSavedAsText() throws Exception {
        Path file = dir.resolve("archive-message.html");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("Child MT: Child safeguarding practice review\nSerious harm to a 13-year-old boy",
                "  * the school did not share its concerns", "Read practice review (PDF):\n" + URL1)
                .doesNotContain("mailing list\n", "Review Team\n_", "[" + URL1 + "]");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child MT: Child safeguarding practice review", "Baby NT: Child safeguarding practice review");
        assertThat(entries.get(0).summary()).isEqualTo("Serious harm to a 13-year-old boy in 2033 who was found with a "
                + "knife after being exploited by older teenagers. Child MT is White British.");
        assertThat(learning(entries.get(0))).containsExactly(
                "his missing episodes were not linked to the risks outside his home", "the school did not share its concerns");
        assertThat(learning(entries.get(1))).containsExactly("safer sleep advice was not repeated after the family moved");
        assertThat(entries).extracting(DigestEntry::linkTarget).containsExactly(URL1, URL2);
    }

    @Test
    void whiteSpaceOutsidePreformattedTextStillCollapses() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<html><body><p>Two reviews\n   were published.</p><pre>  indented\n\n\n\nline</pre></body></html>",
                StandardCharsets.UTF_8);

        assertThat(new DocumentTextExtractor().extract(file).text().strip())
                .isEqualTo("Two reviews were published.\n\n  indented\n\nline");
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
