package org.casereview.etl.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (left by session 30's probe): an HTML digest whose month stands only in its masthead (a block dropped as page
 * furniture) or only in the page's {@code <title>}, the text itself naming none. The month of a digest comes from what
 * it says about itself; on main both gave the run's month. The text's own month still comes first. Every child and
 * place here is invented.
 */
class HtmlDigestOwnMonthTest {

    private static final YearMonth RUN = YearMonth.of(2031, 11);
    private static final String ENTRIES = """
            <article><p><b>Child HDX: Child safeguarding practice review</b></p>
            <p>Child HDX, a boy aged 6, was neglected until 2029. He often missed school.</p>
            <p><b>Learning includes:</b></p><ul><li>his absences were not followed up</li></ul>
            <p><a href="https://example.org/reviews/child-hdx.pdf">Read practice review (PDF)</a></p></article>
            <article><p><b>Child JEX: Serious case review</b></p>
            <p>Child JEX, a girl aged 14, was exploited in 2027.</p>
            <p><b>Learning includes:</b></p><ul><li>her missing episodes were not linked</li></ul>
            <p><a href="https://example.org/reviews/child-jex.pdf">Read overview report (PDF)</a></p></article>
            """;

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void theMonthInTheMastheadIsTheDigestsMonth() throws Exception {
        String page = "<html><head><title>Learning from reviews</title></head><body><div class=\"masthead\">"
                + "<p>Learning from reviews</p><p>Issue 7 \u00b7 April 2031</p></div><main>"
                + "<p>Every child and place here is invented.</p>" + ENTRIES + "</main></body></html>";

        assertThat(months("masthead.html", page)).containsOnly("2031-04");
    }

    @Test
    void theMonthInThePageTitleIsTheDigestsMonth() throws Exception {
        String page = "<html><head><title>Case review round-up \u2013 June 2031 | Example Partnership</title></head>"
                + "<body><main><p>Every child and place here is invented.</p>" + ENTRIES + "</main></body></html>";

        assertThat(months("title.html", page)).containsOnly("2031-06");
    }

    @Test
    void theTextsOwnMonthComesFirst() throws Exception {
        String page = "<html><head><title>Case review round-up \u2013 June 2031</title></head><body><main>"
                + "<h1>Case reviews published in March 2031</h1><p>Every child and place here is invented.</p>" + ENTRIES
                + "</main></body></html>";

        assertThat(months("text-month.html", page)).containsOnly("2031-03");
    }

    private java.util.List<String> months(String name, String page) throws Exception {
        Path file = Files.writeString(dir.resolve(name), page);
        DigestLoader.Reading reading = loader.read(loader.parse(file), name, RUN);
        assertThat(reading.reviews()).hasSize(2);
        return reading.reviews().stream().map(r -> r.row().digestMonth()).toList();
    }
}
