package org.casereview.etl.digest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.layout.BulletGlyphs;

/** Recognises report link lines and the links of headings. */
final class LinkShapes {

    /** A report link line. Target is null when the line names the report without a link. */
    record Link(String text, String target) {
    }

    /** A markdown link, with an optional title after its target: [text](url "title"). */
    static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern MORE_LINKS = Pattern.compile("[\\s|,;\u2013\u00b7\u2022-]*(?:and\\s+|or\\s+)?\\[[^\\]]+\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final String LIST_MARKER_BEFORE_LINK = "^[-*+\u2022]\\s+(?=\\[)";
    private static final Pattern FILE_NOTE = Pattern.compile("\\((?:PDF|DOCX?|Word)\\b[^)]*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * The note a web page prints after a link, outside it: the file's type and size in brackets ('(PDF, 412 KB)',
     * '[PDF, 1.2MB]', '(412 KB)'). It says what the link opens, so the link is still the whole line.
     */
    private static final Pattern NOTE_AFTER_LINK = Pattern.compile(
            "^[\\s\u2013-]*[(\\[](?:(?:PDF|DOCX?|Word|ODT|RTF)\\b[^)\\]]*|\\d+(?:[.,]\\d+)?\\s?[KMG]B)[)\\]]$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("(https?://\\S+|www\\.\\S+)");
    private static final Pattern BARE_URL = Pattern.compile("<?(https?://\\S+?)>?");
    /**
     * An address printed without its scheme ('nspcc.li/cr5701', 'www.example.org.uk/reviews/child-a'): a host of dotted
     * names ending in a top-level domain, then a path; only after a document's name and a colon, where it is the link.
     */
    private static final Pattern SCHEMELESS_URL = Pattern.compile(
            "((?:[a-z0-9](?:[a-z0-9-]{0,62})\\.)+[a-z]{2,24}/[^\\s<>]*[^\\s<>.,;:])", Pattern.CASE_INSENSITIVE);
    // compiled once: link() is asked of every line, and of each unit as it grows
    private static final Pattern QUOTE_MARK = Pattern.compile("^>\\s*");
    private static final Pattern LIST_MARKER = Pattern.compile(LIST_MARKER_BEFORE_LINK);
    /**
     * A pictograph before a link's words (a pointing hand, an arrow or a document before 'Read practice review (PDF):
     * url'): where there is no link markup (a social post) a picture points at the link; it is decoration, not words.
     */
    private static final Pattern PICTOGRAPH_BEFORE = Pattern.compile(
            "^[" + BulletGlyphs.PICTOGRAPHS + "\u27a1\u25b6]\\s*(?=\\S)");
    private static final Pattern TEXT_BEFORE_URL_END = Pattern.compile("[:\\-\u2013\\s<(\\[]+$");
    private static final Pattern URL_CLOSE = Pattern.compile("[>)]+$");
    private static final Pattern PREFIX_PUNCTUATION_END = Pattern.compile("[:\\-\u2013]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final DigestGrammar grammar;
    /** The words before a link's own words, with an optional colon or dash ("Other resources: "). */
    private final Pattern linkPrefixWords;
    /** A document's name as the link's label, before a colon ("Full report: Read ..."), as a definition list's term. */
    private final Pattern documentLabelWords;

    LinkShapes(DigestGrammar grammar) {
        this.grammar = grammar;
        this.linkPrefixWords = Pattern.compile("(?:" + grammar.linkPrefix.pattern() + ")\\s*[:\\-\u2013]?\\s+",
                Pattern.CASE_INSENSITIVE);
        this.documentLabelWords = Pattern.compile("(?:" + grammar.linkDocuments.pattern() + ")\\s*:\\s+",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * A report link line: "Other resources [Read ...](#)", "> Read the overview report", "[Overview
     * report (PDF)](url)", a line that is only a URL, or the same words left as plain text when a web
     * page was copied ("Other resources: Read practice review (PDF)").
     */
    Link link(String line) {
        // a list item that is only the link ("- [Read the overview report](url)") is the link line, as a paragraph is
        String t = LIST_MARKER.matcher(QUOTE_MARK.matcher(line.strip()).replaceFirst("")).replaceFirst("");
        if (!t.isEmpty() && (Character.isHighSurrogate(t.charAt(0)) || t.charAt(0) == '\u27a1' || t.charAt(0) == '\u25b6')) {
            t = PICTOGRAPH_BEFORE.matcher(t).replaceFirst("");
        }
        Matcher md = MARKDOWN_LINK.matcher(t);
        if (md.find()) {
            String before = t.substring(0, md.start()).strip();
            // more links after the first ("... [Read executive summary (PDF)](#)") are other versions of the report
            String after = MORE_LINKS.matcher(t.substring(md.end())).replaceAll("").strip();
            after = NOTE_AFTER_LINK.matcher(after).replaceFirst("");
            boolean prefixOk = before.isEmpty() || isLinkPrefix(before) || isDocumentLabel(before);
            // "[> Read the overview report](url)": a web page's arrow kept inside the link
            String words = QUOTE_MARK.matcher(md.group(1).strip()).replaceFirst("");
            if (prefixOk && after.isEmpty() && (isLinkWording(words) || isDocumentName(words))) {
                return new Link(words, md.group(2));
            }
            return null;
        }
        Matcher bare = BARE_URL.matcher(t);
        if (bare.matches()) {
            return new Link(bare.group(1), bare.group(1));
        }
        Link labelled = documentLabelBeforeUrl(t);
        if (labelled != null) {
            return labelled;
        }
        String rest = withoutLinkPrefix(t);
        // a bare document name needs a link, a link prefix or a file note: "practice review" alone is a wrapped title's end
        boolean named = isDocumentName(rest) && (!rest.equals(t) || FILE_NOTE.matcher(t).find());
        t = rest;
        if ((isLinkWording(t) || named) && !t.endsWith(".")) {
            Matcher url = URL.matcher(t);
            if (url.find()) {
                String text = TEXT_BEFORE_URL_END.matcher(t.substring(0, url.start())).replaceAll("").strip();
                String target = URL_CLOSE.matcher(url.group(1)).replaceAll("");
                return new Link(text.isEmpty() ? target : text, target);
            }
            return new Link(t, null);
        }
        return null;
    }

    /**
     * "Full review: https://...": a document's name and a colon before its bare address, the way a plain-text digest
     * gives the report's link, or before an address printed without its scheme ("Full review: nspcc.li/cr5701", a
     * printed page's short link); null for any other line.
     */
    private Link documentLabelBeforeUrl(String text) {
        Matcher label = documentLabelWords.matcher(text);
        if (!label.lookingAt()) {
            return null;
        }
        String address = text.substring(label.end()).strip();
        Matcher url = BARE_URL.matcher(address);
        if (!url.matches()) {
            url = SCHEMELESS_URL.matcher(address);
        }
        return url.matches() ? new Link(PREFIX_PUNCTUATION_END.matcher(text.substring(0, label.end()).strip())
                .replaceAll("").strip(), url.group(1)) : null;
    }

    /** "Other resources" alone on a line: the heading of the link line under it. */
    boolean isLinkPrefixOnly(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.endsWith(".") && isLinkPrefix(t);
    }

    private boolean isLinkPrefix(String text) {
        return grammar.linkPrefix.matcher(PREFIX_PUNCTUATION_END.matcher(text).replaceAll("").strip()).matches();
    }

    /** "Full report:" or "Full report" before a link: the document's name as the link's label. */
    private boolean isDocumentLabel(String text) {
        return isDocumentName(PREFIX_PUNCTUATION_END.matcher(text.replace("**", "")).replaceAll("").strip());
    }

    /** "Other resources: Read ..." or "Full report: Read ..." -> "Read ..."; the text itself when it has no such prefix. */
    private String withoutLinkPrefix(String text) {
        for (Pattern words : List.of(linkPrefixWords, documentLabelWords)) {
            Matcher prefix = words.matcher(text);
            if (prefix.lookingAt()) {
                String rest = text.substring(prefix.end()).strip();
                if (isLinkWording(rest) || isDocumentName(rest)) {
                    return rest;
                }
            }
        }
        return text;
    }

    /** The link of a heading that is itself a link ("### [2025 - X - Child Y](url)"), or null. */
    static Link headingLink(String heading) {
        Matcher md = MARKDOWN_LINK.matcher(heading);
        return md.find() ? new Link(md.group(1).strip(), md.group(2)) : null;
    }

    /** The whole text names a report: "Overview report (PDF)", "Executive summary (PDF, 1.2 MB)". */
    private boolean isDocumentName(String text) {
        return grammar.linkDocuments.matcher(text.strip()).matches();
    }

    /** "Read the overview report": a link verb, a few words, one of them naming a document. */
    private boolean isLinkWording(String text) {
        String t = text.strip();
        if (!grammar.linkVerbs.matcher(t).lookingAt() || SPACES.split(t).length > grammar.linkMaxWords) {
            return false;
        }
        for (String word : NON_LETTERS.split(t.toLowerCase(java.util.Locale.ROOT))) {
            if (grammar.linkNouns.contains(word)) {
                return true;
            }
        }
        return URL.matcher(t).find();
    }
}
