package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.BulletGlyphs;

/** Recognises the shape of a line: label, run-in label, link line ({@link LinkShapes}), list item, heading candidate. */
final class UnitShapes {

    /** A section label found in a text. {@code start} is where it begins, {@code end} just after its colon. */
    record LabelMatch(SectionType type, String heading, int start, int end) {
    }

    /**
     * A number opening a line, group 1: "1. ", "1) ", in brackets "[1] " or "(1) " (the bracket closed), or before a dash
     * "1 - " / "1 \u2013 " (not a range "12 - 15"). Whether it numbers an entry or a list point is decided by what follows.
     */
    static final Pattern NUMBERED = Pattern.compile("^(?:\\[(?=\\d{1,3}\\])|\\((?=\\d{1,3}\\))"
            + "|(?=\\d{1,3}(?:[.)]|\\s+[-\u2013\u2014]\\s+\\D)))(\\d{1,3})(?:[.)\\]]|\\s+[-\u2013\u2014])\\s+(?=\\S)");
    /** A subsection's number before its title ('1.2 ', '2.1.3. '), as LaTeX prints a numbered subsection heading. */
    static final Pattern OUTLINE_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s+(?=\\p{Lu})");
    static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+");
    /**
     * A list item's marker: a bullet (a markdown one perhaps before the glyph the text layer kept, '- \uf0fc '), an en
     * dash (a word processor's autoformatted '- '), a letter or roman numeral in brackets or before a full stop ('a. ',
     * 'ii. ', as a word processor's lettered and roman lists print them).
     */
    static final Pattern BULLET = Pattern.compile("^(?:[-*+\u2013" + BulletGlyphs.GLYPHS + "](?:\\s+[" + BulletGlyphs.GLYPHS
            + "])?|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|[a-z]\\.|[ivx]{1,4}\\.)\\s+(?=\\S)");
    static final Pattern MONTH = Pattern.compile(
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?", Pattern.CASE_INSENSITIVE);
    /**
     * What may follow a heading's year and still leave a date only: a month or day number ("2025-06", "2025-06-30"),
     * perhaps with a clock time (a chat message's or a log's time stamp "2025-09-03 10:15:07"), or a month's name
     * ("2025 \u2013 June"). A date alone names no area or review.
     */
    private static final String DATE_ONLY_REST = "(?:\\d{1,2}(?:\\s*[-/.]\\s*\\d{1,2})?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?[AaPp]\\.?[Mm]\\.?|Z|[+-]\\d{2}:?\\d{2})?)?|(?:Jan(?:uary)?|Feb(?:ruary)?"
            + "|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?"
            + "|Dec(?:ember)?)\\.?)\\s*$";
    static final Pattern DATE_HEADING = Pattern.compile(
            "^(?:(?:\\d{1,2}\\s+)?" + MONTH.pattern() + "\\s+)?((?:19|20)\\d{2})(?:\\s*[-\u2013\u2014|:]\\s*|\\s+(?=[A-Z])|(?=[A-Z][a-z]))(?=\\S)"
            + "(?!" + DATE_ONLY_REST + ")");
    /** A label's text that is only a date ("December 2024", "4 March 2025"): the line is a dated heading, no label. */
    private static final Pattern DATE_ONLY = Pattern.compile("\\s*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH.pattern()
            + ",?\\s+)?(?:19|20)\\d{2}\\.?\\s*", Pattern.CASE_INSENSITIVE);
    /** The ' / ' between a label and its translation printed beside it ("Mae'r dysgu'n cynnwys: / Learning includes:"). */
    private static final Pattern TRANSLATION_SLASH = Pattern.compile("\\s*/\\s*(?=\\S)");
    private static final Pattern RUN_IN_BOUNDARY = Pattern.compile("[.;!?][\"'\u2019\u201d)]*(?:\\s+|(?=\\p{Lu}\\p{Ll}))");
    private static final Pattern WORD_START = Pattern.compile("\\s+(?=\\p{Lu})");
    private static final Pattern COLON = Pattern.compile("\\s*:");
    /** Where a social post's tail puts two pieces on one line: a line end, a bullet, a middle dot or a bar. */
    private static final Pattern POST_PIECES = Pattern.compile("\\n|\\s[\u2022\u00b7|]\\s");
    private static final int KEYWORD_MIN_PARTS = 2;
    private static final int KEYWORD_MAX_WORDS = 5;
    private static final Pattern DASH_FOR_COLON = Pattern.compile("\\s*[\u2013\u2014]\\s*|\\s+-\\s+");
    private static final Pattern LIST_VERB_END = Pattern.compile("(?:includ(?:e|es|ing)|focus(?:es)? on"
            + "|recommendations (?:that|for|to|about|on|regarding)|made (?:for|to|that|about|on|regarding))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOWER_CASE_AFTER = Pattern.compile("\\s+(?=\\p{Ll})");
    // compiled once (String.matches, split and replaceFirst compile theirs at each call): asked of every line
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern PARENTHESES = Pattern.compile("[()]");
    private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.,;:]$");
    private static final Pattern TRAILING_PARENTHETICALS = Pattern.compile("(?:\\s*\\([^()]*\\))+$");
    /**
     * A message's header field as a mail client or a bulletin tool shows it over the message ('From: Eastmere Safeguarding
     * Children Partnership', 'Subject: ...', Outlook's 'Sent:'): the envelope, never an entry's title.
     */
    private static final Pattern MESSAGE_HEADER_FIELD = Pattern.compile(
            "(?:from|to|cc|bcc|subject|sent|reply-to):\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(".*(?:[:;\u2013\u2014]|\\s-\\s).*");
    private static final Pattern TITLE_SEPARATOR_EITHER = Pattern.compile(".*[:;\u2013\u2014].*|.*\\s-\\s.*");
    private static final Pattern HASH_MARKS = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+$");
    private static final Pattern SMALL_WORD = Pattern.compile(
            String.join("|", DigestGrammar.bundledWords("title_small_words")));
    private static final int LABEL_ALONE_MAX_WORDS = 3;
    /** A label alone after a list's marker ("- Learning", "- Key findings") has at most this many words. */
    private static final int MARKED_LABEL_MAX_WORDS = 2;
    /** A line that may be a label alone, with its full stop, has this many characters at most. */
    private static final int FULL_STOP_LABEL_MAX = 80;
    /** A short line ending in one full stop, none before it ("Learning.", "Recommendations."): a label's words, perhaps. */
    private static final Pattern FULL_STOP_LABEL = Pattern.compile("([^.:\\n]{1,60}[^.:\\s])\\.\\s*");
    /** "Questions for your team": a heading that opens no list may be a word longer. */
    private static final int OTHER_LABEL_ALONE_MAX_WORDS = 4;
    /**
     * Characters a spreadsheet reads as the start of a formula, glued to a line's first word
     * ("=Child B; ...", "@3. Kacey: ...", "3. =Kacey: ..."): they say nothing about the line's shape. A list bullet
     * ("- point") has a space after its dash and is not one.
     */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");
    private static final Pattern FORMULA_SIGIL =
            Pattern.compile("^(\\s*(?:#{1,6}\\s+)?(?:\\d{1,3}[.)]\\s+)?)[=+\\-@]+(?=[^\\s=+\\-@])");

    /** First names alone before a colon and what follows it ("Ava: ...", "Leo and Nia: ..."): group 1, group 2. */
    private static final Pattern NAME_FIRST = Pattern.compile("(\\p{Lu}[\\p{Ll}'\u2019-]{1,30}"
            + "(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+)\\p{Lu}[\\p{Ll}'\u2019-]{1,30}){0,3})\\s*:\\s+(\\S.{0,120})");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:and|&)\\s+");

    private final DigestGrammar grammar;
    private final LinkShapes links;
    private final DetailLines details;

    private final Pattern labelSuffix;
    /** Any label at all, or null; see {@link #anyLabel(List)}. */
    private final Pattern anyLabel;

    UnitShapes(DigestGrammar grammar) {
        this.grammar = grammar;
        this.links = new LinkShapes(grammar);
        this.details = new DetailLines(grammar);
        this.labelSuffix = Pattern.compile("\\s*(?:" + grammar.labelSuffix.pattern() + ")\\s*:", Pattern.CASE_INSENSITIVE);
        this.anyLabel = anyLabel(grammar.labels);
    }

    /**
     * The label patterns as one alternation: it matches at a place exactly when one of them does, so one matcher
     * rules out the many places no label starts (most capitalised words) instead of a matcher per label. Null, and
     * each label tried alone, when the patterns cannot be joined unchanged: different flags, or a back-reference,
     * whose group number would change in the alternation.
     */
    static Pattern anyLabel(List<DigestGrammar.Label> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        int flags = labels.get(0).pattern().flags();
        StringBuilder alternation = new StringBuilder();
        for (DigestGrammar.Label label : labels) {
            String pattern = label.pattern().pattern();
            if (label.pattern().flags() != flags || BACK_REFERENCE.matcher(pattern).find()) {
                return null;
            }
            alternation.append(alternation.isEmpty() ? "" : "|").append("(?:").append(pattern).append(')');
        }
        try {
            return Pattern.compile(alternation.toString(), flags);
        } catch (java.util.regex.PatternSyntaxException e) {
            return null; // a group name used by two labels
        }
    }

    /** True for a line that always begins a new unit, whatever came before it. */
    boolean startsUnit(String text) {
        String line = shape(text);
        return MARKDOWN_HEADING.matcher(line).find() || isLinkPrefixOnly(line) || details.isEntryDetail(line)
                || BULLET.matcher(line).find() || NUMBERED.matcher(line).find() || DATE_HEADING.matcher(line).find()
                || labelAt(line, 0) != null || link(line) != null || line.startsWith(">")
                || noRecommendationsAt(line, 0) >= 0;
    }

    /**
     * A possible entry heading: a short, title-like line (no sentence end), or any markdown heading.
     * Whether it heads an entry is decided by what follows it.
     */
    boolean isHeadingLike(String line) {
        String text = shape(line);
        String t = stripHeadingMarkup(text);
        boolean markdownHeading = MARKDOWN_HEADING.matcher(text).find();
        if (!markdownHeading && t.length() > grammar.headingMaxChars) {
            return false; // as below, first: the tests before it can only say no as well, and cost most on long lines
        }
        if (t.isEmpty() || MESSAGE_HEADER_FIELD.matcher(t).matches() || labelAt(text, 0) != null || link(text) != null
                || link(t) != null || isLinkPrefixOnly(t)
                || details.isEntryDetail(t)
                || BULLET.matcher(t).find() || noRecommendationsAt(t, 0) >= 0) {
            return false;
        }
        if (markdownHeading) {
            return true;
        }
        if (t.length() > grammar.headingMaxChars || SPACES.split(t).length > grammar.headingMaxWords) {
            return false;
        }
        int first = t.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201c')) {
            return false;
        }
        // a sentence with a parenthetical after its full stop is prose: "Reviews published in 2019. (Invented: ...)"
        String sentence = TRAILING_PARENTHETICALS.matcher(t).replaceFirst("");
        String judged = sentence.endsWith(".") ? sentence : t;
        if (!ENDS_IN_PUNCTUATION.matcher(judged).matches()) {
            return true;
        }
        // a numbered title with a stray full stop: "1. Child A: Serious case review."
        String withoutStop = judged.substring(0, judged.length() - 1);
        return NUMBERED.matcher(text.strip()).find() && judged.endsWith(".") && !withoutStop.endsWith(".")
                && !withoutStop.contains(". ") && (grammar.pseudonym.matcher(withoutStop).find()
                || TITLE_SEPARATOR.matcher(withoutStop).matches());
    }

