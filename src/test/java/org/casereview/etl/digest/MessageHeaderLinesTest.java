package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b62, kind 1): a message's header fields shown over a digest (a bulletin tool's 'Subject' / 'From'
 * settings, a printed or pasted e-mail's 'From:' / 'Sent:' / 'To:' lines) are its envelope. 'From: Eastmere Safeguarding
 * Children Partnership' has a name, a colon and review words, and was read as the first entry, with the digest's heading
 * and introduction as its summary. Invented digest.
 */
class MessageHeaderLinesTest {

    @Test
    void headerFieldsOverADigestAreNoEntry() {
        String text = String.join("\n\n",
                "From: Eastmere Safeguarding Children Partnership",
                "Sent: 3 October 2036 09:12",
                "To: Designated safeguarding leads",
                "Subject: Reviews published in October 2036",
                "# Reviews published in October 2036",
                "Two reviews were published in October 2036. Every child and place here is invented for testing.",
                "## Child AT: Child safeguarding practice review",
                "Death of a 4-month-old girl in 2035 from a head injury. Child AT is White British.",
                "**Learning includes:**",
                "- the father's release from prison was not shared",
                "## Child BT: Serious case review",
                "Serious harm to a 15-year-old boy in 2035. Child BT is Black British.",
                "**Learning includes:**",
                "- missing episodes were treated separately");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child AT: Child safeguarding practice review", "Child BT: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo("Death of a 4-month-old girl in 2035 from a head injury. Child AT is White British.");
    }

    @Test
    void aTitleThatOnlyStartsWithAHeaderWordStillHeadsAnEntry() {
        String text = String.join("\n\n",
                "Reviews published in October 2036",
                "Fromley: Child safeguarding practice review",
                "Death of a 4-month-old girl in 2035 from a head injury. Fromley is White British.",
                "Learning includes:",
                "- the father's release from prison was not shared");

        assertThat(new DigestParser().parse(text).entries()).extracting(DigestEntry::title)
                .containsExactly("Fromley: Child safeguarding practice review");
    }
}
