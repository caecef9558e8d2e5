package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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
    /** "... Review: Child" wrapped before the child's letter ("U" alone on the next line). */
    private static final Pattern ENDS_WITH_CHILD_PREFIX = Pattern.compile(
            "(?i).*\\b(" + Vocabulary.layout("cover_child_prefixes") + ")$");
    /** A line that is only a child's prefixed name: "Child M", "Baby Amir". */
    private static final Pattern CHILD_CODE = Pattern.compile(
            "(?i)(" + Vocabulary.layout("cover_child_prefixes") + ")\\s+(?-i:\\p{Lu})[\\p{L}'\u2019-]{0,20}");
    private static final Pattern LETTER_CODE = Pattern.compile("\\p{Lu}{1,2}\\b.{0,20}");
    /** A child named by a prefix and a capital anywhere in a line: "Lessons from a review: Child Q". */
    private static final Pattern NAMES_CHILD_CODE = Pattern.compile(
            "(?i)\\b(" + Vocabulary.layout("cover_child_prefixes") + ")\\s+(?-i:\\p{Lu})");
    /** A title ending with a child's letter code ("... Review: Baby A"): the capital 'A' is a code, not the article. */
    private static final Pattern ENDS_WITH_CHILD_CODE = Pattern.compile(
            "(?i).*\\b(" + Vocabulary.layout("cover_child_prefixes") + ")\\s+(?-i:\\p{Lu})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern REVIEW_OR_YEAR = Pattern.compile("\\breview\\b|\\b(19|20)\\d\\d\\b");
    /** Running text after a line: a line of this many words or more. */
    private static final int RUNNING_TEXT_WORDS = 7;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");
    /** Baseline to baseline within a paragraph, in font sizes (single to one-and-a-half spacing). */
    private static final float PARAGRAPH_LEADING = 1.9f;
    /** Baseline to baseline of a title wrapped onto a second line, in font sizes. */
    private static final float WRAPPED_LEADING = 1.5f;
    private static final float STRAP_SIZE = 0.5f;
    /** Baseline to baseline of a title and the subject line under it, in the title's font sizes. */
    private static final float SUBJECT_LEADING = 2.2f;
    /** A title naming only a kind of review: "Thematic Review", "Multi-agency Learning Review". */
    private static final Pattern KIND_ONLY = Pattern.compile("(?i)(\\p{L}+[ -]){0,3}review");
    /** Left edges or centres this close, in font sizes, are one alignment. */
    private static final float ALIGNED = 0.5f;
    /** What follows a review type when a child's name does: "Child Safeguarding Practice Review: Child M". */
    private static final Pattern NAME_AFTER_TYPE = Pattern.compile("\\s*[:\u2013\u2014-]\\s*(.{1,40})");
    /** A label before a cover line's review title: a phrase ending in a lower-case word and a colon ("In this issue:"). */
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}\\p{Ll}*(?: [\\p{L}']+){0,3} \\p{Ll}[\\p{L}']*:");
    /** One to three capitalised words: the rest of a name wrapped onto the next line. */
    private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*( \\p{Lu}[\\p{L}'\u2019-]*){0,2}");

    private final List<String> reviewTypes;
    private final List<String> partnershipWords;
    private final List<String> documentKinds;
    /** The document kinds a title keeps as its subtitle: not the briefing forms ("Briefing"). */
    private final List<String> titleKinds;
    /** Review names that name no kind by themselves ("practice review"). */
    private final List<String> bareReviewNames;
    /** A line the section vocabulary types as a heading ("Why this review was carried out"). */
    private final Predicate<String> sectionHeading;

    /** All lists lower case, as in the vocabulary. */
    CoverTitleReader(List<String> reviewTypes, List<String> partnershipWords, List<String> documentKinds,
                     List<String> titleKinds, List<String> bareReviewNames, Predicate<String> sectionHeading) {
        this.reviewTypes = List.copyOf(reviewTypes);
        this.partnershipWords = List.copyOf(partnershipWords);
        this.documentKinds = List.copyOf(documentKinds);
        this.titleKinds = List.copyOf(titleKinds);
        this.bareReviewNames = List.copyOf(bareReviewNames);
        this.sectionHeading = sectionHeading;
    }

    /**
     * The line naming the review type and the largest line of the title page, with a subtitle
     * naming the kind of document: "Serious Case Review: Baby E - Overview Report".
     */
    String title(List<TextLine> titleLines, String reviewType, BodyStyle body) {
        List<TextLine> cover = CoverColumns.inReadingOrder(titleLines.stream().filter(l -> l.page() == 1).toList());
        TextLine largest = largestPreferringType(cover, reviewType, runningText(cover, body));
        if (largest == null) {
            return reviewType;
        }
        int anchor = cover.indexOf(largest);
        String main = TextRepair.clean(largest.text());
        while (anchor + 1 < cover.size() && wrapsOn(main, cover.get(anchor), cover.get(anchor + 1))) {
            main = WrappedTitleWords.join(main, TextRepair.clean(cover.get(++anchor).text()), this::namesReviewType);
        }
        if (anchor + 1 < cover.size() && reviewType != null && endsWithType(main, reviewType)
                && namesChild(TextRepair.clean(cover.get(anchor + 1).text()))
                && (cover.get(anchor + 1).fontSize() >= largest.fontSize() * 0.8f
                || isType(main, reviewType) && CHILD_CODE.matcher(TextRepair.clean(cover.get(anchor + 1).text())).matches())) {
            // "Serious Case Review" over "Baby R": the name below completes the title; under a bare review type a
            // child named by a prefix ("Child M") does so in any size
            main = main + ": " + TextRepair.clean(cover.get(++anchor).text());
        }
        if (anchor + 1 < cover.size() && namesKindOnly(main) && subjectLine(largest, cover.get(anchor + 1), body)) {
            // "Thematic Review" over "Exploitation of Children Outside the Home" set smaller: the subject completes it
            main = main + ": " + TextRepair.clean(cover.get(++anchor).text());
        }
        String title = main;
        String lowerMain = main.toLowerCase(Locale.ROOT);
        if (reviewType != null && !lowerMain.contains(reviewType.toLowerCase(Locale.ROOT))
                && !lowerMain.matches(".*\\breview\\b.*")) {
            // the largest line is a name ("Baby N"): the line naming the review type goes before it
            String type = reviewType.toLowerCase(Locale.ROOT);
            Optional<String> printed = printedTypeLine(cover, largest, type);
            if (printed.isEmpty() && main.contains(":")) {
                // "Learning Brief: Child N" is a whole title; the review type is named only in the strap line
                return withDocumentKind(main, cover, anchor);
            }
            String kind = printed.orElse(reviewType);
            String afterType = kind.substring(kind.toLowerCase(Locale.ROOT).indexOf(type) + type.length());
            boolean wholeTitle = afterType.matches(".*\\p{L}.*");
            if (wholeTitle && namesBareReview(kind, type) && namesDocumentKind(cover, cover.indexOf(largest))) {
                // "7 Minute Briefing" over "Practice Review: Baby R": the bare review name needs the briefing's words
                title = main + ": " + kind;
                int at = indexOfText(cover, kind);
                anchor = at >= 0 ? at : anchor;
            } else if (wholeTitle && !namesChild(main)) {
                // a body heading set larger than the title ("1. Introduction" on a page shared with the cover)
                title = kind;
                int at = indexOfText(cover, kind);
                anchor = at >= 0 ? at : anchor;
            } else {
                title = kind + ": " + main;
            }
        }
        return withDocumentKind(title, cover, anchor);
    }

    /**
     * The first cover line naming the review type, strap lines under the title aside unless one states a whole review
     * title, the type and a child's name after it ("In this issue: Child Safeguarding Practice Review: Child M" under a
     * newsletter's masthead); a label before the type ("In this issue:") is no part of the title.
     */
    private Optional<String> printedTypeLine(List<TextLine> cover, TextLine largest, String type) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cover.size(); i++) {
            TextLine line = cover.get(i);
            String text = TextRepair.clean(line.text());
            texts.add(strapLine(line, largest) ? Objects.toString(reviewTitleAfterLabel(text, type), "")
                    : wrappedTypeLine(cover, i, type).orElse(text));
        }
        return texts.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(type) && t.length() < 80).findFirst();
    }

    /**
     * "Learning from a Local Child" / "Safeguarding Practice Review" over "Child P": a line of the title's phrase wrapped
     * onto the next line of its size right under it names the review type only with it; the two read as one line.
     */
    private Optional<String> wrappedTypeLine(List<TextLine> cover, int index, String type) {
        if (index + 1 >= cover.size()) {
            return Optional.empty();
        }
        TextLine line = cover.get(index);
        TextLine next = cover.get(index + 1);
        String text = TextRepair.clean(line.text());
        String nextText = TextRepair.clean(next.text());
        if (Math.abs(line.fontSize() - next.fontSize()) >= SAME_SIZE || !rightUnder(line, next)
                || text.toLowerCase(Locale.ROOT).contains(type) || !newReviewType(text, nextText)) {
            return Optional.empty();
        }
        String joined = WrappedTitleWords.join(text, nextText, this::namesReviewType);
        return joined.toLowerCase(Locale.ROOT).contains(type) ? Optional.of(joined) : Optional.empty();
    }

    /** The printed line names the review only by a bare name ("Practice Review: Baby R"). */
    private boolean namesBareReview(String printed, String type) {
        return bareReviewNames.contains(type) && !namesReviewType(printed.toLowerCase(Locale.ROOT).replace(type, ""));
    }

    /** "In this issue: Child Safeguarding Practice Review: Child M" -> "Child Safeguarding Practice Review: Child M". */
    private String reviewTitleAfterLabel(String text, String type) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(type);
        if (at < 0) {
            return null;
        }
        Matcher child = NAME_AFTER_TYPE.matcher(text.substring(at + type.length()));
        if (!child.matches() || !namesChild(child.group(1).strip())) {
            return null;
        }
        String before = text.substring(0, at).strip();
        return before.isEmpty() || LABEL.matcher(before).matches() ? text.substring(at) : null;
    }

    private String withDocumentKind(String title, List<TextLine> cover, int anchor) {
        int next = anchor + 1;
        if (next < cover.size() && titleKinds.contains(TextRepair.clean(cover.get(next).text()).toLowerCase(Locale.ROOT))
                && !headsRunningText(cover, next)) {
            return title + " - " + TextRepair.clean(cover.get(next).text());
        }
        return title;
    }

    /** A line under the title in less than half its size: a strap line describing the document, no part of the title. */
    private static boolean strapLine(TextLine line, TextLine title) {
        return line.page() == title.page() && line.y() > title.y() && line.fontSize() < STRAP_SIZE * title.fontSize();
    }

    /**
     * A title line goes on in the next line of its size when it ends with a dash, colon or little
     * word, or the next starts in lower case: "Local Child Safeguarding Practice Review –" / "'Freddie'"; or when
     * it names neither a review nor a child and the next line sits right under it ("Learning" / "Brief: Child E").
     */
    private boolean wrapsOn(String sofar, TextLine line, TextLine next) {
        String text = TextRepair.clean(next.text());
        return Math.abs(line.fontSize() - next.fontSize()) < SAME_SIZE && !text.isEmpty() && !namesPartnership(text)
                && (newReviewType(sofar, text)
                || WRAPPING_END.matcher(sofar).matches() && !ENDS_WITH_CHILD_CODE.matcher(sofar).matches()
                || Character.isLowerCase(text.charAt(0))
                || ENDS_WITH_CHILD_PREFIX.matcher(sofar).matches() && LETTER_CODE.matcher(text).matches()
                || incomplete(sofar) && !namesReviewOrYear(text) && rightUnder(line, next));
    }

    /** A title so far that names no review and no child by a prefix and ends no sentence: a line cut short. */
    private boolean incomplete(String sofar) {
        return !namesReviewOrYear(sofar) && !CHILD_NAME.matcher(sofar).find() && !SENTENCE_END.matcher(sofar).find()
                && !documentKinds.contains(sofar.toLowerCase(Locale.ROOT));
    }

    private boolean namesReviewType(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return reviewTypes.stream().anyMatch(lower::contains);
    }

    private boolean namesReviewOrYear(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return reviewTypes.stream().anyMatch(lower::contains) || REVIEW_OR_YEAR.matcher(lower).find();
    }

    /** A title of a few words ending in 'review' that names no child and no subject: "Thematic Review". */
    private static boolean namesKindOnly(String title) {
        return KIND_ONLY.matcher(title.strip()).matches();
    }

    /**
     * The line right under a title naming only a kind of review is its subject: in the title's weight, smaller but
     * larger than the body's type, a few words that name no partnership, review, year, document kind or child and
     * end no sentence.
     */
    private boolean subjectLine(TextLine title, TextLine next, BodyStyle body) {
        String text = TextRepair.clean(next.text());
        float gap = next.y() - title.y();
        return next.page() == title.page() && next.bold() == title.bold() && gap > 0
                && gap <= SUBJECT_LEADING * title.fontSize() && next.fontSize() < title.fontSize() - SAME_SIZE
                && body.isLarger(next.fontSize()) && SPACES.split(text).length >= 2 && !text.contains(":")
                && !namesPartnership(text) && !namesReviewOrYear(text) && !namesChild(text)
                && !documentKinds.contains(text.toLowerCase(Locale.ROOT)) && !SENTENCE_END.matcher(text).find();
    }

    /** The next line's baseline within a wrapped line's leading of this one's: one paragraph, not the next block. */
    private static boolean rightUnder(TextLine line, TextLine next) {
        float gap = next.y() - line.y();
        return next.page() == line.page() && gap > 0 && gap <= WRAPPED_LEADING * line.fontSize();
    }

    /**
     * The largest line of the cover that is no partnership name, no logo in capitals and no masthead; among
     * lines of that size the one naming the review type.
     */
    private TextLine largestPreferringType(List<TextLine> cover, String reviewType, Set<TextLine> runningText) {
        List<TextLine> titles = new ArrayList<>();
        Set<TextLine> mastheads = Mastheads.of(cover);
        Set<TextLine> bodyHeadings = bodyHeadings(cover);
        for (int i = 0; i < cover.size(); i++) {
            String text = TextRepair.clean(cover.get(i).text());
            boolean logo = text.matches("\\p{Lu}{4,}");
            if (!logo && !runningText.contains(cover.get(i)) && !mastheads.contains(cover.get(i)) && !namesPartnership(text)
                    && !bodyHeadings.contains(cover.get(i))
                    && !wrappedPartnership(cover, i - 1, i) && !wrappedPartnership(cover, i, i + 1)) {
                titles.add(cover.get(i));
            }
        }
        List<TextLine> pool = titles.isEmpty() ? cover : titles;
        TextLine largest = pool.stream().max(Comparator.comparingDouble(TextLine::fontSize)).orElse(null);
        if (largest == null || reviewType == null) {
            return largest;
        }
        String type = reviewType.toLowerCase(Locale.ROOT);
        TextLine named = pool.stream().filter(l -> l.fontSize() >= largest.fontSize() - SAME_SIZE)
                .filter(l -> l.text().toLowerCase(Locale.ROOT).contains(type)).findFirst().orElse(largest);
        if (named == largest && namesDocumentKind(cover, cover.indexOf(largest)) && !bareReviewNames.contains(type)) {
            // "7 Minute" / "Briefing" set large above "Child Safeguarding Practice" / "Review: Child N"
            return typeLine(pool, type).orElse(largest);
        }
        return named;
    }

    /**
     * The body's headings on a page 1 that is no cover (a report printed with its title as a paragraph): the lines the
     * section vocabulary types as headings when at least two of them head running text, with the lines so typed in
     * the size and weight of one of those ("Recommendations" at the page's foot, its text on the next page). Set larger
     * than a body-size title, they are no title; a line naming a review type or a child by its code ("Lessons from a
     * review: Child Q", a newsletter's headline over its first paragraph) may still be one.
     */
    private Set<TextLine> bodyHeadings(List<TextLine> cover) {
        List<TextLine> heads = new ArrayList<>();
        for (int i = 0; i < cover.size(); i++) {
            if (sectionHeading(cover.get(i)) && headsRunningText(cover, i)) {
                heads.add(cover.get(i));
            }
        }
        Set<TextLine> all = new HashSet<>();
        if (heads.size() < 2) {
            return all;
        }
        for (TextLine line : cover) {
            if (sectionHeading(line) && heads.stream().anyMatch(h -> h.bold() == line.bold()
                    && Math.abs(h.fontSize() - line.fontSize()) < SAME_SIZE)) {
                all.add(line);
            }
        }
        return all;
    }

    private boolean sectionHeading(TextLine line) {
        String text = TextRepair.clean(line.text());
        String lower = text.toLowerCase(Locale.ROOT);
        return sectionHeading.test(text) && reviewTypes.stream().noneMatch(lower::contains)
                && !NAMES_CHILD_CODE.matcher(text).find();
    }

    /** The line and the lines of its size after it read together name a kind of document ("7 Minute Briefing"). */
    private boolean namesDocumentKind(List<TextLine> cover, int index) {
        StringBuilder text = new StringBuilder(TextRepair.clean(cover.get(index).text()));
        for (int i = index + 1; i < cover.size() && i <= index + 2
                && Math.abs(cover.get(i).fontSize() - cover.get(index).fontSize()) < SAME_SIZE; i++) {
            text.append(' ').append(TextRepair.clean(cover.get(i).text()));
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return documentKinds.stream().anyMatch(kind -> lower.endsWith(kind));
    }

    /** The largest line naming the review type alone or with the next line of its size. */
    private Optional<TextLine> typeLine(List<TextLine> pool, String type) {
        TextLine best = null;
        for (int i = 0; i < pool.size(); i++) {
            TextLine line = pool.get(i);
            String text = line.text().toLowerCase(Locale.ROOT);
            boolean wrapped = i + 1 < pool.size() && Math.abs(pool.get(i + 1).fontSize() - line.fontSize()) < SAME_SIZE
                    && (text + " " + pool.get(i + 1).text().toLowerCase(Locale.ROOT)).contains(type);
            if ((text.contains(type) || wrapped) && (best == null || line.fontSize() > best.fontSize())) {
                best = line;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The lines of running text: a regular-weight line of many words, no larger than the body's type, with a line of
     * its paragraph (its size and weight) right above or under it. A run of body lines is never a title, nor the
     * place a review type is named on the cover, though it may name one ("... this local child safeguarding
     * practice review ...").
     */
    static Set<TextLine> runningText(List<TextLine> lines, BodyStyle body) {
        Set<TextLine> running = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!line.bold() && !body.isLarger(line.fontSize())
                    && SPACES.split(line.text().strip()).length >= RUNNING_TEXT_WORDS
                    && (i > 0 && sameParagraph(lines.get(i - 1), line) || i + 1 < lines.size()
                    && sameParagraph(line, lines.get(i + 1)))) {
                running.add(line);
            }
        }
        return withLinesBetween(lines, running);
    }

    /**
     * A line of a paragraph between two of its running lines is running text too, however few words it holds: a
     * narrow column's "safeguarding practice review about" inside a paragraph naming the review.
     */
    private static Set<TextLine> withLinesBetween(List<TextLine> lines, Set<TextLine> running) {
        Set<TextLine> all = new HashSet<>(running);
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end + 1 < lines.size() && sameParagraph(lines.get(end), lines.get(end + 1))) {
                end++;
            }
            int first = -1;
            int last = -1;
            for (int i = start; i <= end; i++) {
                if (running.contains(lines.get(i))) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            for (int i = first + 1; first >= 0 && i < last; i++) {
                all.add(lines.get(i));
            }
            start = end + 1;
        }
        return all;
    }

    /** Two lines of one size and weight, the second's baseline within a paragraph's leading under the first's. */
    private static boolean sameParagraph(TextLine line, TextLine next) {
        float gap = next.y() - line.y();
        return next.page() == line.page() && !next.bold() && !line.bold()
                && Math.abs(next.fontSize() - line.fontSize()) < SAME_SIZE
                && gap > 0 && gap <= PARAGRAPH_LEADING * line.fontSize();
    }

    /**
     * A bold line followed on its page by running text (a line of many words in smaller or regular type) heads
     * that text: "Executive summary" over the body on page 1 is a section, not the title's subtitle.
     */
    static boolean headsRunningText(List<TextLine> lines, int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        TextLine line = lines.get(index);
        TextLine next = lines.get(index + 1);
        return line.bold() && next.page() == line.page() && next.fontSize() < line.fontSize() + SAME_SIZE && !next.bold()
                && SPACES.split(next.text().strip()).length >= RUNNING_TEXT_WORDS
                && (SENTENCE_END.matcher(next.text()).find() || wrapsOnto(next, lines, index + 2));
    }

    /**
     * A paragraph ends a sentence or goes on in a line of its size right under it; a cover's one-line note
     * ("Not for circulation beyond the partnership") does neither.
     */
    private static boolean wrapsOnto(TextLine line, List<TextLine> lines, int index) {
        if (index >= lines.size()) {
            return false;
        }
        TextLine after = lines.get(index);
        float gap = after.y() - line.y();
        return after.page() == line.page() && Math.abs(after.fontSize() - line.fontSize()) < SAME_SIZE && !after.bold()
                && gap > 0 && gap <= PARAGRAPH_LEADING * line.fontSize() && !centredApart(line, after);
    }

    /** Two lines centred on one axis, the second starting well right of the first: a cover's centred note, not body text. */
    private static boolean centredApart(TextLine line, TextLine after) {
        float axis = (line.x() + line.endX()) / 2;
        float afterAxis = (after.x() + after.endX()) / 2;
        return Math.abs(axis - afterAxis) < line.fontSize() / 2 && after.x() - line.x() > 2 * line.fontSize();
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

    /** The text names the review type and nothing else. */
    private static boolean isType(String text, String reviewType) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s:–—-]+$", "").equals(reviewType.toLowerCase(Locale.ROOT));
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

    /**
     * The next cover line goes on with this one's name: one paragraph wrapped ("Safeguarding Board for Northern" /
     * "Ireland"), the next line in the same size and weight right under it, set on the same left edge or the same
     * centre, and a few capitalised words that name no review, partnership, document kind or child.
     */
    boolean continuesName(TextLine line, TextLine next) {
        String text = TextRepair.clean(next.text());
        float centre = (line.x() + line.endX()) / 2;
        float nextCentre = (next.x() + next.endX()) / 2;
        boolean aligned = Math.abs(line.x() - next.x()) < ALIGNED * line.fontSize()
                || Math.abs(centre - nextCentre) < ALIGNED * line.fontSize();
        return rightUnder(line, next) && line.bold() == next.bold() && Math.abs(line.fontSize() - next.fontSize()) < SAME_SIZE
                && aligned && NAME_WORDS.matcher(text).matches() && !namesReviewOrYear(text) && !namesPartnership(text)
                && !documentKinds.contains(text.toLowerCase(Locale.ROOT)) && !CHILD_NAME.matcher(text).matches()
                && !DOCUMENT_WORD.matcher(text).matches();
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
