package org.casereview.etl.pdf;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Whether an image painted over text hides it: opaque (no soft mask, no colour-key or stencil mask, not itself a
 * stencil painted in the fill colour) and dark in every part looked at (a grid of about 32 by 32 samples). A black
 * image laid over a name, as a redaction tool may stamp it, is one; a photograph or a logo is not.
 */
final class DarkImage {

    private static final int SAMPLES = 32;

    private DarkImage() {
    }

    static boolean isOpaqueAndDark(PDImage image, float darkLuminance) {
        if (image.isStencil() || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return false;
        }
        if (image instanceof PDImageXObject xobject && (xobject.getCOSObject().containsKey(COSName.SMASK)
                || xobject.getCOSObject().containsKey(COSName.MASK))) {
            return false;
        }
        try {
            int step = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / SAMPLES);
            BufferedImage pixels = image.getImage(new Rectangle(0, 0, image.getWidth(), image.getHeight()), step);
            for (int x = 0; x < pixels.getWidth(); x++) {
                for (int y = 0; y < pixels.getHeight(); y++) {
                    int argb = pixels.getRGB(x, y);
                    if ((argb >>> 24) < 0xff || UnseenGlyphs.luminance(argb) >= darkLuminance) {
                        return false;
                    }
                }
            }
            return pixels.getWidth() > 0 && pixels.getHeight() > 0;
        } catch (IOException | RuntimeException e) {
            return false; // an image that does not decode hides nothing we can tell
        }
    }
}
