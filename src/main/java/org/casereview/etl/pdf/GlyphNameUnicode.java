package org.casereview.etl.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Characters for glyph names PDFBox's glyph list does not know, by the Adobe Glyph List specification's rules: a name
 * of glyph names joined by '_' is their characters in a row ('f_i' is "fi", 'f_f_i' "ffi"), 'uniXXXX' names the code
 * points in groups of four hex digits ('uni00660069'), 'uXXXX' to 'uXXXXXX' one code point, and what follows a '.' is
 * a variant's suffix ('f_i.alt'). A simple font without a ToUnicode map that names its codes so in its /Differences (a
 * layout program's ligatures, the font not embedded) reads through PDFBox as a control character or U+FFFD ('sta\uFFFD'
 * for 'staff'). Every reader of the document (the page readers, the report reader, Tika's text) asks the font's
 * ToUnicode map first, so the font is given one, once, right after the document is loaded, with the names' characters
 * for those codes alone: its other codes keep being read by their names.
 */
public final class GlyphNameUnicode {

    private static final COSName DIFFERENCES = COSName.DIFFERENCES;
    private static final Set<COSName> SIMPLE_FONTS = Set.of(COSName.TYPE1, COSName.MM_TYPE1, COSName.TRUE_TYPE,
            COSName.TYPE3);
    /** How deep forms inside forms are followed. */
    private static final int MAX_DEPTH = 8;

    private GlyphNameUnicode() {
    }

    /** Gives each simple font of the pages (and of their forms) that needs one a ToUnicode map of its unknown names. */
    public static void complete(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            resources(page.getCOSObject(), seen, 0);
        }
    }

    /** The page's (inherited) or form's resources: its fonts, and its forms' resources. */
    private static void resources(COSDictionary owner, Set<COSBase> seen, int depth) {
        COSDictionary resources = inherited(owner);
        if (resources == null || !seen.add(resources) || depth > MAX_DEPTH) {
            return;
        }
        if (resources.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font && seen.add(font)) {
                    complete(font);
                }
            }
        }
        if (resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary objects) {
            for (COSName name : objects.keySet()) {
                if (objects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    resources(form, seen, depth + 1);
                }
            }
        }
    }

    /** The dictionary's /Resources, else its page tree parents' (a page inherits them). */
    private static COSDictionary inherited(COSDictionary owner) {
        COSDictionary at = owner;
        for (int i = 0; at != null && i < MAX_DEPTH * 4; i++) {
            if (at.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary resources) {
                return resources;
            }
            at = at.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent ? parent : null;
        }
        return null;
    }

    private static void complete(COSDictionary font) {
        if (!SIMPLE_FONTS.contains(font.getCOSName(COSName.SUBTYPE)) || font.containsKey(COSName.TO_UNICODE)
                || !(font.getDictionaryObject(COSName.ENCODING) instanceof COSDictionary encoding)
                || !(encoding.getDictionaryObject(DIFFERENCES) instanceof COSArray differences)) {
            return;
        }
        Map<Integer, String> unknown = new TreeMap<>();
        int code = -1;
        for (COSBase item : differences) {
            if (item instanceof COSNumber number) {
                code = number.intValue();
            } else if (item instanceof COSName name && code >= 0 && code <= 0xff) {
                String unicode = GlyphList.getAdobeGlyphList().toUnicode(name.getName()) == null
                        ? unicode(name.getName()) : null;
                if (unicode != null) {
                    unknown.put(code, unicode);
                }
                code++;
            }
        }
        if (!unknown.isEmpty()) {
            COSStream map = new COSStream();
            try (OutputStream out = map.createOutputStream()) {
                out.write(cmap(unknown).getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return; // a stream in memory: nothing to fail, and without it the font reads as before
            }
            font.setItem(COSName.TO_UNICODE, map);
        }
    }

    /** The characters a glyph name names by the AGL rules; null when a part of it names none. */
    public static String unicode(String glyphName) {
        int dot = glyphName.indexOf('.');
        String name = dot >= 0 ? glyphName.substring(0, dot) : glyphName;
        if (name.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String part : name.split("_", -1)) {
            String known = part.isEmpty() ? null : GlyphList.getAdobeGlyphList().toUnicode(part);
            String chars = known != null ? known : codePoints(part);
            if (chars == null) {
                return null;
            }
            text.append(chars);
        }
        return text.toString();
    }

    /** 'uni' and groups of four hex digits, or 'u' and four to six: the code points; null for any other name. */
    private static String codePoints(String part) {
        StringBuilder text = new StringBuilder();
        if (part.startsWith("uni") && part.length() > 3 && (part.length() - 3) % 4 == 0) {
            for (int i = 3; i < part.length(); i += 4) {
                if (!appended(text, part.substring(i, i + 4))) {
                    return null;
                }
            }
            return text.toString();
        }
        if (part.startsWith("u") && part.length() >= 5 && part.length() <= 7) {
            return appended(text, part.substring(1)) ? text.toString() : null;
        }
        return null;
    }

    private static boolean appended(StringBuilder text, String hex) {
        if (!hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
            return false; // the specification's hex digits are upper case
        }
        int cp = Integer.parseInt(hex, 16);
        if (cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) {
            return false;
        }
        text.appendCodePoint(cp);
        return true;
    }

    /** A ToUnicode CMap of one-byte codes mapping the given codes to their characters. */
    private static String cmap(Map<Integer, String> codes) {
        StringBuilder out = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        out.append(codes.size()).append(" beginbfchar\n");
        for (Map.Entry<Integer, String> code : codes.entrySet()) {
            out.append(String.format("<%02X> <", code.getKey()));
            code.getValue().chars().forEach(c -> out.append(String.format("%04X", c)));
            out.append(">\n");
        }
        return out.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
