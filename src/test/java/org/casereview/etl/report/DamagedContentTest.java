package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF that opens but whose page content is damaged: PDFBox reads past the damage without an
 * exception (it logs, or says nothing), so the extractor must notice it and report the page as
 * {@code corrupt} instead of loading the document as if whole.
 */
class DamagedContentTest {

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    private static String pageText(int page) {
        StringBuilder text = new StringBuilder("BT /F1 11 Tf 72 720 Td 15 TL\n");
        text.append("(").append(page).append(". Findings and learning on page ").append(page).append(") Tj T*\n");
        for (int line = 1; line <= 25; line++) {
            text.append("(Professionals did not share what they knew about the family, line ").append(line).append(".) '\n");
        }
        return text.append("ET\n").toString();
    }

    static byte[] deflate(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(plain);
        }
        return out.toByteArray();
    }

    /** Three pages of text, page 2's content stream raw as the given function makes it (with or without Flate). */
    private Path write(String name, boolean flate, UnaryOperator<byte[]> damagePage2) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (int page = 1; page <= 3; page++) {
                PDPage pdPage = new PDPage();
                PDResources resources = new PDResources();
                resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                pdPage.setResources(resources);
                doc.addPage(pdPage);
                byte[] plain = pageText(page).getBytes(StandardCharsets.ISO_8859_1);
                byte[] raw = flate ? deflate(plain) : plain;
                COSStream stream = doc.getDocument().createCOSStream();
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(page == 2 ? damagePage2.apply(raw) : raw);
                }
                if (flate) {
                    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                }
                pdPage.setContents(new PDStream(stream));
            }
            doc.save(file.toFile(), CompressParameters.NO_COMPRESSION);
        }
        return file;
    }

    private static byte[] garbleMiddle(byte[] raw, int length) {
        byte[] damaged = raw.clone();
        for (int i = raw.length / 3; i < raw.length / 3 + length; i++) {
            damaged[i] = (byte) (i * 37);
        }
        return damaged;
    }

    private List<ParseProblem> corruptProblems(Path pdf) throws Exception {
        return extractor.extractWithItems(pdf).document().problems().stream()
                .filter(p -> p.reason() == RejectReason.CORRUPT).toList();
    }

    @Nested
    class DamagedPagesAreCorrupt {
        @Test
        void aGarbledCompressedStream() throws Exception {
            List<ParseProblem> problems = corruptProblems(write("garbled.pdf", true, raw -> garbleMiddle(raw, 40)));
            assertThat(problems).extracting(ParseProblem::location).containsExactly("page 2");
            assertThat(problems.get(0).message()).startsWith("page 2 could not be read whole: a compressed content stream is damaged");
        }

        @Test
        void aCompressedStreamCutShort() throws Exception {
            List<ParseProblem> problems = corruptProblems(write("cut.pdf", true, raw -> Arrays.copyOf(raw, raw.length / 2)));
            assertThat(problems).extracting(ParseProblem::message)
                    .containsExactly("page 2 could not be read whole: a compressed content stream is cut short");
        }

        @Test
        void garbageInAnUncompressedStream() throws Exception {
            List<ParseProblem> problems = corruptProblems(write("garbage.pdf", false, raw -> garbleMiddle(raw, 80)));
            assertThat(problems).extracting(ParseProblem::location).containsExactly("page 2");
            assertThat(problems.get(0).message()).contains("words that are no PDF operator");
        }

        @Test
        void theUndamagedPagesAreStillRead() throws Exception {
            ExtractedReport report = extractor.extractWithItems(write("garbled2.pdf", true, raw -> garbleMiddle(raw, 40)));
            assertThat(report.document().metadata().pages()).isEqualTo(3);
            // pages 1 and 3 have their text: the only problem is the damaged page
            assertThat(report.document().problems()).extracting(ParseProblem::location).containsExactly("page 2");
        }
    }

    @Nested
    class SoundPages {
        @Test
        void anUndamagedDocumentHasNoCorruptPage() throws Exception {
            assertThat(corruptProblems(write("whole.pdf", true, UnaryOperator.identity()))).isEmpty();
            assertThat(corruptProblems(write("plain.pdf", false, UnaryOperator.identity()))).isEmpty();
        }

        @Test
        void unknownOperatorsInsideACompatibilitySectionAreAllowed() throws Exception {
            byte[] withCompat = ("BX /Foo xyzzy EX\n" + pageText(2)).getBytes(StandardCharsets.ISO_8859_1);
            assertThat(corruptProblems(write("compat.pdf", false, raw -> withCompat))).isEmpty();
        }
    }
}
