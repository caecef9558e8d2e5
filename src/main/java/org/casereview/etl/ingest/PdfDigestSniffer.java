package org.casereview.etl.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;

/**
 * Tells a digest saved as PDF from a case review report: a digest's first pages read as several
 * entries, each with its own labelled sections and naming a review (a link, a child, a year or an
 * area); a report's do not. A short report's headings ("Key messages", "Learning", "Recommendations")
 * can read as labelled sections, but its "entries" name no review.
 */
public final class PdfDigestSniffer implements Predicate<Path> {

    private static final int PAGES_READ = 4;
    private static final int MIN_ENTRIES = 2;

    private final DigestParser parser;

    public PdfDigestSniffer(DigestParser parser) {
        this.parser = parser;
    }

    @Override
    public boolean test(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(PAGES_READ);
            ParsedDigest parsed = parser.parse(stripper.getText(document));
            long entriesWithSections = parsed.entries().stream()
                    .filter(e -> hasLabelledSection(e) && namesAReview(e)).count();
            return entriesWithSections >= MIN_ENTRIES;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: the report step rejects it with the precise reason
        }
    }

    private static boolean namesAReview(DigestEntry entry) {
        return entry.linkText() != null || entry.linkTarget() != null || entry.childName() != null
                || entry.headingYear() != null || entry.area() != null;
    }

    private static boolean hasLabelledSection(DigestEntry entry) {
        return entry.sections().stream().anyMatch(s -> s.type().hasItems());
    }
}
