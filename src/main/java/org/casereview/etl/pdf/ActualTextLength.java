package org.casereview.etl.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.guard.LimitExceededException;

/**
 * A marked-content sequence's /ActualText is handed over as the text of its first glyph, so it counts against the
 * page's character limit before it is read: a 10 MB /ActualText (a few kilobytes compressed) otherwise became one
 * glyph of ten million characters, with an edge per character, and the heap ran out.
 */
public final class ActualTextLength {

    private ActualTextLength() {
    }

    /**
     * @param properties a marked-content sequence's properties, or null
     * @throws LimitExceededException ({@code too_large}) when its /ActualText is longer than a page may be
     */
    public static void check(COSDictionary properties) {
        if (properties == null || !(properties.getDictionaryObject(COSName.ACTUAL_TEXT) instanceof COSString actual)) {
            return;
        }
        int max = DocumentBudget.current().limits().maxPageChars();
        // a character takes one byte (PDFDocEncoding) or two (UTF-16): only a long string is decoded to count it
        if (actual.getBytes().length > max) {
            int chars = actual.getString().length();
            if (chars > max) {
                throw new LimitExceededException(RejectReason.TOO_LARGE, "an /ActualText of " + chars
                        + " characters is more than the " + max + " characters a page may have");
            }
        }
    }
}
