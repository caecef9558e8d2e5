package org.casereview.etl.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A DOCX body as Word shows it with its tracked changes accepted: deleted runs (and paragraphs whose text and mark
 * were both deleted) left out, and block content controls ({@code w:sdt}) unwrapped into their paragraphs. Tika's
 * default DOCX reader otherwise reads deleted text and writes a whole content control as one paragraph, without its
 * headings, labels, numbering or links. Comments are left out as a printed copy leaves them out: Tika writes each
 * comment's text ("Comment by Editor: ...") after the text it is anchored to, inside a title, summary or list item.
 * Hidden text ({@code w:vanish} on a run or in its character or paragraph style, and a paragraph whose mark and runs
 * are all hidden) is left out too: Word neither shows nor prints it (an editor's note, an item taken out of the published
 * version), and Tika writes it as text. Custom XML elements ({@code w:customXml}, a document-assembly system's tags round
 * the body, a paragraph, a cell or a run) are unwrapped into their content, as Word shows it: Tika's reader skips a
 * block-level one with everything inside it. A drop cap's framed first letter is joined to its paragraph
 * ({@link DocxDropCaps}); a printed page's run-on item lines and running heads are read as the page shows them
 * ({@link DocxPrintedLines}).
 */
final class DocxAcceptedText {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String BODY = "word/document.xml";
    private static final String COMMENTS = "word/comments.xml";
    private static final String STYLES = "word/styles.xml";
    /** A body that names a style, which may hide its text. */
    private static final List<String> STYLE_MARKS = List.of("<w:rStyle ", "<w:pStyle ");
    /** Levels of {@code w:basedOn} followed to find whether a style hides its text. */
    private static final int MAX_STYLE_DEPTH = 10;
    private static final List<String> MARKS = java.util.stream.Stream.concat(java.util.stream.Stream.of("<w:sdt>",
            "<w:sdt ", "<w:del ", "<w:del>", "<w:moveFrom ", "<w:commentRangeStart ", "<w:commentReference ", "<w:vanish",
            "<w:customXml ", "<w:customXml>", DocxDropCaps.MARK), DocxPrintedLines.MARKS.stream()).toList();
    private static final List<String> COMMENT_MARKS = List.of("<w:comment ", "<w:comment>");

    private DocxAcceptedText() {
    }

