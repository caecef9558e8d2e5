package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.ingest.EarlySniffs;
import org.casereview.etl.ingest.FileHashes;
import org.casereview.etl.ingest.Sha256;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.review.DigestLoader;
import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the digest read for its links (during the start-up, or by discovery) is not read again by the digest step:
 * the step takes its rows, made ahead for the run's month, or made from the parse kept. What the step loads is what a
 * reading of the file would load. The file is removed after the first reading, so a second one would find nothing.
 */
class DigestReadAheadTest {

    private static final DigestLoader LOADER = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withVocabulary(Vocabulary.bundled()));
    private static final DocumentLimits LIMITS = DocumentLimits.DEFAULTS;
    private static final String DIGEST = "seed-2021-11.txt";
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private Path input;
    private Path original;
    private DocumentRow document;

    @BeforeEach
    void inputs() throws IOException {
        input = GeneratedInputs.withReports(dir.resolve("in"), 2, 2);
        String text = Files.readString(input.resolve(DIGEST)).replaceFirst("\\]\\(#\\)", "](Testshire_CSPR_Child_Z01.pdf)");
        Files.writeString(input.resolve(DIGEST), text);
        original = Files.copy(input.resolve(DIGEST), dir.resolve("copy-of-" + DIGEST));
        document = new DocumentRow(DIGEST, "digest", null, null, Sha256.ofFile(original), Files.size(original), null,
                DocumentStatus.PENDING, null);
    }

    /** The start-up's reading: links for discovery, then the rows for the run's month. */
    private DigestLinkedReports readAtStartUp(YearMonth month) throws IOException {
        DigestLinkedReports links = new DigestLinkedReports(() -> LOADER, new DocumentGuard(LIMITS), month);
        new EarlySniffs(LIMITS).sniff(input, new DigestParser(), FileHashes.none(), links,
                file -> file.getFileName().toString().equals(DIGEST));
        links.readRows();
        Files.delete(input.resolve(DIGEST));
        return links;
    }

    private DigestLoad readByTheStep(DigestLinkedReports links, String name, YearMonth month) {
        Optional<DigestLoader.Reading> reading = links.rows(name, document.sha256(), month);
        assertThat(reading).isPresent();
        return DigestLoader.loaded(reading.get(), document);
    }

    @Test
    void theStepTakesTheRowsMadeDuringTheStartUp() throws IOException {
        DigestLinkedReports links = readAtStartUp(MONTH);
        DigestLoad load = readByTheStep(links, DIGEST, MONTH);
        assertThat(load).isEqualTo(LOADER.load(original, document, MONTH));
        assertThat(load.reviews()).hasSize(9);
        assertThat(load.document().status()).isEqualTo(DocumentStatus.LOADED);
        assertThat(load.reviews().get(0).row().reportLink()).isEqualTo("Testshire_CSPR_Child_Z01.pdf");
        assertThat(links.rows(DIGEST, document.sha256(), MONTH)).as("taken once").isEmpty();
    }

    @Test
    void anotherMonthsRowsAreMadeFromTheParseKept() throws IOException {
        DigestLinkedReports links = readAtStartUp(MONTH);
        YearMonth other = YearMonth.of(2027, 1);
        assertThat(readByTheStep(links, DIGEST, other)).isEqualTo(LOADER.load(original, document, other));
    }

    @Test
    void discoverysReadingKeepsTheParseForTheStep() throws IOException {
        DigestLinkedReports links = readAtStartUp(null); // as discovery reads: no month, no rows made ahead
        assertThat(readByTheStep(links, DIGEST, MONTH)).isEqualTo(LOADER.load(original, document, MONTH));
    }

    @Test
    void aFileOfTheSameContentUnderAnotherNameIsReadByTheStepItself() throws IOException {
        DigestLinkedReports links = readAtStartUp(MONTH);
        assertThat(links.rows("renamed-" + DIGEST, document.sha256(), MONTH)).isEmpty();
        assertThat(links.rows(DIGEST, "0".repeat(64), MONTH)).isEmpty();
    }

    @Test
    void nothingIsKeptOnceTheStepIsOver() throws IOException {
        DigestLinkedReports links = readAtStartUp(MONTH);
        links.forget();
        assertThat(links.rows(DIGEST, document.sha256(), MONTH)).isEmpty();
    }

    /**
     * Session 38: a 30 MB text digest was read whole at discovery and again by the digest step before its character
     * limit refused it. The reject of the reading ahead is kept (the file is gone before the step asks), with its
     * reason and message; a reading that ran out of memory is not (read alone, it may fit).
     */
    @Test
    void aDigestRefusedWhenReadAheadIsRefusedByTheStepWithoutReadingItAgain() throws IOException {
        DocumentLimits small = new DocumentLimits(LIMITS.maxFileBytes(), LIMITS.maxPages(), LIMITS.maxExpandedBytes(),
                LIMITS.maxZipEntries(), LIMITS.maxPageChars(), 2_000, LIMITS.timePerDocument());
        DigestLinkedReports links = new DigestLinkedReports(() -> LOADER, new DocumentGuard(small), MONTH);
        new EarlySniffs(small).sniff(input, new DigestParser(), FileHashes.none(), links,
                file -> file.getFileName().toString().equals(DIGEST));
        Files.delete(input.resolve(DIGEST));
        assertThat(links.rejected(DIGEST, document.sha256())).hasValueSatisfying(rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(rejected.message()).startsWith(DIGEST + ": ")
                    .endsWith(" characters is more than the 2000 characters a digest may have");
        });
        assertThat(links.rows(DIGEST, document.sha256(), MONTH)).isEmpty();
        assertThat(links.rejected("renamed-" + DIGEST, document.sha256())).isEmpty();
        assertThat(new DocumentOutcome.Rejected<>(RejectReason.TOO_LARGE,
                "reading it needed more memory than the run has (Java heap space)").mayEndOtherwise()).isTrue();
    }
}
