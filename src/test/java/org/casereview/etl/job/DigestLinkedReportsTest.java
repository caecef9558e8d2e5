package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.apache.tika.config.TikaConfig;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.DigestPdfFixture;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.ingest.EarlySniffs;
import org.casereview.etl.ingest.FileHashes;
import org.casereview.etl.ingest.InputDiscovery;
import org.casereview.etl.ingest.InputDiscovery.Discovered;
import org.casereview.etl.ingest.LinkedReports;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.ingest.Sha256;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoader;
import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: a PDF that an entry of the input's text digest links to is a report, and is not sniffed. */
class DigestLinkedReportsTest {

    private static final DigestParser PARSER = new DigestParser();
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withVocabulary(Vocabulary.bundled());
    private static final DocumentLimits LIMITS = DocumentLimits.DEFAULTS;
    private static final String DIGEST = "seed-2021-11.txt";
    private static final String REPORT_1 = "Testshire_CSPR_Child_Z01.pdf";
    private static final String REPORT_2 = "Testshire_CSPR_Child_Z02.pdf";
    private static final String PDF_DIGEST = "digest-2021-12.pdf";

    @TempDir
    Path dir;

    private Path input;
    private final List<String> sniffed = new CopyOnWriteArrayList<>();
    private final AtomicInteger digestsRead = new AtomicInteger();
    private final PdfDigestSniffer sniffer = new PdfDigestSniffer(PARSER);
    private final BiPredicate<Path, String> countingSniffer = (pdf, sha) -> {
        sniffed.add(pdf.getFileName().toString());
        return sniffer.test(pdf);
    };

    @BeforeEach
    void inputs() throws IOException {
        input = GeneratedInputs.withReports(dir.resolve("in"), 2, 3);
        DigestPdfFixture.write(Files.readString(Path.of("input/seed-2021-11.txt")), input.resolve(PDF_DIGEST), 14f);
    }

    /** The seed digest with its first entries' links naming the given files (the other entries link to "#"). */
    private void linking(String... files) throws IOException {
        String text = Files.readString(input.resolve(DIGEST));
        for (String file : files) {
            text = text.replaceFirst("\\]\\(#\\)", "](" + file + ")");
        }
        Files.writeString(input.resolve(DIGEST), text);
    }

    private DigestLinkedReports links() {
        DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), PARSER, NORMALISER);
        return new DigestLinkedReports(() -> {
            digestsRead.incrementAndGet();
            return loader;
        }, new DocumentGuard(LIMITS), null);
    }

    private static Map<String, String> kinds(List<Discovered> found) {
        return found.stream().collect(Collectors.toMap(d -> d.document().sourceFile(), d -> d.document().kind()));
    }

    @Test
    void theReportsATextDigestLinksToAreNotSniffedAndAnUnlinkedPdfDigestIsStillFound() throws IOException {
        linking(REPORT_1, "https://example.org/files/" + REPORT_2);
        Map<String, String> kinds = kinds(new InputDiscovery(countingSniffer, links()).discover(input, 2));
        assertThat(kinds).containsEntry(REPORT_1, "report").containsEntry(REPORT_2, "report")
                .containsEntry(PDF_DIGEST, "digest").containsEntry(DIGEST, "digest");
        assertThat(sniffed).containsExactly(PDF_DIGEST);
        assertThat(digestsRead).hasValue(1);
    }

    @Test
    void theKindsAreThoseOfASniffOfEveryPdf() throws IOException {
        linking(REPORT_1, REPORT_2);
        List<Discovered> linked = new InputDiscovery(countingSniffer, links()).discover(input);
        List<Discovered> all = new InputDiscovery(countingSniffer, LinkedReports.NONE).discover(input);
        assertThat(linked).isEqualTo(all);
        assertThat(sniffed).containsExactlyInAnyOrder(PDF_DIGEST, PDF_DIGEST, REPORT_1, REPORT_2);
    }

    @Test
    void aPdfNamedByNoEntryOrByALinkThatFitsTwoFilesIsSniffed() throws IOException {
        Files.copy(input.resolve(REPORT_2), input.resolve("Testshire-CSPR-Child-Z02.pdf"));
        linking("Testshire CSPR Child Z02.pdf");
        Map<String, String> kinds = kinds(new InputDiscovery(countingSniffer, links()).discover(input));
        assertThat(sniffed).containsExactlyInAnyOrder(PDF_DIGEST, "Testshire-CSPR-Child-Z02.pdf", REPORT_1, REPORT_2);
        assertThat(kinds).containsEntry(REPORT_2, "report").containsEntry(PDF_DIGEST, "digest");
    }

    /**
     * Decided: an entry's link names its review's report, so the PDF it names is read as a report even when it is a
     * digest (last month's digest linked from an entry); a digest that no entry links to is still sniffed.
     */
    @Test
    void aPdfDigestThatAnEntryLinksToIsTakenAsTheEntrysReport() throws IOException {
        linking(PDF_DIGEST);
        Map<String, String> kinds = kinds(new InputDiscovery(countingSniffer, links()).discover(input));
        assertThat(kinds).containsEntry(PDF_DIGEST, "report");
        assertThat(sniffed).containsExactlyInAnyOrder(REPORT_1, REPORT_2);
    }

    @Test
    void noDigestIsReadForItsLinksWhenEveryPdfIsKnownWithoutThem() throws IOException {
        linking(REPORT_1, REPORT_2); // as on a rerun: each PDF was extracted as a report before, none asks
        List<Discovered> found = new InputDiscovery((pdf, sha, linked) -> false, links(), new DocumentGuard(LIMITS),
                TikaConfig::getDefaultConfig).discover(input);
        assertThat(kinds(found)).containsEntry(REPORT_1, "report").containsEntry(PDF_DIGEST, "report");
        assertThat(digestsRead).hasValue(0);
    }

    @Test
    void theStartUpSniffLeavesTheLinkedReportsAloneAndDiscoveryReadsTheDigestNoMore() throws IOException {
        linking(REPORT_1, REPORT_2);
        DigestLinkedReports links = links();
        EarlySniffs early = new EarlySniffs(LIMITS);
        early.sniff(input, PARSER, FileHashes.none(), links, file -> file.getFileName().toString().equals(DIGEST));
        assertThat(digestsRead).hasValue(1);
        Path report = input.resolve(REPORT_1);
        Path digest = input.resolve(PDF_DIGEST);
        assertThat(early.digest(digest, Sha256.ofFile(digest), PARSER, LIMITS)).contains(true);
        assertThat(early.digest(report, Sha256.ofFile(report), PARSER, LIMITS)).isEmpty();
        Map<String, String> kinds = kinds(new InputDiscovery(countingSniffer, links).discover(input));
        assertThat(kinds).containsEntry(REPORT_1, "report").containsEntry(PDF_DIGEST, "digest");
        assertThat(digestsRead).hasValue(1);
    }
}
