package org.casereview.etl.extract;

import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's drop caps (Insert > Drop Cap, 'Dropped' or 'In margin'): Word moves the first letter (or letters) of a paragraph
 * into a paragraph of its own, framed with {@code w:framePr w:dropCap="drop|margin"} and set large, and the rest of the
 * paragraph stays in the next one. On the page they are one paragraph; read apart, a summary lost its first letter ('eath
 * of a 2-year-old boy ...') and the lone capital was read with the title above it. The framed paragraph's runs are put at
 * the start of the paragraph that follows it, as Word shows them.
 */
final class DocxDropCaps {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The body holds a drop cap; others are left as they are. */
    static final String MARK = "w:dropCap=";
    private static final List<String> KINDS = List.of("drop", "margin");

    private DocxDropCaps() {
    }

    /** Joins every drop-cap paragraph to the paragraph after it; one with no paragraph after it stays. */
    static void join(Document document) {
        for (Element paragraph : DocxAcceptedText.elements(document, "p")) {
            Element next = nextParagraph(paragraph);
            if (next != null && isDropCap(paragraph)) {
                Node at = firstContent(next);
                for (Node child = paragraph.getFirstChild(); child != null; ) {
                    Node following = child.getNextSibling();
                    if (!(child instanceof Element e && "pPr".equals(e.getLocalName()))) {
                        next.insertBefore(child, at);
                    }
                    child = following;
                }
                paragraph.getParentNode().removeChild(paragraph);
            }
        }
    }

    private static boolean isDropCap(Element paragraph) {
        return DocxAcceptedText.children(paragraph, "pPr").stream()
                .flatMap(p -> DocxAcceptedText.children(p, "framePr").stream())
                .anyMatch(frame -> KINDS.contains(frame.getAttributeNS(W, "dropCap")));
    }

    /** The next sibling element, when it is a paragraph (a drop cap is always followed by the rest of its own). */
    private static Element nextParagraph(Element paragraph) {
        Node next = paragraph.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        return next instanceof Element e && W.equals(e.getNamespaceURI()) && "p".equals(e.getLocalName()) ? e : null;
    }

    /** Where the paragraph's content starts: after its properties. */
    private static Node firstContent(Element paragraph) {
        Node first = paragraph.getFirstChild();
        while (first instanceof Element e && "pPr".equals(e.getLocalName())) {
            first = first.getNextSibling();
        }
        return first;
    }
}
