package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.TaggedDigestPdf;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forwarded digest printed from a mail client (a tagged PDF: the message's header fields, then its plain-text body in
 * one preformatted paragraph, the digest quoted with '> ' on every line), read as the quoted message is in a saved
 * e-mail: quote marks off, the forwarded header block and the signature dropped. One quoted line in an ordinary text
 * changes nothing. Invented reviews.
 */
class PrintedQuotedMailTest {

    @TempDir
    Path dir;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    private static final List<String> DIGEST = List.of(
            "Case review notes - May 2026", "", "Two case reviews were published this month. The reviews and",
            "people below are invented.", "", "Child RA: Child safeguarding practice review", "",
            "Death of a 2-year-old boy in 2025 who fell from a window. Child RA is", "White British.", "",
            "Learning includes:", "- window restrictors were not discussed at the health visitor",
            "  review", "- the family had moved four times in a year", "", "Recommendations include:",
            "- give window safety advice at every home visit", "", "Read practice review (PDF)", "",
            "Child RB: Learning review", "", "Neglect of a 7-year-old girl between 2021 and 2024. Child RB is",
            "Black British.", "", "Learning includes:", "- her dental pain was not seen as a sign of neglect", "",
            "Recommendations include:", "- ask schools to report untreated dental pain",
            "- share the school nurse's notes with the GP", "", "Read learning review (PDF)");

    @Test
    void aPrintedMessageQuotingADigestIsReadAsTheDigest() throws Exception {
        List<String> body = new ArrayList<>(List.of("Hi all,", "", "This month's notes for the team meeting.", "",
                "Sam", "", "-------- Forwarded Message --------", "Subject: Case review notes - May 2026",
                "Date: Fri, 1 May 2026 08:00:00 +0000", "From: Review notes <notes@example.org>",
                "To: sam@example.org", ""));
        DIGEST.forEach(line -> body.add(("> " + line).stripTrailing()));
        body.addAll(List.of("", "-- ", "Sam Example", "Team lead (invented)"));
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().paragraph("Subject:").paragraph("Fwd: Case review notes - May 2026").paragraph("From:")
                    .paragraph("Sam Example <sam@example.org>").paragraph("Date:").paragraph("02/05/2026, 09:30")
                    .paragraph("To:").paragraph("Team <team@example.org>").preformatted(body);
            file = pdf.save(dir.resolve("printed-mail.pdf"));
        }
        String text = extractor.extract(file).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(text).doesNotContain("> ").doesNotContain("Forwarded Message").doesNotContain("Team lead");
        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child RA: Child safeguarding practice review", "Child RB: Learning review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "window restrictors were not discussed at the health visitor review",
                "the family had moved four times in a year");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask schools to report untreated dental pain", "share the school nurse's notes with the GP");
    }

    @Test
    void oneQuotedLineInAnOrdinaryDigestIsLeftAsItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("digest.txt"), String.join("\n", List.of(
                "From: the review team", "", "Child RA: Child safeguarding practice review", "",
                "Death of a 2-year-old boy in 2025 who fell from a window.", "",
                "> a parent said the window had no lock", "", "Learning includes:",
                "- window restrictors were not discussed")) + "\n");

        assertThat(extractor.extract(file).text()).contains("> a parent said the window had no lock");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        List<String> out = new ArrayList<>();
        entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text)
                .forEach(out::add);
        return out;
    }
}
