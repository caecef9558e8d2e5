package org.casereview.etl.report;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Signs that a page's content streams are damaged, which PDFBox reads past without failing (it
 * logs and goes on, so the page silently loses text): a compressed stream that does not inflate
 * to its end, or words in the content that are no PDF operator (garbage parsed as operators).
 */
final class ContentDamage {

    /** The operators of ISO 32000-1, Annex A. Anything else outside a BX/EX section is damage. */
    static final Set<String> PDF_OPERATORS = Set.of(
            "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do",
            "DP", "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l",
            "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*",
            "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"");

    private ContentDamage() {
    }

    /** Why the page's compressed content does not decode, or empty when it decodes whole. */
    static Optional<String> inStreams(PDPage page) {
        for (COSStream stream : contentStreams(page)) {
            if (!isFlateOnly(stream)) {
                continue;
            }
            try (InputStream raw = stream.createRawInputStream();
                 InflaterInputStream inflated = new InflaterInputStream(raw)) {
                inflated.transferTo(OutputStream.nullOutputStream());
            } catch (ZipException e) {
                return Optional.of("a compressed content stream is damaged (" + e.getMessage() + ")");
            } catch (EOFException e) {
                return Optional.of("a compressed content stream is cut short");
            } catch (IOException e) {
                return Optional.of("a content stream cannot be read (" + e.getMessage() + ")");
            }
        }
        return Optional.empty();
    }

    private static List<COSStream> contentStreams(PDPage page) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        return streams;
    }

    private static boolean isFlateOnly(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSArray array) {
            return array.size() == 1 && COSName.FLATE_DECODE.equals(array.getObject(0));
        }
        return COSName.FLATE_DECODE.equals(filters);
    }
}
