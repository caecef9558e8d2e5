package org.casereview.etl.digest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints a plain-text digest into a PDF the way a word processor would: wrapped lines, pages, page
 * numbers. With a tight line spacing Tika reads each paragraph as one block of wrapped lines; with a
 * loose one, every printed line as a paragraph of its own.
 */
public final class DigestPdfFixture {

    private static final int LINES_PER_PAGE = 46;
    private static final int WRAP = 95;

    private DigestPdfFixture() {
    }

    public static void write(String text, Path file, float leading) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            lines.addAll(wrap(paragraph.strip()));
        }
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(leading);
                    content.newLineAtOffset(50, 780);
                    for (String line : lines.subList(p * LINES_PER_PAGE, Math.min(lines.size(), (p + 1) * LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                    content.beginText();
                    content.newLineAtOffset(280, 30);
                    content.showText("Page " + (p + 1) + " of " + pages);
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    private static List<String> wrap(String paragraph) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }
}
