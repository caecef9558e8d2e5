package org.casereview.etl.pdf;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;

/**
 * Which optional content (layers) a viewer shows when it opens the document: a group is on or off as the default
 * configuration ({@code /OCProperties /D}: its {@code /ON} and {@code /OFF} lists, else its {@code /BaseState}) says;
 * a membership dictionary ({@code /OCMD}) by its visibility expression, else its policy over its groups.
 */
final class OptionalContent {

    static final OptionalContent NONE = new OptionalContent(null);

    private static final COSName OCMD = COSName.getPDFName("OCMD");
    private static final COSName OCG = COSName.getPDFName("OCG");
    private static final COSName VE = COSName.getPDFName("VE");
    /** Visibility expressions nest; deeper than this is no document's. */
    private static final int MAX_DEPTH = 20;

    private final PDOptionalContentProperties properties;
    private final Map<COSDictionary, Boolean> shown = new IdentityHashMap<>();

    private OptionalContent(PDOptionalContentProperties properties) {
        this.properties = properties;
    }

    static OptionalContent of(PDDocument document) {
        PDOptionalContentProperties properties = document == null ? null
                : document.getDocumentCatalog().getOCProperties();
        return properties == null ? NONE : new OptionalContent(properties);
    }

    /** True when the group or membership dictionary is switched off; anything else (a plain property list) is shown. */
    boolean hides(COSDictionary content) {
        return properties != null && content != null && !visible(content, 0);
    }

    private boolean visible(COSDictionary content, int depth) {
        COSName type = content.getCOSName(COSName.TYPE);
        if (OCMD.equals(type)) {
            COSBase expression = content.getDictionaryObject(VE);
            return expression instanceof COSArray array ? expression(array, depth) : policy(content, depth);
        }
        if (OCG.equals(type)) {
            return shown.computeIfAbsent(content, d -> properties.isGroupEnabled(new PDOptionalContentGroup(d)));
        }
        return true;
    }

    /** {@code /P}: AnyOn (the default), AllOn, AnyOff, AllOff over {@code /OCGs} (one group or an array). */
    private boolean policy(COSDictionary membership, int depth) {
        COSBase groups = membership.getDictionaryObject(COSName.OCGS);
        COSArray array = groups instanceof COSArray a ? a : new COSArray();
        if (groups instanceof COSDictionary single) {
            array.add(single);
        }
        int on = 0;
        int count = 0;
        for (COSBase group : array) {
            if (dereference(group) instanceof COSDictionary d) {
                count++;
                on += visible(d, depth + 1) ? 1 : 0;
            }
        }
        if (count == 0) {
            return true;
        }
        COSName policy = membership.getCOSName(COSName.P);
        String name = policy == null ? "AnyOn" : policy.getName();
        return switch (name) {
            case "AllOn" -> on == count;
            case "AnyOff" -> on < count;
            case "AllOff" -> on == 0;
            default -> on > 0;
        };
    }

    /** {@code [/And ...]}, {@code [/Or ...]}, {@code [/Not x]} over groups and nested expressions. */
    private boolean expression(COSArray array, int depth) {
        if (depth > MAX_DEPTH || array.size() < 2 || !(array.getObject(0) instanceof COSName operator)) {
            return true;
        }
        boolean and = "And".equals(operator.getName());
        boolean not = "Not".equals(operator.getName());
        boolean result = and;
        for (int i = 1; i < array.size(); i++) {
            COSBase operand = dereference(array.get(i));
            boolean value = operand instanceof COSArray nested ? expression(nested, depth + 1)
                    : !(operand instanceof COSDictionary d) || visible(d, depth + 1);
            if (not) {
                return !value;
            }
            result = and ? result && value : result || value;
        }
        return result;
    }

    private static COSBase dereference(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
