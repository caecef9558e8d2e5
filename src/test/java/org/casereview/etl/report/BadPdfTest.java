package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadPdfTest {

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    private PdfFixtureBuilder smallReport() throws Exception {
        return new PdfFixtureBuilder()
                .newPage()
                .heading1("1. Introduction")
                .paragraph("This review concerns a boy who is called Child R in this report.")
                .heading1("2. Recommendations")
                .numbered("The partnership should publish guidance on home visits.");
    }

    private RejectReason reasonFor(Path pdf) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> extractor.extract(pdf));
        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
        return ((UnreadableDocumentException) thrown).reason();
    }

    @Nested
    class Rejected {

        @Test
        void userPasswordIsEncrypted() throws Exception {
            Path pdf = smallReport().saveEncrypted(dir.resolve("locked.pdf"), "owner-secret", "user-secret");
            assertThat(reasonFor(pdf)).isEqualTo(RejectReason.ENCRYPTED);
        }

        @Test
        void emptyFileIsEmpty() throws Exception {
            Path pdf = Files.write(dir.resolve("empty.pdf"), new byte[0]);
            assertThat(reasonFor(pdf)).isEqualTo(RejectReason.EMPTY);
        }

        @Test
        void htmlSavedAsPdfIsCorrupt() throws Exception {
            Path pdf = Files.writeString(dir.resolve("page.pdf"), "<html><body>Not found</body></html>");
            assertThat(reasonFor(pdf)).isEqualTo(RejectReason.CORRUPT);
        }

        @Test
        void truncatedGarbageAfterHeaderIsCorrupt() throws Exception {
            Path pdf = Files.write(dir.resolve("broken.pdf"),
                    "%PDF-1.7\n1 0 obj << /Type /Catalog garbage".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(reasonFor(pdf)).isEqualTo(RejectReason.CORRUPT);
        }

        @Test
        void imageOnlyPagesHaveNoTextLayer() throws Exception {
            Path pdf = new PdfFixtureBuilder().imagePage().imagePage().save(dir.resolve("scan.pdf"));
            assertThat(reasonFor(pdf)).isEqualTo(RejectReason.NO_TEXT_LAYER);
        }

        @Test
        void missingFileIsCorrupt() {
            assertThatThrownBy(() -> extractor.extract(dir.resolve("absent.pdf")))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .extracting(e -> ((UnreadableDocumentException) e).reason())
                    .isEqualTo(RejectReason.CORRUPT);
        }
    }

    @Nested
    class Loaded {

        @Test
        void ownerPasswordOnlyStillExtracts() throws Exception {
            Path pdf = smallReport().saveEncrypted(dir.resolve("no-copy.pdf"), "owner-secret", "");
            ReportDocument document = extractor.extract(pdf);
            assertThat(document.sections()).extracting(s -> s.heading())
                    .containsExactly("1. Introduction", "2. Recommendations");
            assertThat(document.sections().get(1).items()).extracting(i -> i.text())
                    .containsExactly("The partnership should publish guidance on home visits.");
        }

        @Test
        void aPageWithoutTextIsAProblemNotAReject() throws Exception {
            Path pdf = smallReport().imagePage().save(dir.resolve("with-scan.pdf"));
            ReportDocument document = extractor.extract(pdf);
            assertThat(document.problems()).extracting(p -> p.location(), p -> p.reason())
                    .containsExactly(org.assertj.core.api.Assertions.tuple("page 2", RejectReason.NO_TEXT_LAYER));
            assertThat(document.metadata().pages()).isEqualTo(2);
        }

        @Test
        void aBlankPageAfterTheCoverIsNoProblem() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .cover("Local Child Safeguarding Practice Review", 20f, "Child R", 16f)
                    .newPage()
                    .newPage()
                    .heading1("1. Introduction")
                    .paragraph("This review concerns a boy who is called Child R in this report.")
                    .heading1("2. Recommendations")
                    .numbered("The partnership should publish guidance on home visits.")
                    .save(dir.resolve("blank-verso.pdf"));
            ReportDocument document = extractor.extract(pdf);
            assertThat(document.problems()).isEmpty();
            assertThat(document.metadata().pages()).isEqualTo(3);
            assertThat(document.sections()).extracting(s -> s.heading())
                    .containsExactly("1. Introduction", "2. Recommendations");
        }
    }
}
