package org.casereview.etl.digest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.text.CompoundDashes;
import org.casereview.etl.text.LineJoiner;
import org.casereview.etl.text.MinusHyphens;

/**
 * Repairs applied to digest text before it is split into entries and items: page-break
 * artefacts (a blank line inside a sentence), markdown bold and emphasis, backslash escapes,
 * hyphenated line ends, stray whitespace, Unicode ligatures, e-mail obfuscation placeholders,
 * HTML entities and UTF-8 read as Windows-1252 ({@link TextDecoding}).
 * Line repairs keep the line structure, so line numbers stay those of the extracted text.
 */
public final class TextRepair {

    private static final Pattern BOLD = Pattern.compile("\\*\\*|__(?=\\S)|(?<=\\S)__");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~\"'])");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000 ]+");
    /** Soft hyphen, zero-width characters, and the emoji presentation selector (U+FE0F, 'show as an emoji'). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b-\\u200d\\u2060\\ufeff\\ufe0f]");
    /**
     * A keycap number opening a line ('1\ufe0f\u20e3 ', its selector gone by then): text without list markup numbers its
     * points or entries with them, as '1. ' does.
     */
    private static final Pattern KEYCAP_NUMBER = Pattern.compile("^(\\s*\\d{1,2})\\u20e3\\s*(?=\\S)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][\"'\u2019\u201d)]*$");
    private static final int MIN_BROKEN_PARAGRAPH = 60;
    /** A markdown rule or setext underline ("---", "===", "* * *"): layout, not text. */
    private static final Pattern RULE_LINE = Pattern.compile("^(?:[-=_*~\u2013\u2014\u2500]\\s*){3,}$");
    private static final String RULE_START = "-=_*~\u2013\u2014\u2500";
    /** Single-mark emphasis around words: "*Learning:*", "_Recommendations include:_". */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](?=[^\\s*_])([^*_]*?[^\\s*_])[*_](?![\\w*])");
    private static final Pattern SOFT_HYPHEN_END = Pattern.compile("\u00ad\\s*$");
    /** A bulleted list item bold as a whole: "- **Learning**", "* __Recommendations:__". */
    private static final Pattern BOLD_ITEM = Pattern.compile("^\\s*[-*+\u2022]\\s+(\\*\\*|__)([^*_]+?)\\1\\s*$");
    private static final Pattern COLON_ONLY = Pattern.compile("\\s*:?\\s*");
    /** A bulleted list item in plain words, its indent group 1 and its text group 2: "- Learning", "  * Recommendations:". */
    private static final Pattern PLAIN_ITEM = Pattern.compile("^([ \\t]*)[-*+\u2022]\\s+(\\p{Lu}[^*_]*?)\\s*$");
    /** A bulleted list item, its indent group 1. */
    private static final Pattern ANY_ITEM = Pattern.compile("^([ \\t]*)[-*+\u2022]\\s+\\S");

    private final DigestGrammar grammar;
    private final LineJoiner joiner;

    public TextRepair() {
        this(DigestGrammar.standard());
    }

    TextRepair(DigestGrammar grammar) {
        this.grammar = grammar;
        this.joiner = LineJoiner.rejoiningWords(grammar.hyphenKeepPrefixes);
    }

    /** All repairs on a whole text: each line repaired, then page breaks and wrapped lines joined. */
    public String repair(String text) {
        List<String> lines = new ArrayList<>();
        String[] raws = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < raws.length; i++) {
            lines.add(repairLine(raws, i));
        }
        StringBuilder out = new StringBuilder();
        String previous = null;
        boolean blankPending = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blankPending = previous != null;
                continue;
            }
            if (previous == null) {
                out.append(line);
            } else if (blankPending && !continuesAcrossBreak(previous, line)) {
                out.append("\n\n").append(line);
            } else if (blankPending || isHyphenWrap(previous, line)) {
                out.setLength(out.length() - previous.length());
                out.append(joinWrapped(previous, line));
                line = joinWrapped(previous, line);
            } else {
                out.append('\n').append(line);
            }
            previous = line;
            blankPending = false;
        }
        return out.toString();
    }

    /** The repairs of line {@code i} of a text's lines: {@link #repairLine(String)} after a look at the line under it. */
    public String repairLine(String[] lines, int i) {
        return repairLine(labelItemOverNestedList(lines, i));
    }

    /**
     * Repairs inside one line: ligatures and odd spaces, e-mail placeholders, markdown bold and
     * escapes, runs of whitespace. Page furniture lines ("Page 3 of 12") and rules ("---") become empty.
     */
    public String repairLine(String line) {
        if (mayBeRule(line) && RULE_LINE.matcher(line.strip()).matches()) {
            return "";
        }
        // Each pattern below is tried only on a line holding a character it needs: a line's repairs are asked of every
        // line of every new PDF's first pages (the digest sniff), and most lines need none of them.
        // a soft hyphen at a line end is where a word was broken; U+2010/2011 are hyphens, and so is a minus between letters
        // or a dash glyph in a number's compound ('2\u2014year-old')
        String s = line.indexOf('\u00ad') < 0 ? line : SOFT_HYPHEN_END.matcher(line).replaceFirst("-");
        s = CompoundDashes.asHyphens(MinusHyphens.asHyphens(withoutInvisible(s).replace('\u2010', '-')
                .replace('\u2011', '-')));
        s = normaliseCompatibilityCharacters(s);
        s = s.indexOf('\u20e3') < 0 ? s : KEYCAP_NUMBER.matcher(s).replaceFirst("$1. ");
        s = grammar.emailNoise.matcher(s).replaceAll("");
        s = TextDecoding.repairMojibake(TextDecoding.decodeHtmlEntities(s));
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = boldLabelItemAsLabel(s);
            s = BOLD.matcher(s).replaceAll("");
            s = EMPHASIS.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        s = (hasOddSpace(s) ? SPACES.matcher(s).replaceAll(" ") : s).strip();
        if (grammar.pageFurniture.matcher(s).matches() || grammar.siteNavigation.matcher(s).matches()) {
            return "";
        }
        return s;
    }

    /**
     * A list item that is only a label's name set in bold ("- **Learning**" over its points, as an HTML page's
     * {@code <li><strong>Learning</strong><ul>...} and pandoc's DOCX of it are read) names the section of the points
     * after it, as a bold "Learning" line does: its bullet goes, so the line is the label alone. A point of a list is
     * never only a section's name in bold; a bold item that is no label keeps its bullet.
     */
    private String boldLabelItemAsLabel(String line) {
        Matcher item = BOLD_ITEM.matcher(line);
        if (!item.matches() || !Character.isUpperCase(item.group(2).codePointAt(0))) {
            return line;
        }
        String text = item.group(2).strip();
        for (DigestGrammar.Label label : grammar.labels) {
            Matcher m = label.pattern().matcher(text);
            if (m.lookingAt() && COLON_ONLY.matcher(text.substring(m.end())).matches()) {
                return item.group(1) + text + item.group(1);
            }
        }
        return line;
    }

    /**
     * A list item that is only a label's name in plain words ("- Learning", no bold, no colon needed) with a list nested
     * under it (the next item indented deeper), as hand-written markdown lays an entry's lists out: the item names the
     * section of the points under it, so it is the label alone. The nesting is the evidence: a flat list of section
     * names (a page's 'On this page' jump list: '- Summary', '- Recommendations') has none and keeps its bullets.
     */
    private String labelItemOverNestedList(String[] raws, int i) {
        String line = raws[i];
        int first = 0;
        while (first < line.length() && (line.charAt(first) == ' ' || line.charAt(first) == '\t')) {
            first++;
        }
        if (first == line.length() || i + 1 >= raws.length || "-*+\u2022".indexOf(line.charAt(first)) < 0) {
            return line;
        }
        Matcher item = PLAIN_ITEM.matcher(line.replace("\t", "    "));
        Matcher next = ANY_ITEM.matcher(raws[i + 1].replace("\t", "    "));
        if (!item.matches() || !next.lookingAt()
                || next.group(1).length() <= item.group(1).length()) {
            return line;
        }
        String text = item.group(2);
        for (DigestGrammar.Label label : grammar.labels) {
            Matcher m = label.pattern().matcher(text);
            if (m.lookingAt() && COLON_ONLY.matcher(text.substring(m.end())).matches()) {
                return item.group(1) + text;
            }
        }
        return line;
    }

    /** Whether the line's first character other than white space can open a {@link #RULE_LINE}. */
    private static boolean mayBeRule(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && RULE_START.indexOf(stripped.charAt(0)) >= 0;
    }

    private static String withoutInvisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00ad' || c >= '\u200b' && c <= '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\ufe0f') {
                return INVISIBLE.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** Whether {@link #SPACES} changes the text: a space other than U+0020, or two in a row. */
    private static boolean hasOddSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' '
                    : c == '\t' || c == '\u000b' || c == '\f' || c == '\u00a0' || c >= '\u2000' && c <= '\u200a'
                    || c == '\u202f' || c == '\u205f' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a blank line between {@code before} and {@code after} is a page break inside a
     * sentence or list: the text before it is a paragraph (not a short line) that does not end a
     * sentence, and the second goes on with a lower-case word, or the first ends with a word that
     * cannot end a sentence ("and", "of"). A list item that does not end its sentence goes on in a line in lower case
     * however short it is ({@link #itemGoesOn}).
     */
    public boolean continuesAcrossBreak(String before, String after) {
        String b = before.strip();
        String a = after.strip();
        if (itemGoesOn(b, a)) {
            return true;
        }
        // a page break falls inside a paragraph; a short line before a blank is a paragraph of its own
        if (b.length() < MIN_BROKEN_PARAGRAPH || a.isEmpty() || SENTENCE_END.matcher(b).find()) {
            return false;
        }
        if (Character.isLowerCase(a.codePointAt(0))) {
            return true;
        }
        if (b.endsWith(",") || b.endsWith("(") || b.endsWith("-")) {
            return Character.isLetterOrDigit(a.codePointAt(0));
        }
        String lastWord = lastWord(b);
        return lastWord != null && grammar.continuationWords.contains(lastWord)
                && Character.isLetterOrDigit(a.codePointAt(0));
    }

    /**
     * A list item cut by a page break in a narrow column: its line before the break is as short as the column, not a
     * paragraph of its own, and does not end a sentence; the line after it starts in lower case with no item mark of
     * its own. Items that lost their marks are not told apart this way (the item before the break has one), and a new
     * item, a label or a title after the break either has its mark or starts in capitals.
     */
    private static boolean itemGoesOn(String before, String after) {
        return !after.isEmpty() && Character.isLowerCase(after.codePointAt(0)) && ANY_ITEM.matcher(before).find()
                && !SENTENCE_END.matcher(before).find();
    }

    /** True when the text ends on a word no sentence or title ends with ("of", "the", "aged"): it goes on. */
    boolean endsOnContinuationWord(String text) {
        String lastWord = lastWord(text.strip());
        return lastWord != null && grammar.continuationWords.contains(lastWord);
    }

    /**
     * The last word of letters, after which only white space and "(" may follow; null when none.
     * Read back from the end: the pattern "(\\p{L}+)[\\s(]*$" searched from the front backtracked
     * over every letter of a long run once per start position, on a growing paragraph.
     */
    static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && (isRegexSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '(')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        return start < end ? text.substring(start, end) : null;
    }

    /** White space as "\\s" of a regular expression reads it. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Joins a line and its continuation: a hyphenated word end is rejoined (the hyphen kept after
     * the grammar's prefixes, "co-" "sleeping"), else one space.
     */
    public String joinWrapped(String before, String after) {
        return joiner.join(before, after);
    }

    /** "exploit-" followed by "ation ...": a word broken over a line end. */
    boolean isHyphenWrap(String before, String after) {
        return joiner.asciiHyphenBeforeLowerCase(before, after);
    }

    /**
     * NFKC only for characters where it is safe: ligatures (\ufb01), full-width forms, and letters and digits written in
     * another style: the Mathematical Alphanumeric Symbols (U+1D400-U+1D7FF, bold, italic, sans-serif, script, ...)
     * that sites without bold text get pasted from a 'bold text' converter, and the letterlike symbols they borrow
     * (U+210E for an italic h). Each is one letter or digit; NFKC by code point gives it back, so titles and labels
     * match. Other compatibility characters (\u00bd, \u2122, superscripts) keep their meaning and stay.
     */
    static String normaliseCompatibilityCharacters(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int width = Character.charCount(c);
            if (foldsToPlain(c)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append(Normalizer.normalize(s.substring(i, i + width), Normalizer.Form.NFKC));
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? s : out.toString();
    }

    /** U+2139, a letter by its category but shown as the 'information' emoji. */
    private static final int INFORMATION_SOURCE = 0x2139;

    private static boolean foldsToPlain(int c) {
        if (c < 0x2100) {
            return false; // most characters: asked of every character of every line
        }
        boolean ligature = c >= '\uFB00' && c <= '\uFB06';
        boolean fullWidth = c >= '\uFF01' && c <= '\uFF5E';
        boolean mathematical = c >= 0x1D400 && c <= 0x1D7FF;
        boolean letterlike = c >= 0x2100 && c <= 0x214F && c != INFORMATION_SOURCE && Character.isLetter(c)
                && Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC).length() == 1;
        return ligature || fullWidth || mathematical || letterlike;
    }
}
