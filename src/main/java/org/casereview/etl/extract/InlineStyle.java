package org.casereview.etl.extract;

/** An element's {@code style} attribute read as CSS declarations. */
final class InlineStyle {

    private InlineStyle() {
    }

    /** The value of the property's last declaration ({@code !important} dropped, trimmed), or "" when it has none. */
    static String last(String style, String property) {
        String found = "";
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon >= 0 && declaration.substring(0, colon).strip().equals(property)) {
                found = declaration.substring(colon + 1).replace("!important", "").strip();
            }
        }
        return found;
    }
}
