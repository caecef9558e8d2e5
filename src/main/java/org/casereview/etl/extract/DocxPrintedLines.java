package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word document made from a printed page (a PDF converted to Word, line for line): every printed line is a paragraph
 * of its own. Two things of the page are undone, each by the document's own evidence:
 * <ul>
 * <li>an item's run-on line: a paragraph indented exactly to where the text of the typed bullet item before it starts
 * (the bullet, a tab to a tab stop, the text) continues that item, as on the page; a word the page hyphenated at the line's
 * end ('dif-' / 'ficulties') is made whole, also over a page break (the page's foot and head between). Read apart,
 * each run-on line was an item of its own.</li>
 * <li>the printed page's running head: a line that opens two or more of the document's pages (the first text after a
 * page break) is the page's head, not the text of the review it fell into.</li>
 * </ul>
 */
final class DocxPrintedLines {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The body may hold typed-bullet items with tab stops, or page breaks; others are left as they are. */
    static final List<String> MARKS = List.of("<w:tabs>", "w:type=\"page\"");
    private static final String BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u00b7\u2013-*\uf0b7\uf0a7";
    /** Indents (twips) this close are the same place on the page. */
    private static final int SAME_PLACE = 20;
    private static final int MIN_PAGES = 2;
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)(?:page )?\\d{1,4}(?: of \\d{1,4})?|- ?\\d{1,4} ?-");

    private DocxPrintedLines() {
    }

    static void read(Document document) {
        dropRunningHeads(document);
        joinRunOnLines(document);
    }

    private static void joinRunOnLines(Document document) {
        for (Element paragraph : DocxAcceptedText.elements(document, "p")) {
            if (paragraph.getParentNode() == null) {
                continue; // joined into the item before it
            }
            int textStart = bulletTextStart(paragraph);
            for (Element next = nextLine(paragraph); textStart > 0 && next != null
                    && Math.abs(leftIndent(next) - textStart) <= SAME_PLACE && !text(next).isBlank()
                    && bulletTextStart(next) < 0 && isUnnumbered(next); next = nextLine(paragraph)) {
                append(paragraph, next);
            }
        }
    }

    /** Where the text of a typed-bullet item starts (twips): its first tab stop after the bullet and a tab; -1 if none. */
    private static int bulletTextStart(Element paragraph) {
        List<Node> runs = content(paragraph);
        String first = runs.isEmpty() ? "" : ownText(runs.get(0));
        if (first.strip().length() != 1 || BULLETS.indexOf(first.strip().charAt(0)) < 0 || !isUnnumbered(paragraph)
                || DocxAcceptedText.elements(paragraph, "tab").stream().noneMatch(t -> "r".equals(parentName(t)))) {
            return -1;
        }
        return DocxAcceptedText.elements(paragraph, "tab").stream().filter(t -> "tabs".equals(parentName(t)))
                .mapToInt(t -> twips(t.getAttributeNS(W, "pos"))).filter(p -> p > leftIndent(paragraph))
                .min().orElse(-1);
    }

    private static void append(Element item, Element line) {
        String before = text(item);
        String after = text(line).stripLeading();
        boolean cutWord = before.matches("(?s).*\\p{Ll}-$") && !after.isEmpty() && Character.isLowerCase(after.charAt(0));
        if (cutWord) {
            List<Element> texts = DocxAcceptedText.elements(item, "t");
            Element last = texts.get(texts.size() - 1);
            last.setTextContent(last.getTextContent().substring(0, last.getTextContent().length() - 1));
        } else {
            Element run = item.getOwnerDocument().createElementNS(W, "w:r");
            Element t = item.getOwnerDocument().createElementNS(W, "w:t");
            t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            t.setTextContent(" ");
            run.appendChild(t);
            item.appendChild(run);
        }
        for (Node child : content(line)) {
            item.appendChild(child);
        }
        line.getParentNode().removeChild(line);
    }

    private static void dropRunningHeads(Document document) {
        Map<String, List<Element>> pageOpenings = new HashMap<>();
        for (Element paragraph : DocxAcceptedText.elements(document, "p")) {
            Element next = breaksPage(paragraph) ? nextParagraph(paragraph) : null;
            while (next != null && text(next).isBlank()) {
                next = nextParagraph(next);
            }
            if (next != null) {
                pageOpenings.computeIfAbsent(text(next).strip(), k -> new ArrayList<>()).add(next);
            }
        }
        pageOpenings.values().stream().filter(heads -> heads.size() >= MIN_PAGES).flatMap(List::stream)
                .forEach(p -> p.getParentNode().removeChild(p));
    }

    /** The next line of text on the page: the page's foot ('Page 2 of 3' before a page break) and the break passed over. */
    private static Element nextLine(Element paragraph) {
        Element next = nextParagraph(paragraph);
        while (next != null && (breaksPage(next) && text(next).isBlank()
                || PAGE_NUMBER.matcher(text(next).strip()).matches() && nextParagraph(next) != null
                && breaksPage(nextParagraph(next)))) {
            next = nextParagraph(next);
        }
        return next;
    }

    private static boolean breaksPage(Element paragraph) {
        return DocxAcceptedText.elements(paragraph, "br").stream().anyMatch(b -> "page".equals(b.getAttributeNS(W, "type")));
    }

    private static boolean isUnnumbered(Element paragraph) {
        return DocxAcceptedText.elements(paragraph, "numPr").isEmpty();
    }

    private static int leftIndent(Element paragraph) {
        return DocxAcceptedText.children(paragraph, "pPr").stream()
                .flatMap(p -> DocxAcceptedText.children(p, "ind").stream())
                .mapToInt(ind -> twips(ind.hasAttributeNS(W, "left") ? ind.getAttributeNS(W, "left") : ind.getAttributeNS(W, "start")))
                .findFirst().orElse(0);
    }

    private static int twips(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(Element paragraph) {
        StringBuilder text = new StringBuilder();
        DocxAcceptedText.elements(paragraph, "t").forEach(t -> text.append(t.getTextContent()));
        return text.toString();
    }

    private static String ownText(Node run) {
        return run instanceof Element e ? text(e) : "";
    }

    private static String parentName(Element element) {
        return element.getParentNode() == null ? "" : element.getParentNode().getLocalName();
    }

    /** The paragraph's children after its properties. */
    private static List<Node> content(Element paragraph) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e && "pPr".equals(e.getLocalName()))) {
                nodes.add(child);
            }
        }
        return nodes;
    }

    private static Element nextParagraph(Element paragraph) {
        Node next = paragraph.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        return next instanceof Element e && W.equals(e.getNamespaceURI()) && "p".equals(e.getLocalName()) ? e : null;
    }
}
