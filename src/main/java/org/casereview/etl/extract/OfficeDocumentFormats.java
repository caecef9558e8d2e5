package org.casereview.etl.extract;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.mime.MediaType;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentLimits;

/**
 * The older word-processor formats a digest archive holds besides DOCX (session 40: partnerships send Word files, and
 * an archive of lists reaching back to 2013 keeps them as they were saved): Word 97-2003 ({@code .doc}, OLE2), RTF and
 * OpenDocument text (zipped {@code .odt} and flat {@code .fodt}). Tika reads each into the same XHTML as a DOCX
 * (headings by outline level, bold, lists, links), so they come out as the same light markdown. Before Tika expands one,
 * its package is checked against the digest limits: an ODF zip as a DOCX is ({@link ZipBombCheck}), a flat ODF's
 * and an RTF's nesting counted over its bytes (a parser is what a deep nesting would overflow); an OLE2 file stores
 * its streams uncompressed, so the file's own size limit bounds them.
 */
final class OfficeDocumentFormats {

    static final MediaType RTF = MediaType.application("rtf");
    static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    static final MediaType FLAT_ODT = MediaType.application("vnd.oasis.opendocument.flat.text");
    private static final Set<MediaType> TYPES = Set.of(RTF, ODT, FLAT_ODT);

    /**
     * A field instruction written in a group of its own with its run's formatting (AbiWord's
     * {@code {\*\fldinst {\f1\fs24 HYPERLINK "…"}}}): Tika's RTF reader takes a link only from an instruction
     * directly in the {@code fldinst} group, and otherwise prints the instruction and drops the words the field shows.
     */
    private static final Pattern GROUPED_LINK_INSTRUCTION = Pattern.compile(
            "\\{\\\\\\*\\\\fldinst\\s*\\{(?:\\\\[a-z]{1,32}-?\\d{0,10} ?|\\{\\\\\\*\\\\listtag\\d{1,10}\\})*\\s*"
                    + "(HYPERLINK\\s[^{}]{1,4000})\\}\\}");

    /** RTF groups a word processor nests: a few tens (field, instruction, list text, run). */
    static final int MAX_RTF_DEPTH = XmlNesting.MAX_DEPTH;

    private OfficeDocumentFormats() {
    }

    /** Whether the type is one of these formats (the Word 97 {@code .doc} is among the Word types already). */
    static boolean contains(MediaType type) {
        return TYPES.contains(type);
    }

    /** Refuses a package past the digest limits as {@code too_large}, before any parser expands it. */
    static void checkPackage(byte[] bytes, MediaType type, String name, DocumentLimits limits)
            throws UnreadableDocumentException {
        if (ODT.equals(type)) {
            ZipBombCheck.check(bytes, name, limits);
        } else if (FLAT_ODT.equals(type)) {
            XmlNesting nesting = new XmlNesting();
            nesting.read(bytes, bytes.length);
            refuseDeeperThan(XmlNesting.MAX_DEPTH, nesting.deepest(), name, "elements");
        } else if (RTF.equals(type)) {
            refuseDeeperThan(MAX_RTF_DEPTH, rtfGroupDepth(bytes), name, "groups");
        }
    }

    /**
     * The deepest nesting of RTF groups ({@code {...}}), an escaped brace ({@code \{}) opening none, nor a byte of a
     * {@code \binN} run (a picture's N raw bytes, where a brace is data: a megabyte of them was refused as nesting).
     */
    static int rtfGroupDepth(byte[] rtf) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < rtf.length; i++) {
            byte b = rtf[i];
            if (b == '\\') {
                i = afterControl(rtf, i);
            } else if (b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    /**
     * The last byte of the control at {@code backslash}: the escaped character (a brace or a backslash opens and
     * closes nothing), or a {@code \binN} word with its delimiting space and its N bytes.
     */
    private static int afterControl(byte[] rtf, int backslash) {
        int i = backslash + 1;
        if (i + 3 >= rtf.length || rtf[i] != 'b' || rtf[i + 1] != 'i' || rtf[i + 2] != 'n' || !isDigit(rtf[i + 3])) {
            return i;
        }
        long length = 0;
        for (i += 3; i < rtf.length && isDigit(rtf[i]) && length <= rtf.length; i++) {
            length = length * 10 + (rtf[i] - '0');
        }
        int lastDigit = i - 1;
        int dataStart = i < rtf.length && rtf[i] == ' ' ? i + 1 : i;
        return (int) Math.min(rtf.length - 1L, Math.max(lastDigit, dataStart + length - 1));
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** An RTF file with each link's instruction where Tika's reader finds it; any other file as it is. */
    static byte[] readable(byte[] bytes, MediaType type) {
        if (!RTF.equals(type)) {
            return bytes;
        }
        // RTF is 7-bit text: ISO-8859-1 maps each byte to one char and back unchanged
        String rtf = new String(bytes, StandardCharsets.ISO_8859_1);
        String flat = GROUPED_LINK_INSTRUCTION.matcher(rtf).replaceAll("{\\\\*\\\\fldinst $1}");
        return flat.equals(rtf) ? bytes : flat.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void refuseDeeperThan(int max, int deepest, String name, String what)
            throws UnreadableDocumentException {
        if (deepest > max) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    name + ": refused before reading it: its " + what + " nest more than " + max + " deep");
        }
    }
}
