package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A title built from a report's cover when the PDF names none: the largest line that is no
 * partnership name or logo, wrapped lines joined, a name below a bare review type added, the
 * review type put before a name, and a document-kind subtitle after.
 */
final class CoverTitleReader {

    private static final float SAME_SIZE = 0.5f;
    private static final Pattern WRAPPING_END = Pattern.compile(
            "(?is).*([:–—-]|\\b(" + Vocabulary.layout("title_continuation_words") + "))$");
    private static final Pattern CHILD_NAME = Pattern.compile(
            "(?i)(" + Vocabulary.layout("cover_child_prefixes") + ")\\s+\\p{Lu}.{0,40}");
    private static final Pattern DOCUMENT_WORD = Pattern.compile(
            "(?i).*\\b(" + Vocabulary.layout("cover_not_name_words") + ")\\b.*");

    private final List<String> reviewTypes;
    private final List<String> partnershipWords;
    private final List<String> documentKinds;

    /** All lists lower case, as in the vocabulary. */
    CoverTitleReader(List<String> reviewTypes, List<String> partnershipWords, List<String> documentKinds) {
        this.reviewTypes = List.copyOf(reviewTypes);
        this.partnershipWords = List.copyOf(partnershipWords);
        this.documentKinds = List.copyOf(documentKinds);
    }

    /**
     * The line naming the review type and the largest line of the title page, with a subtitle
     * naming the kind of document: "Serious Case Review: Baby E - Overview Report".
     */
    String title(List<TextLine> titleLines, String reviewType) {
        List<TextLine> cover = titleLines.stream().filter(l -> l.page() == 1).toList();
        TextLine largest = largestPreferringType(cover, reviewType);
        if (largest == null) {
            return reviewType;
        }
        int anchor = cover.indexOf(largest);
        String main = TextRepair.clean(largest.text());
        while (anchor + 1 < cover.size() && wrapsOn(main, cover.get(anchor), cover.get(anchor + 1))) {
            main = main + " " + TextRepair.clean(cover.get(++anchor).text());
        }
        if (anchor + 1 < cover.size() && reviewType != null && endsWithType(main, reviewType)
                && namesChild(TextRepair.clean(cover.get(anchor + 1).text()))
                && cover.get(anchor + 1).fontSize() >= largest.fontSize() * 0.8f) {
            // "Serious Case Review" over "Baby R": the name below completes the title
            main = main + ": " + TextRepair.clean(cover.get(++anchor).text());
        }
        String title = main;
        String lowerMain = main.toLowerCase(Locale.ROOT);
        if (reviewType != null && !lowerMain.contains(reviewType.toLowerCase(Locale.ROOT))
                && !lowerMain.matches(".*\\breview\\b.*")) {
            // the largest line is a name ("Baby N"): the line naming the review type goes before it
            String type = reviewType.toLowerCase(Locale.ROOT);
            String kind = cover.stream().map(l -> TextRepair.clean(l.text()))
                    .filter(t -> t.toLowerCase(Locale.ROOT).contains(type) && t.length() < 80).findFirst().orElse(reviewType);
            String afterType = kind.substring(kind.toLowerCase(Locale.ROOT).indexOf(type) + type.length());
            boolean wholeTitle = afterType.matches(".*\\p{L}.*");
            if (wholeTitle && !namesChild(main)) {
                // a body heading set larger than the title ("1. Introduction" on a page shared with the cover)
                title = kind;
                int at = indexOfText(cover, kind);
                anchor = at >= 0 ? at : anchor;
            } else {
                title = kind + ": " + main;
            }
        }
        int next = anchor + 1;
        if (next < cover.size() && documentKinds.contains(TextRepair.clean(cover.get(next).text()).toLowerCase(Locale.ROOT))) {
            title = title + " - " + TextRepair.clean(cover.get(next).text());
        }
        return title;
    }

    /**
     * A title line goes on in the next line of its size when it ends with a dash, colon or little
     * word, or the next starts in lower case: "Local Child Safeguarding Practice Review –" / "'Freddie'".
     */
    private boolean wrapsOn(String sofar, TextLine line, TextLine next) {
        String text = TextRepair.clean(next.text());
        return Math.abs(line.fontSize() - next.fontSize()) < SAME_SIZE && !text.isEmpty() && !namesPartnership(text)
                && (newReviewType(sofar, text) || WRAPPING_END.matcher(sofar).matches()
                || Character.isLowerCase(text.charAt(0)));
    }

    /**
     * The largest line of the cover that is no partnership name and no logo in capitals; among
     * lines of that size the one naming the review type.
     */
    private TextLine largestPreferringType(List<TextLine> cover, String reviewType) {
        List<TextLine> titles = new ArrayList<>();
        for (int i = 0; i < cover.size(); i++) {
            String text = TextRepair.clean(cover.get(i).text());
            boolean logo = text.matches("\\p{Lu}{4,}");
            if (!logo && !namesPartnership(text) && !wrappedPartnership(cover, i - 1, i) && !wrappedPartnership(cover, i, i + 1)) {
                titles.add(cover.get(i));
            }
        }
        List<TextLine> pool = titles.isEmpty() ? cover : titles;
        TextLine largest = pool.stream().max(Comparator.comparingDouble(TextLine::fontSize)).orElse(null);
        if (largest == null || reviewType == null) {
            return largest;
        }
        String type = reviewType.toLowerCase(Locale.ROOT);
        return pool.stream().filter(l -> l.fontSize() >= largest.fontSize() - SAME_SIZE)
                .filter(l -> l.text().toLowerCase(Locale.ROOT).contains(type)).findFirst().orElse(largest);
    }

    private static int indexOfText(List<TextLine> cover, String text) {
        for (int i = 0; i < cover.size(); i++) {
            if (TextRepair.clean(cover.get(i).text()).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The two texts joined name a review type that neither names alone. */
    private boolean newReviewType(String one, String two) {
        String a = one.toLowerCase(Locale.ROOT);
        String b = two.toLowerCase(Locale.ROOT);
        String joined = a + " " + b;
        return reviewTypes.stream().anyMatch(t -> joined.contains(t) && !a.contains(t) && !b.contains(t));
    }

    private static boolean endsWithType(String text, String reviewType) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s:–—-]+$", "").endsWith(reviewType.toLowerCase(Locale.ROOT));
    }

    /** A cover line that is a child's name: "Baby R", "Child H and Child L", "Sibling Group K", "Kacper". */
    private boolean namesChild(String text) {
        return CHILD_NAME.matcher(text).matches()
                || text.matches("\\p{Lu}\\p{Ll}+( \\p{Lu}\\p{Ll}+)?") && !namesPartnership(text)
                && !documentKinds.contains(text.toLowerCase(Locale.ROOT)) && !DOCUMENT_WORD.matcher(text).matches();
    }

    /** Two lines of one size that name a partnership together but not alone: a board name wrapped on the cover. */
    private boolean wrappedPartnership(List<TextLine> cover, int first, int second) {
        if (first < 0 || second >= cover.size()
                || Math.abs(cover.get(first).fontSize() - cover.get(second).fontSize()) >= SAME_SIZE) {
            return false;
        }
        String one = TextRepair.clean(cover.get(first).text());
        String two = TextRepair.clean(cover.get(second).text());
        return namesPartnership(one + " " + two) && !namesPartnership(one) && !namesPartnership(two);
    }

    private boolean namesPartnership(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return partnershipWords.stream().anyMatch(w -> lower.matches(".*\\b" + Pattern.quote(w) + "\\b.*"));
    }
}
