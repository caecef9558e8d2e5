package org.casereview.etl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The parts a DOCX body imports whole ({@code w:altChunk}, "alternative format import"): the html-docx-js package
 * writes a body that is only such a chunk, an MHT or HTML page that Word converts when it opens the file. Tika gives
 * the chunk's bytes raw (an MHT still MIME, quoted-printable), so a body with no text of its own is read from its
 * chunks, each by its own format. Called after {@link ZipBombCheck}, which bounds what the package can inflate to.
 */
final class DocxAltChunks {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String BODY = "word/document.xml";
    private static final String BODY_RELATIONSHIPS = "word/_rels/document.xml.rels";

    /** One imported part: its name in the package (its extension tells its format) and its bytes. */
    record Chunk(String name, byte[] bytes) {
    }

    private DocxAltChunks() {
    }

    /** The chunks of a body that holds no text of its own, in body order; empty for any other DOCX or an unreadable one. */
    static List<Chunk> ofTextlessBody(byte[] docx) {
        try {
            Map<String, byte[]> parts = parts(docx);
            byte[] body = parts.get(BODY);
            byte[] relationships = parts.get(BODY_RELATIONSHIPS);
            if (body == null || relationships == null) {
                return List.of();
            }
            Document document = SafeXml.parse(body);
            if (document.getElementsByTagNameNS(W, "t").getLength() > 0) {
                return List.of();
            }
            Map<String, String> targets = targets(SafeXml.parse(relationships));
            List<Chunk> chunks = new ArrayList<>();
            NodeList altChunks = document.getElementsByTagNameNS(W, "altChunk");
            for (int i = 0; i < altChunks.getLength(); i++) {
                String target = targets.get(((Element) altChunks.item(i)).getAttributeNS(R, "id"));
                if (target != null && parts.containsKey(target)) {
                    chunks.add(new Chunk(target, parts.get(target)));
                }
            }
            return chunks;
        } catch (IOException | RuntimeException | ParserConfigurationException | SAXException e) {
            return List.of(); // Tika reads the package, or says why it cannot
        }
    }

    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** Internal relationship ids mapped to their part names, resolved against the body's folder. */
    private static Map<String, String> targets(Document relationships) {
        Map<String, String> targets = new HashMap<>();
        NodeList list = relationships.getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element relationship = (Element) list.item(i);
            String target = relationship.getAttribute("Target");
            if (!"External".equalsIgnoreCase(relationship.getAttribute("TargetMode")) && !target.isEmpty()) {
                targets.put(relationship.getAttribute("Id"), partName(target));
            }
        }
        return targets;
    }

    private static String partName(String target) {
        String name = target.startsWith("/") ? target.substring(1) : "word/" + target;
        for (String shorter = name.replaceFirst("[^/]{1,200}/\\.\\./", ""); !shorter.equals(name);
             shorter = name.replaceFirst("[^/]{1,200}/\\.\\./", "")) {
            name = shorter;
        }
        return name;
    }
}