    /** A line under an entry heading that only names the kind of review: "Child safeguarding practice review". */
    boolean isReviewTypeLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || !isHeadingLike(t) || SPACES.split(t).length > 8) {
            return false;
        }
        String words = PARENTHESES.matcher(stripHeadingMarkup(t).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
        for (String word : SPACES.split(words)) {
            if (!grammar.titleWords.contains(word) && !SMALL_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A line that is only a child's pseudonym and a colon ("Child AB:", "Children AB and CD:"). */
    boolean isNameAlone(String text) {
        String t = stripHeadingMarkup(shape(text)).strip();
        if (!t.endsWith(":") || t.length() > grammar.headingMaxChars) {
            return false;
        }
        Matcher name = grammar.pseudonym.matcher(t.substring(0, t.length() - 1).strip());
        return name.matches();
    }

    /** Whether the text names a review type of review-types.yml ("... Serious case review", "CSPR"). */
    boolean namesReviewType(String text) {
        return grammar.reviewTypeName.matcher(text).find();
    }

    /** Strong headings are entries by their form alone: numbered, date/area/name, or a heading naming a child. */
    boolean isStrongHeading(String line, Integer expectedNumber) {
        String text = shape(line);
        String t = stripHeadingMarkup(text);
        Matcher numbered = NUMBERED.matcher(HASH_MARKS.matcher(text).replaceFirst(""));
        if (numbered.find()) {
            int n = Integer.parseInt(numbered.group(1));
            return expectedNumber == null || n == expectedNumber;
        }
        if (DATE_HEADING.matcher(t).find()) {
            return true;
        }
        Matcher name = grammar.pseudonym.matcher(t);
        return name.find() && (MARKDOWN_HEADING.matcher(text).find() || TITLE_SEPARATOR_EITHER.matcher(t).matches())
                || isNameFirstTitle(t);
    }

    /**
     * A title of first names alone before the review's type ("Ava: Serious case review", "Leo and Nia: Child practice
     * review"): a pseudonym without a name prefix. The names are no title word, nation, name prefix, report section or
     * adult's title, the line no label or detail, and after the colon only a review type of review-types.yml.
     */
    private boolean isNameFirstTitle(String t) {
        Matcher m = NAME_FIRST.matcher(t);
        if (!m.matches() || labelAt(t, 0) != null || details.isEntryDetail(t) || !isReviewTypeLine(m.group(2))
                || !namesReviewType(m.group(2))) {
            return false;
        }
        for (String name : NAME_SEPARATOR.split(m.group(1))) {
            String word = name.toLowerCase(Locale.ROOT);
            if (grammar.titleWords.contains(word) || grammar.nations.contains(word) || grammar.namePrefixWords.contains(word)
                    || grammar.sectionHeadings.contains(word) || grammar.notNameIds.contains(word)
                    || grammar.adultTitles.matcher(name).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A title rather than a list point: it names a child, uses review words, or has title separators. */
    boolean looksLikeTitle(String line) {
        String text = shape(line);
        String t = stripHeadingMarkup(text);
        if (MARKDOWN_HEADING.matcher(text).find() || grammar.pseudonym.matcher(t).find()
                || TITLE_SEPARATOR.matcher(t).matches()) {
            return true;
        }
        for (String word : NON_LETTERS.split(t.toLowerCase(java.util.Locale.ROOT))) {
            if (grammar.titleWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The line without a formula sigil before its first word, for judging its shape. */
    static String shape(String line) {
        return FORMULA_SIGIL.matcher(line).replaceFirst("$1");
    }

    /** The formula sigil before a line's first word ("=" of "=Child B"), or "" when it has none. */
    static String formulaSigil(String line) {
        Matcher m = FORMULA_SIGIL.matcher(line);
        return m.find() ? line.substring(m.end(1), m.end()) : "";
    }

    /** The heading without markdown marks, formula sigil and number. */
    static String stripHeadingMarkup(String line) {
        String text = shape(line);
        String t = MARKDOWN_HEADING.matcher(text.strip()).replaceFirst("");
        t = LinkShapes.MARKDOWN_LINK.matcher(t).replaceAll("$1");
        t = CLOSING_HASHES.matcher(t).replaceFirst("");
        return OUTLINE_NUMBER.matcher(NUMBERED.matcher(t).replaceFirst("")).replaceFirst("").strip();
    }

    static Integer headingNumber(String text) {
        Matcher m = NUMBERED.matcher(MARKDOWN_HEADING.matcher(shape(text).strip()).replaceFirst(""));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The label starting exactly at {@code pos}, or null. A label needs its colon, except at the
     * start of a line that holds nothing else ("#### Learning", a bold "Recommendations" line).
     */
    LabelMatch labelAt(String text, int pos) {
        LabelMatch whole = pos == 0 ? wholeLineLabel(text) : null;
        if (whole != null) {
            return whole;
        }
        LabelStart start = pos == 0 ? lineLabelStart(text) : new LabelStart(pos, false, false);
        int from = start.from();
        boolean numberedBox = start.numberedBox();
        boolean outlined = start.outlined();
        if (noLabelAt(text, from)) {
            return null;
        }
        LabelMatch best = null;
        for (DigestGrammar.Label label : grammar.labels) {
            if (numberedBox && (label.type() == SectionType.BACKGROUND || label.type() == SectionType.SUMMARY)) {
                // "## 1. Background" of a briefing tells what happened: it stays with the summary
                continue;
            }
            Matcher m = label.pattern().matcher(text);
            m.region(from, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            Matcher colon = COLON.matcher(text);
            colon.region(m.end(), text.length());
            boolean alone = pos == 0 ? aloneOnItsLine(text, from, m.end(), label) : markedAlone(text, pos, m.end(), label);
            int end;
            if (colon.lookingAt()) {
                end = colon.end();
            } else if (outlined && !(alone && LIST_VERB_END.matcher(text.substring(from, m.end()).strip()).find())) {
                continue;
            } else if (alone) {
                end = pos == 0 ? text.length() : lineEnd(text, m.end());
            } else if (text.charAt(m.end() - 1) == '?') {
                end = m.end(); // a label asked as a question ends at its question mark, run into its text
            } else {
                // without its colon a label must at least start like one: "issues including ..." on a
                // wrapped line is prose
                end = Character.isUpperCase(text.codePointAt(from)) ? endWithoutColon(text, m.end()) : -1;
                if (end < 0) {
                    continue;
                }
            }
            int headingEnd = m.end();
            Matcher suffix = labelSuffix.matcher(text);
            suffix.region(end, text.length());
            if (suffix.lookingAt()) {
                headingEnd = suffix.end() - 1;
                end = suffix.end();
            }
            if (DATE_ONLY.matcher(text).region(end, text.length()).matches()) {
                continue;
            }
            if (best == null || end > best.end()) {
                best = new LabelMatch(label.type(), text.substring(from, headingEnd).strip(), pos, end);
            }
        }
        return best == null ? null : withTranslation(text, best);
    }

    /**
     * A label with its translation after a slash, of the same section ("Mae'r dysgu'n cynnwys: / Learning includes:",
     * "Learning includes: / Mae'r dysgu'n cynnwys:"): one label, ending after the second; the first's words name it.
     */
    private LabelMatch withTranslation(String text, LabelMatch label) {
        Matcher slash = TRANSLATION_SLASH.matcher(text);
        if (label.end() >= text.length() || !slash.region(label.end(), text.length()).lookingAt()) {
            return label;
        }
        LabelMatch second = labelAt(text, slash.end());
        return second == null || second.type() != label.type() ? label
                : new LabelMatch(label.type(), label.heading(), label.start(), second.end());
    }

    /**
     * A line that is a label alone with what sets it off but no colon: a full stop after it ("Learning."), or a list's
     * marker before it ("- Learning", {@link #markedAlone}; a page's jump list of such lines is blanked before, by
     * {@link JumpLists}); null for other lines.
     */
    private LabelMatch wholeLineLabel(String text) {
        if (text.length() > FULL_STOP_LABEL_MAX) {
            return null; // the cheap test first: asked of every line
        }
        Matcher stop = text.strip().endsWith(".") ? FULL_STOP_LABEL.matcher(text) : null;
        if (stop != null && stop.matches()) {
            LabelMatch label = labelAt(stop.group(1), 0);
            if (label != null && label.end() == stop.group(1).length()) {
                return new LabelMatch(label.type(), label.heading(), label.start(), text.length());
            }
        }
        Matcher marker = BULLET.matcher(text);
        if (marker.lookingAt() && text.indexOf('\n') < 0) {
            LabelMatch label = labelAt(text, marker.end());
            if (label != null && label.end() == text.length()) {
                return new LabelMatch(label.type(), label.heading(), 0, label.end());
            }
        }
        return null;
    }

    /**
     * Where a label at a line's start begins, after the marks that may number it.
     *
     * @param numberedBox after a markdown heading's number ("## 3. Key learning": the numbered boxes of a briefing)
     * @param outlined    after a multilevel list's number ("1.2 Recommendations include:"), which needs the colon: a
     *                    numbered heading without one ("4.1 Recommendations") is a report's section; but a label alone
     *                    on its line that announces its list ("1.2 Recommendations include", an outliner's numbered
     *                    headline) is no section title
     */
    private record LabelStart(int from, boolean numberedBox, boolean outlined) {
    }

    private static LabelStart lineLabelStart(String text) {
        Matcher heading = MARKDOWN_HEADING.matcher(text);
        int from = heading.find() ? heading.end() : 0;
        Matcher number = NUMBERED.matcher(text.substring(from));
        if (from > 0 && number.find()) {
            return new LabelStart(from + number.end(), true, false);
        }
        // a numbered sub-heading's label ("### 1.1. Learning includes:", as Org and LaTeX number their sub-sections)
        Matcher subsection = OUTLINE_NUMBER.matcher(text.substring(from));
        if (from > 0 && subsection.find()) {
            return new LabelStart(from + subsection.end(), true, false);
        }
        Matcher outline = OUTLINE_NUMBER.matcher(text);
        return from == 0 && outline.find() ? new LabelStart(outline.end(), false, true) : new LabelStart(from, false, false);
    }

    /**
     * A label alone on its line is a heading: capitalised ("summary" alone ends a wrapped title); a longer one when it
     * ends by announcing its list ("Identifies good practice including"), as no title ends so, or when it is a whole
     * phrase of the vocabulary ("Actions for the partnership"), which leaves no word free for a title's or sentence's.
     */
    private static boolean aloneOnItsLine(String text, int from, int labelEnd, DigestGrammar.Label label) {
        return text.substring(labelEnd).isBlank() && (from > 0
                || Character.isUpperCase(text.codePointAt(0)) && (label.wholePhrase() || text.strip().split("\\s+").length
                <= (label.type() == SectionType.OTHER ? OTHER_LABEL_ALONE_MAX_WORDS : LABEL_ALONE_MAX_WORDS)
                || LIST_VERB_END.matcher(text.substring(0, labelEnd).strip()).find()));
    }

    /**
     * A label alone on a list item's line ("- Learning", "• Recommendations"): a drawn box or a bullet set before
     * a label, which no point of a list is. Short (two words, or a whole phrase of the vocabulary), as a point can open
     * with a label's word ("- Issues with housing were not seen").
     */
    private static boolean markedAlone(String text, int pos, int labelEnd, DigestGrammar.Label label) {
        int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        Matcher marker = BULLET.matcher(text).region(lineStart, text.length());
        return marker.lookingAt() && marker.end() == pos && text.substring(labelEnd, lineEnd(text, labelEnd)).isBlank()
                && Character.isUpperCase(text.codePointAt(pos)) && label.type().hasItems()
                && (label.wholePhrase() || SPACES.split(text.substring(pos).strip()).length <= MARKED_LABEL_MAX_WORDS);
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** True when no label pattern matches at {@code from}: one matcher says so for all of them. */
    private boolean noLabelAt(String text, int from) {
        return anyLabel != null && !anyLabel.matcher(text).region(from, text.length()).lookingAt();
    }

    /**
     * End of a label whose colon was left out: a dash in its place before a list or sentence
     * ("Learning includes \u2013 the need ...; ..."), or a label ending in "include(s)" / "focuses on"
     * going straight on in lower case ("Recommendations include ensure that ..."). -1 when the words
     * are no label.
     */
    private static int endWithoutColon(String text, int labelEnd) {
        Matcher dash = DASH_FOR_COLON.matcher(text);
        dash.region(labelEnd, text.length());
        if (dash.lookingAt()) {
            // a title can have a dash too ("Learning from deaths \u2013 thematic review"); a section goes on in prose
            String rest = text.substring(dash.end()).strip();
            return rest.contains(";") || rest.endsWith(".") ? dash.end() : -1;
        }
        Matcher verb = LIST_VERB_END.matcher(text.substring(0, labelEnd));
        Matcher space = LOWER_CASE_AFTER.matcher(text);
        space.region(labelEnd, text.length());
        return verb.find() && space.lookingAt() ? space.end() : -1;
    }

    /**
     * Labels at the start of the text and labels run in after the end of a sentence (capitalised,
     * also with the space after the full stop missing: "not stated.Learning includes:"). A list
     * label with its colon is also found after a summary whose last full stop is missing ("of Black
     * British heritage Learning focuses on:"), when no other word of the label is capitalised.
     */
    List<LabelMatch> labelsIn(String text) {
        List<LabelMatch> found = new ArrayList<>();
        List<Integer> sentenceStarts = boundaries(text);
        int last = -1;
        for (int pos : wordStarts(text)) {
            boolean sentenceStart = sentenceStarts.contains(pos);
            if (pos < last || pos > 0 && !Character.isUpperCase(text.codePointAt(pos))) {
                continue;
            }
            LabelMatch label = labelAt(text, pos);
            if (label != null && (sentenceStart || isMidSentenceLabel(text, label))) {
                found.add(label);
                last = label.end();
            }
        }
        found.addAll(RunOnLabels.afterNoRecommendations(this, text));
        return found;
    }

    private static boolean isMidSentenceLabel(String text, LabelMatch label) {
        String words = text.substring(label.start(), label.end());
        return label.type().hasItems() && words.strip().endsWith(":")
                && words.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    private static List<Integer> wordStarts(String text) {
        List<Integer> positions = new ArrayList<>(boundaries(text));
        Matcher m = WORD_START.matcher(text);
        while (m.find()) {
            positions.add(m.end());
        }
        return positions.stream().distinct().sorted().toList();
    }

    /** Start of a "makes no recommendations" sentence at {@code pos}, else -1. */
    int noRecommendationsAt(String text, int pos) {
        Matcher m = grammar.noRecommendations.matcher(text);
        m.region(pos, text.length());
        return m.lookingAt() ? pos : -1;
    }

    /** True for a section body that only says there is nothing: "None.", "N/A", "No recommendations were made." */
    boolean saysNone(String body) {
        return grammar.noneBody.matcher(body.strip()).matches();
    }

    /** Starts of "makes no recommendations" sentences, at the start or after a sentence end. */
    List<Integer> noRecommendationsIn(String text) {
        List<Integer> found = new ArrayList<>();
        Matcher m = grammar.noRecommendations.matcher(text); // one matcher for every place: each costs two resets
        for (int pos : boundaries(text)) {
            if ((pos == 0 || Character.isUpperCase(text.codePointAt(pos))) && m.region(pos, text.length()).lookingAt()) {
                found.add(pos);
            }
        }
        return found;
    }

    /** A report link line, see {@link LinkShapes#link}. */
    /**
     * Whether every piece of the text (its lines, and their parts between bullets or bars) is a social post's furniture:
     * hashtags, a reaction count, the action bar's words.
     */
    boolean isPostFurniture(String text) {
        boolean any = false;
        for (String piece : POST_PIECES.split(text)) {
            String p = piece.strip();
            if (!p.isEmpty()) {
                if (!grammar.postFurniture.matcher(p).matches()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    LinkShapes.Link link(String line) {
        return links.link(line);
    }

    DetailLines details() {
        return details;
    }

    /**
     * An unlabelled keyword line at the end of an entry ("Substance misuse, pre-birth risk assessments, unknown
     * men."): short comma-separated phrases, capitalised, no sentence of its own.
     */
    static boolean isKeywordLine(String line) {
        String t = line.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || t.contains(";") || t.contains(":")
                || BULLET.matcher(t).find() || t.replaceFirst("\\.$", "").contains(".")) {
            return false;
        }
        String[] parts = t.replaceFirst("\\.$", "").split("\\s*,\\s*");
        return parts.length >= KEYWORD_MIN_PARTS && java.util.Arrays.stream(parts)
                .allMatch(p -> !p.isBlank() && p.split("\\s+").length <= KEYWORD_MAX_WORDS);
    }

    /** "Other resources" alone on a line: the heading of the link line under it. */
    boolean isLinkPrefixOnly(String line) {
        return links.isLinkPrefixOnly(line);
    }

    private static List<Integer> boundaries(String text) {
        List<Integer> positions = new ArrayList<>();
        positions.add(0);
        Matcher m = RUN_IN_BOUNDARY.matcher(text);
        while (m.find()) {
            if (m.end() < text.length()) {
                positions.add(m.end());
            }
        }
        return positions;
    }
}
