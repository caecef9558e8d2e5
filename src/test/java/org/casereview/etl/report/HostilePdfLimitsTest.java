package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.job.RawPdf;
import org.casereview.etl.job.UnseenHostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reader over the hostile PDFs of session 37 that hung, ran out of memory or read a tree round and round
 * (docs/HOSTILE-INPUTS.md), made small: each is refused with its reason before the work it would cost (the outcome is
 * not the guard's timeout), and one within the limit is read.
 */
class HostilePdfLimitsTest {

    private static final long MB = 1024L * 1024;
    /** The defaults but 2 MB of expanded content and 20 s: the inputs stay small and quick to write. */
    private static final DocumentLimits LIMITS = new DocumentLimits(100 * MB, 1_000, 2 * MB, 10_000, 50_000, 5_000_000,
            Duration.ofSeconds(20));
    private static final DocumentGuard GUARD = new DocumentGuard(LIMITS);

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void aContentStreamInflatingPastTheLimitIsRefusedBeforeItIsParsedAndOneWithinItIsRead() throws IOException {
        Path bomb = dir.resolve("bomb.pdf");
        UnseenHostileInputs.flateBomb(bomb, 3);
        assertRejected(bomb, RejectReason.TOO_LARGE, "page 1's content inflates to more than the 2 MB a file may expand to");
        Path within = dir.resolve("within.pdf");
        UnseenHostileInputs.flateBomb(within, 1);
        assertThat(GUARD.run("within", () -> extractor.extractWithItems(within))).isInstanceOf(DocumentOutcome.Done.class);
    }

    @Test
    void aFormInflatingPastTheLimitIsRefusedToo() throws IOException {
        Path file = dir.resolve("form-bomb.pdf");
        try (RawPdf pdf = RawPdf.onePage(file, "", "/Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >>", "")) {
            pdf.stream(5, "", RawPdf.ascii(RawPdf.text("1. Introduction", "A form of blanks.") + "/X Do\n"));
            pdf.flateStream(6, "/Type /XObject /Subtype /Form /BBox [0 0 595 842]", new byte[(int) (3 * MB)]);
            pdf.finish("/Root 1 0 R", 0);
        }
        assertRejected(file, RejectReason.TOO_LARGE, "page 1's content inflates to more than the 2 MB a file may expand to");
    }

    @Test
    void anActualTextLongerThanAPageMayBeIsRefusedBeforeItIsSpreadOverGlyphs() throws IOException {
        Path file = dir.resolve("actual-text.pdf");
        UnseenHostileInputs.hugeActualText(file, 60_000);
        assertRejected(file, RejectReason.TOO_LARGE,
                "an /ActualText of 60000 characters is more than the 50000 characters a page may have");
    }

    @Test
    void aFontGivingHundredsOfCharactersAGlyphCountsThemAgainstThePage() throws IOException {
        Path file = dir.resolve("cmap.pdf");
        UnseenHostileInputs.longCMap(file, 250, 400); // 400 glyphs, 100,000 characters
        assertRejected(file, RejectReason.TOO_LARGE, "a page holds more than the 50000 characters a page may have");
    }

    @Test
    void aStructureElementTakingMegabytesOfTheFileIsRefusedBeforePdfBoxParsesIt() throws IOException {
        Path file = dir.resolve("elements.pdf");
        UnseenHostileInputs.manyStructElements(file, 160_000); // about 5 MB in one element's /K
        DocumentOutcome<ExtractedReport> outcome = GUARD.run("elements", () -> extractor.extractWithItems(file));
        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(rejected.message()).startsWith("object 7 of the structure tree takes ")
                    .endsWith(" KB of the file, more than the 4096 KB a structure element may");
        });
    }

    private void assertRejected(Path file, RejectReason reason, String message) {
        DocumentOutcome<ExtractedReport> outcome = GUARD.run(file.getFileName().toString(), () -> extractor.extractWithItems(file));
        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(reason);
            assertThat(rejected.message()).isEqualTo(message);
        });
    }
}
