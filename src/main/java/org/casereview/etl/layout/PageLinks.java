package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.TextPosition;

/**
 * The web links of a page: link annotations whose action opens a URI, each with the rectangle it covers, and the
 * link a run of glyphs lies under. A PDF prints a link's words and puts the address in such an annotation over them.
 */
public final class PageLinks {

    /** Share of a text's glyphs that must lie under one link's rectangles for the text to be that link. */
    private static final float MOST = 0.8f;
    private static final int MAX_LINKS = 1_000;

    /** A link annotation's rectangle, in points from the page's top-left corner, and its URI. */
    public record Link(float left, float top, float right, float bottom, String uri) {

        boolean covers(float x, float y) {
            return x >= left && x <= right && y >= top && y <= bottom;
        }
    }

    private PageLinks() {
    }

    /** Never throws: a page whose annotations cannot be read has none. */
    public static List<Link> of(PDPage page) {
        List<Link> links = new ArrayList<>();
        try {
            PDRectangle crop = page.getCropBox();
            for (PDAnnotation annotation : page.getAnnotations()) {
                String uri = uri(annotation);
                PDRectangle r = annotation.getRectangle();
                if (uri != null && r != null && links.size() < MAX_LINKS && page.getRotation() % 360 == 0) {
                    links.add(new Link(r.getLowerLeftX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getUpperRightY(),
                            r.getUpperRightX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getLowerLeftY(), uri));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return links;
    }

    private static String uri(PDAnnotation annotation) {
        if (!(annotation instanceof PDAnnotationLink link)) {
            return null;
        }
        PDAction action = link.getAction();
        if (action instanceof PDActionURI open && open.getURI() != null && !open.getURI().isBlank()) {
            return open.getURI().strip();
        }
        return null;
    }

    /**
     * The URI of the link that most of {@code glyphs} (their centres; blanks aside) lie under; empty when none does.
     * A link wrapped over two lines has two annotations with one URI: they count together.
     */
    public static String over(List<TextPosition> glyphs, List<Link> links) {
        if (links.isEmpty()) {
            return "";
        }
        Map<String, Integer> covered = new HashMap<>();
        int counted = 0;
        for (TextPosition glyph : glyphs) {
            if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) {
                continue;
            }
            counted++;
            float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
            float y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
            links.stream().filter(l -> l.covers(x, y)).map(Link::uri).distinct()
                    .forEach(uri -> covered.merge(uri, 1, Integer::sum));
        }
        int all = counted;
        return covered.entrySet().stream().filter(e -> e.getValue() >= MOST * all)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
