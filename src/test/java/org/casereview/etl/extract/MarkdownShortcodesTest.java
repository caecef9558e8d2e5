package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shortcodes of a static-site generator's markdown (Hugo's {@code {{< name key="value" >}}}, {@code {{% ... %}}}, their
 * closing {@code {{< /name >}}}) are markup, not text: a link shortcode around text is a link, a disclosure shortcode's
 * title the heading of its block, and the rest is left out. Invented digest: its children and places do not exist.
 */
class MarkdownShortcodesTest {

    private static final String DIGEST = """
            ---
            title: "Reviews added in June 2031"
            ---

            {{< intro >}}
            Summaries of the reviews added in June 2031.
            {{< /intro >}}

            ### Child HK: Child safeguarding practice review

            Neglect of an 8-year-old boy who missed school for most of 2030.

            **Learning includes:** recognising persistent absence as neglect; and hearing the child.

            **Recommendations include:** review the attendance protocol.

            {{< cta href="https://library.example.org/hk.pdf" variant="primary" >}}Read the full review{{< /cta >}}

            {{% collapsible title="Baby JL: Serious case review" expanded="false" %}}

            Death of a 7-week-old girl in 2029 after she was shaken by her father.

            **Learning includes:** engaging fathers before the birth; and the crying plan.

            **Recommendations include:** give every new parent the crying plan.

            [Read the full review](https://library.example.org/jl.pdf){.btn .btn-primary}

            {{% /collapsible %}}

            {{< spoiler "Child MN: Learning review" >}}
            Sexual abuse of a 12-year-old girl by an older cousin in 2030.

            **Learning includes:** talking to children about online contact.
            {{< /spoiler >}}

            {{< figure src="/images/banner.png" alt="Banner" >}}
            """;

    @TempDir
    Path dir;

    private String text() throws Exception {
        Path file = dir.resolve("reviews-2031-06.md");
        Files.write(file, DIGEST.getBytes(StandardCharsets.UTF_8));
        return new DocumentTextExtractor().extract(file).text();
    }

    @Nested
    class Text {
        @Test
        void noShortcodeReachesTheText() throws Exception {
            assertThat(text()).doesNotContain("{{").doesNotContain("}}").doesNotContain("variant")
                    .doesNotContain("Banner");
        }

        @Test
        void aLinkShortcodeIsALinkAndAnIntroShortcodeKeepsItsText() throws Exception {
            assertThat(text()).contains("\n\n[Read the full review](https://library.example.org/hk.pdf)\n")
                    .contains("Summaries of the reviews added in June 2031.");
        }

        @Test
        void aDisclosureShortcodesTitleIsAHeadingBesideTheOthers() throws Exception {
            assertThat(text()).contains("\n### Baby JL: Serious case review\n")
                    .contains("\n### Child MN: Learning review\n");
        }
    }

    @Test
    void eachReviewIsAnEntryOfItsOwnWithItsItemsAndLink() throws Exception {
        ParsedDigest digest = new DigestParser().parse(text());
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child HK", "Baby JL", "Child MN");
        assertThat(digest.entries()).extracting(DigestEntry::linkTarget).containsExactly(
                "https://library.example.org/hk.pdf", "https://library.example.org/jl.pdf", null);
        assertThat(digest.entries().get(0).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("review the attendance protocol");
        assertThat(digest.entries().get(1).section(SectionType.LEARNING).orElseThrow().items())
                .extracting(Item::text).containsExactly("engaging fathers before the birth", "the crying plan");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("give every new parent the crying plan");
        assertThat(digest.entries().get(2).section(SectionType.LEARNING).orElseThrow().items())
                .extracting(Item::text).containsExactly("talking to children about online contact");
    }
}
