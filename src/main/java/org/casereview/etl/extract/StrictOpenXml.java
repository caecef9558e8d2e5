package org.casereview.etl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A 'Strict Open XML Document' (ISO/IEC 29500 Strict, what Word writes when 'Strict Open XML Document (*.docx)' is chosen
 * in Save As) read as the Transitional document it is the same as. Its package, parts and markup are those of any DOCX;
 * only its namespaces ({@code http://purl.oclc.org/ooxml/...}) and relationship types are the Strict ones, and POI (so
 * Tika) refuses it as if it were damaged. The standard maps each Strict namespace to one Transitional namespace, so every
 * XML part has its Strict names replaced by the Transitional ones and the root's {@code conformance="strict"} taken off.
 */
final class StrictOpenXml {
    private static final String STRICT = "http://purl.oclc.org/ooxml/";
    private static final String ROOT_RELATIONSHIPS = "_rels/.rels";
    /** The root relationship a Strict package has to its main part. */
    private static final String STRICT_DOCUMENT = STRICT + "officeDocument/relationships/officeDocument";
    private static final String TRANSITIONAL = "http://schemas.openxmlformats.org/";
    /**
     * Strict names and their Transitional ones (ISO/IEC 29500-4, ECMA-376 Part 1 Annex A), longest first where one
     * begins another; relationship types are the namespace of relationships followed by their name.
     */
    private static final List<Map.Entry<String, String>> NAMES = List.of(
            Map.entry(STRICT + "officeDocument/relationships/extendedProperties",
                    TRANSITIONAL + "officeDocument/2006/relationships/extended-properties"),
            Map.entry(STRICT + "officeDocument/relationships/customProperties",
                    TRANSITIONAL + "officeDocument/2006/relationships/custom-properties"),
            Map.entry(STRICT + "officeDocument/relationships", TRANSITIONAL + "officeDocument/2006/relationships"),
            Map.entry(STRICT + "officeDocument/extendedProperties", TRANSITIONAL + "officeDocument/2006/extended-properties"),
            Map.entry(STRICT + "officeDocument/customProperties", TRANSITIONAL + "officeDocument/2006/custom-properties"),
            Map.entry(STRICT + "officeDocument/docPropsVTypes", TRANSITIONAL + "officeDocument/2006/docPropsVTypes"),
            Map.entry(STRICT + "officeDocument/sharedTypes", TRANSITIONAL + "officeDocument/2006/sharedTypes"),
            Map.entry(STRICT + "officeDocument/math", TRANSITIONAL + "officeDocument/2006/math"),
            Map.entry(STRICT + "officeDocument/bibliography", TRANSITIONAL + "officeDocument/2006/bibliography"),
            Map.entry(STRICT + "officeDocument/customXml", TRANSITIONAL + "officeDocument/2006/customXml"),
            Map.entry(STRICT + "officeDocument/characteristics", TRANSITIONAL + "officeDocument/2006/characteristics"),
            Map.entry(STRICT + "wordprocessingml/main", TRANSITIONAL + "wordprocessingml/2006/main"),
            Map.entry(STRICT + "drawingml/wordprocessingDrawing", TRANSITIONAL + "drawingml/2006/wordprocessingDrawing"),
            Map.entry(STRICT + "drawingml/chartDrawing", TRANSITIONAL + "drawingml/2006/chartDrawing"),
            Map.entry(STRICT + "drawingml/chart", TRANSITIONAL + "drawingml/2006/chart"),
            Map.entry(STRICT + "drawingml/diagram", TRANSITIONAL + "drawingml/2006/diagram"),
            Map.entry(STRICT + "drawingml/lockedCanvas", TRANSITIONAL + "drawingml/2006/lockedCanvas"),
            Map.entry(STRICT + "drawingml/picture", TRANSITIONAL + "drawingml/2006/picture"),
            Map.entry(STRICT + "drawingml/main", TRANSITIONAL + "drawingml/2006/main"),
            Map.entry(STRICT + "schemaLibrary/main", TRANSITIONAL + "schemaLibrary/2006/main"));
    private static final Pattern CONFORMANCE = Pattern.compile("\\s[\\w.-]{1,40}:conformance=\"strict\"");
    private static final int ROOT_START = 4096;

    private StrictOpenXml() {
    }

    /** Whether the package's parts are a Strict document (its root relationship to the main part is the Strict one). */
    static boolean isStrict(Map<String, byte[]> parts) {
        byte[] root = parts.get(ROOT_RELATIONSHIPS);
        return root != null && new String(root, StandardCharsets.UTF_8).contains(STRICT_DOCUMENT);
    }

    /** Whether a DOCX's bytes are a Strict document; false for anything that is no readable zip. */
    static boolean isStrict(byte[] docx) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(ROOT_RELATIONSHIPS)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(STRICT_DOCUMENT);
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The parts of a Strict package rewritten in place with the Transitional names; nothing done for any other. */
    static boolean toTransitional(Map<String, byte[]> parts) {
        if (!isStrict(parts)) {
            return false;
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                part.setValue(transitional(part.getValue()));
            }
        }
        return true;
    }

    private static byte[] transitional(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        if (!text.contains(STRICT)) {
            return xml;
        }
        for (Map.Entry<String, String> name : NAMES) {
            text = text.replace(name.getKey(), name.getValue());
        }
        // the attribute is on the root element, near the start
        int head = Math.min(text.length(), ROOT_START);
        text = CONFORMANCE.matcher(text.substring(0, head)).replaceFirst("") + text.substring(head);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
