package org.casereview.etl.text;

import java.util.regex.Pattern;

/** The shapes a printed page number takes on a line of its own: "3", "Page 3 of 8", "3 | Page", "- 3 -", "iv". */
public final class PageNumbers {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s*\\|?\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?|\\d{1,4}\\s*\\|\\s*page|[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]|[ivxlc]{1,6}");

    private PageNumbers() {
    }

    public static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }
}
