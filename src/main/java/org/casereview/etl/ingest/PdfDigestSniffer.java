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
 * <p>
 * Every new PDF is sniffed before the report step reads it in full, so the sniff reads little:
 * the first two pages, and the first four only when two pages hold exactly one such entry (a
 * digest with long entries); pages with none are a report's cover and contents.
 */
public final class PdfDigestSniffer implements Predicate<Path> {

    private static final int FIRST_PAGES_READ = 2;
    private static final int PAGES_READ = 4;
    private static final int MIN_ENTRIES = 2;

    private final DigestParser parser;

    public PdfDigestSniffer(DigestParser parser) {
        this.parser = parser;
    }

    @Override
    public boolean test(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            long entries = entriesWithSections(document, FIRST_PAGES_READ);
            if (entries == MIN_ENTRIES - 1 && document.getNumberOfPages() > FIRST_PAGES_READ) {
                entries = entriesWithSections(document, PAGES_READ);
            }
            return entries >= MIN_ENTRIES;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: the report step rejects it with the precise reason
        }
    }

    private long entriesWithSections(PDDocument document, int pages) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        // as Tika reads a digest PDF in the digest step (its default), and without the per-glyph cost
        stripper.setSuppressDuplicateOverlappingText(false);
        stripper.setEndPage(pages);
        ParsedDigest parsed = parser.parse(stripper.getText(document));
        return parsed.entries().stream().filter(e -> hasLabelledSection(e) && namesAReview(e)).count();
    }

    private static boolean namesAReview(DigestEntry entry) {
        return entry.linkText() != null || entry.linkTarget() != null || entry.childName() != null
                || entry.headingYear() != null || entry.area() != null;
    }

    private static boolean hasLabelledSection(DigestEntry entry) {
        return entry.sections().stream().anyMatch(s -> s.type().hasItems());
    }
}
