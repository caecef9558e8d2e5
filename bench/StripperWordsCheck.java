// Session 33: pdf.StripperWords against PDFBox's own PDFTextStripper.writePage on every page of the PDFs given: a
// plain stripper (content order, no duplicate suppression, as report.PositionedTextStripper reads) runs StripperWords
// over each page's charactersByArticle, then PDFBox's writePage over the same lists, and the two word lists (PDFBox's
// empty words left out) must hold the same TextPosition objects in the same words. Prints each page that differs and
// a count.
//
//   javac -cp 'BUILD/casereview-etl.jar:BUILD/lib/*' -d /tmp/xwords bench/StripperWordsCheck.java
//   java -cp '/tmp/xwords:BUILD/casereview-etl.jar:BUILD/lib/*' StripperWordsCheck FOLDER_OR_PDF...
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.pdf.StripperWords;

public class StripperWordsCheck {

    public static void main(String[] args) throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (String arg : args) {
            try (Stream<Path> s = Files.walk(Path.of(arg))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        long pages = 0;
        long words = 0;
        long glyphs = 0;
        int differing = 0;
        int failed = 0;
        for (Path pdf : pdfs) {
            Recorder recorder = new Recorder(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                recorder.writeText(document, Writer.nullWriter());
            } catch (IOException | RuntimeException e) {
                failed++;
                System.out.println("FAILED " + pdf + ": " + e);
            }
            pages += recorder.pages;
            words += recorder.words;
            glyphs += recorder.glyphs;
            differing += recorder.differing;
        }
        System.out.printf("%d files (%d failed to read), %d pages, %d words, %d glyphs: %d pages differ%n", pdfs.size(),
                failed, pages, words, glyphs, differing);
        System.exit(differing == 0 ? 0 : 1);
    }

    private static final class Recorder extends PDFTextStripper {
        private final Path pdf;
        private final List<List<TextPosition>> pdfBox = new ArrayList<>();
        private final List<List<TextPosition>> ours = new ArrayList<>();
        int pages;
        long words;
        long glyphs;
        int differing;

        Recorder(Path pdf) {
            this.pdf = pdf;
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(false);
        }

        @Override
        protected void writePage() throws IOException {
            pdfBox.clear();
            ours.clear();
            StripperWords.write(this, charactersByArticle, word -> ours.add(List.copyOf(word)));
            super.writePage();
            pages++;
            words += pdfBox.size();
            for (List<TextPosition> article : charactersByArticle) {
                glyphs += article.size();
            }
            if (!same(pdfBox, ours)) {
                differing++;
                System.out.println("DIFFERS " + pdf + " page " + getCurrentPageNo() + ": " + pdfBox.size()
                        + " words against " + ours.size());
            }
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                pdfBox.add(List.copyOf(positions));
            }
        }

        /** The same objects in the same words (TextPosition has no equals of its own: identity). */
        private static boolean same(List<List<TextPosition>> a, List<List<TextPosition>> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).size() != b.get(i).size()) {
                    return false;
                }
                for (int j = 0; j < a.get(i).size(); j++) {
                    if (a.get(i).get(j) != b.get(i).get(j)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