    /**
     * The DOCX with its body accepted and its comments emptied, a Strict Open XML one read as the Transitional one it
     * is the same as ({@link StrictOpenXml}); the same bytes when it has no content control, deletion or comment and is
     * not Strict, or is unreadable.
     */
    static byte[] of(byte[] docx) {
        try {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
            boolean changed = StrictOpenXml.toTransitional(parts);
            Set<String> hiddenStyles = parts.containsKey(STYLES) && holdsAny(parts.get(STYLES), List.of("<w:vanish"))
                    ? hiddenStyles(parts.get(STYLES)) : Set.of();
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    byte[] content = part.getValue();
                    if (part.getKey().equals(BODY) && (holdsAny(content, MARKS)
                            || !hiddenStyles.isEmpty() && holdsAny(content, STYLE_MARKS))) {
                        content = accept(content, hiddenStyles);
                        changed = true;
                    } else if (part.getKey().equals(COMMENTS) && holdsAny(content, COMMENT_MARKS)) {
                        content = withoutComments(content);
                        changed = true;
                    }
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return changed ? out.toByteArray() : docx;
        } catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException | javax.xml.transform.TransformerException e) {
            return docx; // Tika reports a damaged file itself
        }
    }

    /**
     * The ids of the styles that hide their text: a style whose run properties say {@code w:vanish} on, or one based on
     * such a style that does not turn it off itself (Word's style inheritance, followed a few levels).
     */
    private static Set<String> hiddenStyles(byte[] xml) throws javax.xml.parsers.ParserConfigurationException,
            org.xml.sax.SAXException, IOException {
        Map<String, Boolean> own = new HashMap<>();
        Map<String, String> basedOn = new HashMap<>();
        for (Element style : elements(SafeXml.parse(xml), "style")) {
            String id = style.getAttributeNS(W, "styleId");
            vanish(style).ifPresent(on -> own.put(id, on));
            children(style, "basedOn").forEach(b -> basedOn.put(id, b.getAttributeNS(W, "val")));
        }
        Set<String> hidden = new HashSet<>();
        for (String id : basedOn.keySet().isEmpty() ? own.keySet() : union(own.keySet(), basedOn.keySet())) {
            String at = id;
            for (int depth = 0; at != null && depth < MAX_STYLE_DEPTH && !own.containsKey(at); depth++) {
                at = basedOn.get(at);
            }
            if (at != null && Boolean.TRUE.equals(own.get(at))) {
                hidden.add(id);
            }
        }
        return hidden;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean holdsAny(byte[] xml, List<String> marks) {
        String text = new String(xml, StandardCharsets.UTF_8);
        return marks.stream().anyMatch(text::contains);
    }

    private static byte[] accept(byte[] xml, Set<String> hiddenStyles) throws javax.xml.parsers.ParserConfigurationException,
            org.xml.sax.SAXException, IOException, javax.xml.transform.TransformerException {
        Document document = SafeXml.parse(xml);
        // a comment's anchors: the range around the text and the run holding the reference mark
        for (String anchor : List.of("commentRangeStart", "commentRangeEnd")) {
            elements(document, anchor).forEach(DocxAcceptedText::remove);
        }
        for (Element reference : elements(document, "commentReference")) {
            Node run = reference.getParentNode();
            remove(reference);
            if (run instanceof Element r && "r".equals(r.getLocalName()) && holdsOnlyProperties(r)) {
                remove(r);
            }
        }
        List<Element> deletedParagraphs = elements(document, "p").stream().filter(DocxAcceptedText::markDeleted).toList();
        for (String deleted : List.of("del", "moveFrom", "delText")) {
            elements(document, deleted).forEach(DocxAcceptedText::remove);
        }
        deletedParagraphs.stream().filter(p -> elements(p, "t").isEmpty()).forEach(DocxAcceptedText::remove);
        withoutHiddenText(document, hiddenStyles);
        DocxDropCaps.join(document);
        DocxPrintedLines.read(document);
        List<Element> controls = elements(document, "sdt");
        for (int i = controls.size() - 1; i >= 0; i--) {
            unwrap(controls.get(i));
        }
        List<Element> customElements = elements(document, "customXml");
        for (int i = customElements.size() - 1; i >= 0; i--) {
            unwrapCustomXml(customElements.get(i));
        }
        return serialise(document, xml.length);
    }

    /**
     * Runs whose own properties hide them ({@code w:rPr/w:vanish}, not turned off by {@code w:val="0"}), or whose
     * character style or paragraph's style hides them when their own properties say nothing, go, and so does a paragraph
     * whose mark is hidden once it has no text left: Word shows neither. ({@code w:specVanish} hides only a paragraph
     * mark to run two paragraphs together, and {@code w:webHidden} only in a web layout: both are read.)
     */
    private static void withoutHiddenText(Document document, Set<String> hiddenStyles) {
        List<Element> hiddenParagraphs = new ArrayList<>();
        List<Element> hiddenRuns = new ArrayList<>();
        for (Element paragraph : elements(document, "p")) {
            boolean styleHides = children(paragraph, "pPr").stream()
                    .anyMatch(p -> styled(p, "pStyle", hiddenStyles));
            if (children(paragraph, "pPr").stream().anyMatch(p -> hides(p, styleHides, hiddenStyles))) {
                hiddenParagraphs.add(paragraph);
            }
            elements(paragraph, "r").stream().filter(r -> hides(r, styleHides, hiddenStyles)).forEach(hiddenRuns::add);
        }
        hiddenRuns.forEach(DocxAcceptedText::remove);
        hiddenParagraphs.stream().filter(p -> elements(p, "t").isEmpty()).forEach(DocxAcceptedText::remove);
    }

    /**
     * A run (or a paragraph's properties, for its mark) hidden: its run properties say {@code w:vanish} on, or say
     * nothing of it and its character style or its paragraph's style hides text.
     */
    private static boolean hides(Element element, boolean paragraphStyleHides, Set<String> hiddenStyles) {
        Optional<Boolean> own = vanish(element);
        if (own.isPresent()) {
            return own.get();
        }
        return paragraphStyleHides || children(element, "rPr").stream().anyMatch(p -> styled(p, "rStyle", hiddenStyles));
    }

    /** What the element's run properties (or a style's) say of {@code w:vanish}: on, off, or nothing. */
    private static Optional<Boolean> vanish(Element element) {
        for (Element runProperties : children(element, "rPr")) {
            for (Element vanish : children(runProperties, "vanish")) {
                String value = vanish.getAttributeNS(W, "val");
                return Optional.of(!List.of("0", "false", "off").contains(value.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    private static boolean styled(Element properties, String styleElement, Set<String> hiddenStyles) {
        return !hiddenStyles.isEmpty() && children(properties, styleElement).stream()
                .anyMatch(s -> hiddenStyles.contains(s.getAttributeNS(W, "val")));
    }

    /** The comments part with no comment left in it: no reader finds a comment's text by its id any more. */
    private static byte[] withoutComments(byte[] xml) throws javax.xml.parsers.ParserConfigurationException,
            org.xml.sax.SAXException, IOException, javax.xml.transform.TransformerException {
        Document document = SafeXml.parse(xml);
        elements(document, "comment").forEach(DocxAcceptedText::remove);
        return serialise(document, xml.length);
    }

    private static byte[] serialise(Document document, int sizeHint) throws javax.xml.transform.TransformerException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
        TransformerFactory transformers = TransformerFactory.newInstance();
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        var transformer = transformers.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static boolean holdsOnlyProperties(Element run) {
        for (Node child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !"rPr".equals(element.getLocalName())) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph whose mark is a tracked deletion ({@code w:pPr/w:rPr/w:del}). */
    private static boolean markDeleted(Element paragraph) {
        for (Element properties : children(paragraph, "pPr")) {
            for (Element runProperties : children(properties, "rPr")) {
                if (!children(runProperties, "del").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Puts the content control's content in its place. */
    private static void unwrap(Element control) {
        Node parent = control.getParentNode();
        if (parent == null) {
            return;
        }
        for (Element content : children(control, "sdtContent")) {
            while (content.getFirstChild() != null) {
                parent.insertBefore(content.getFirstChild(), control);
            }
        }
        parent.removeChild(control);
    }

    /** Puts a custom XML element's content in its place, without its properties ({@code w:customXmlPr}). */
    private static void unwrapCustomXml(Element element) {
        Node parent = element.getParentNode();
        if (parent == null) {
            return;
        }
        children(element, "customXmlPr").forEach(DocxAcceptedText::remove);
        while (element.getFirstChild() != null) {
            parent.insertBefore(element.getFirstChild(), element);
        }
        parent.removeChild(element);
    }

    private static void remove(Element element) {
        if (element.getParentNode() != null) {
            element.getParentNode().removeChild(element);
        }
    }

    static List<Element> elements(Node root, String localName) {
        NodeList nodes = root instanceof Document document ? document.getElementsByTagNameNS(W, localName)
                : ((Element) root).getElementsByTagNameNS(W, localName);
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> list = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && W.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                list.add(element);
            }
        }
        return list;
    }
}
