package org.casereview.etl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.casereview.etl.digest.LayoutDigestText;
import org.casereview.etl.digest.PageEdgeDates;
import org.casereview.etl.layout.OutlineReader;
import org.casereview.etl.pdf.CommentAnnotations;
import org.casereview.etl.pdf.FramedColumns;
import org.casereview.etl.pdf.FormFieldValues;
import org.casereview.etl.pdf.ImposedPages;
import org.casereview.etl.pdf.UnseenTextRemoval;

/**
 * Test only: a PDF digest read badly on purpose, one part of the reading switched off at a time, for the survey of the
 * digest self-check (does a digest read badly say {@code doubtful}?). Each reading is
 * {@code DocumentTextExtractor.parsePdf} with one change:
 * <ul>
 *   <li>{@code layout-model-off}: no tags, no table reader, no box reader: the text layer with its repairs;</li>
 *   <li>{@code columns-off}: the text layer sorted by position, so columns are read across (the layout model
 *       still first);</li>
 *   <li>{@code repairs-off}: the text layer without its layout repairs (running heads and feet, drawn bullets, printed
 *       link URLs, wrapped list lines; the layout model still first);</li>
 *   <li>{@code outline-off}: the text layer's lines without the outline's titles as headings.</li>
 * </ul>
 */
public final class BadPdfReadings {

    private BadPdfReadings() {
    }

    /** The readings by name; a reading the change does not reach (a file read by its tags) is the same text. */
    public static Map<String, ExtractedText> of(Path pdf) throws IOException {
        Map<String, ExtractedText> readings = new LinkedHashMap<>();
        byte[] bytes = Files.readAllBytes(pdf);
        readings.put("layout-model-off", read(bytes, false, false, true, true));
        readings.put("columns-off", read(bytes, true, true, true, true));
        readings.put("repairs-off", read(bytes, true, false, false, true));
        readings.put("outline-off", read(bytes, true, false, true, false));
        return readings;
    }

    private static ExtractedText read(byte[] bytes, boolean layoutModel, boolean byPosition, boolean repairs,
                                      boolean outline) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            ImposedPages.separate(document);
            FramedColumns.readInPlace(document);
            FormFieldValues.placeOnPages(document);
            PdfPageLines.Pages pageLines = PdfPageLines.read(document);
            Optional<String> tagged = layoutModel ? LayoutDigestText.read(document, Integer.MAX_VALUE) : Optional.empty();
            YearMonth edgeMonth = PageEdgeDates.month(PageEdges.lines(pageLines.lines()));
            if (tagged.isPresent()) {
                return new ExtractedText("application/pdf", null, tagged.get(), edgeMonth);
            }
            var titles = outline ? OutlineReader.read(document) : java.util.List.<OutlineReader.Entry>of();
            UnseenTextRemoval.removeFrom(document, pageLines.unseenPages());
            CommentAnnotations.removeFrom(document);
            LightMarkdownHandler handler = new LightMarkdownHandler(HtmlNoiseRules.load(), true);
            PDFParserConfig config = new PDFParserConfig();
            config.setExtractBookmarksText(false);
            config.setExtractAcroFormContent(false);
            config.setSortByPosition(byPosition || pageLines.byPosition());
            ParseContext context = new ParseContext();
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
            context.set(PDFParserConfig.class, config);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "digest.pdf");
            try (InputStream in = TikaInputStream.get(bytes)) {
                new LoadedPdfParser(document).parse(in, handler, metadata, context);
            } catch (Exception e) {
                throw new IOException(e);
            }
            String text = WordSpaces.restore(handler.markdown().replace("\r\n", "\n").replace('\r', '\n'),
                    pageLines.respaced());
            text = repairs ? DropCapText.join(text, pageLines.dropCapped()) : text;
            text = repairs ? DisplayQuotes.leftOut(text, pageLines.displayQuotes()) : text;
            String repaired = repairs ? PdfLayoutRepair.repair(text, pageLines.lines()) : text;
            return new ExtractedText("application/pdf", null, LayoutDigestText.withOutlineHeadings(repaired, titles),
                    edgeMonth);
        }
    }
}
