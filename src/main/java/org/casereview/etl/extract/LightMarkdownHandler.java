package org.casereview.etl.extract;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.guard.LimitExceededException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.casereview.etl.digest.DigestTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into "light markdown", so that one entry grammar reads every format:
 * {@code # } headings, {@code - } list items, a blank line between paragraphs, {@code **bold**}
 * and {@code [text](href)} links. Page furniture (scripts, menus, cookie banners) is left out.
 * There is no length limit (unlike Tika's BodyContentHandler).
 */
final class LightMarkdownHandler extends DefaultHandler {

    /** A class or id naming a page's masthead (split on '-', '_' and spaces); a cookie banner is none. */
    private static final java.util.regex.Pattern MASTHEAD = java.util.regex.Pattern.compile(
            "(?i)(?:^|[\\s_-])masthead(?:$|[\\s_-])");
    /** Masthead text kept at most: a name and a date line. */
    private static final int MAX_MASTHEAD_CHARS = 500;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote",
            "table", "tr", "td", "th", "pre", "address", "figure", "figcaption", "dl", "dd", "dt", "ul", "ol", "body",
            "caption", "details", "summary", "fieldset", "hr");
    private static final Set<String> CONTENT_CONTAINERS = Set.of("main", "article", "section");
    /** Elements outside {@link #BLOCKS} that start a block of their own (an unshown one is a part of the page). */
    private static final Set<String> OTHER_BLOCKS = Set.of("li", "header", "footer");

    private static final char LINE_BREAK = '\u2028';

    /** Documents inside documents ({@code <iframe srcdoc>} in a srcdoc) read at most this deep. */
    private static final int MAX_FRAME_DEPTH = 3;

    private final HtmlNoiseRules rules;
    private final boolean keepLineBreaks;
    private final UnaryOperator<String> links;
    private final FrameReader frames;
    private int frameDepth;
    private final DefinitionListFields definitionFields = new DefinitionListFields();
    private final ScriptShownParts shown = new ScriptShownParts();
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder block = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private final Deque<Integer> linkStarts = new ArrayDeque<>();
    private final Deque<String> linkTargets = new ArrayDeque<>();
    /** Depths ({@link #open}'s size) of open disclosure buttons outside headings, each a paragraph of its own. */
    private final Deque<Integer> triggerDepths = new ArrayDeque<>();
    /** Depths ({@link #open}'s size) of open generic blocks laid out inline by their style ({@link InlineStyledBlocks}). */
    private final Deque<Integer> inlineDepths = new ArrayDeque<>();
    /** An inline-laid-out block just ended: the line end Tika's XHTML writer puts after every {@code div} is no text. */
    private boolean afterInlineBlock;
    private boolean itemParagraphs;
    private String emptyLinkTarget;
    private int emptyLinkStart;
    private final Deque<Integer> boldStarts = new ArrayDeque<>();
    /** Open phrasing elements laid out as blocks or list items by their style ({@link BlockStyledInlines}). */
    private final Deque<StyledBlock> styledBlocks = new ArrayDeque<>();
    /** Depth of the open element whose style keeps its text's line ends ({@link StyledLineEnds}); 0 outside one. */
    private int lineEndsDepth;
    /** Open {@code sup} elements, and how many were opened in all: a link holding or inside one is a superscript. */
    private int supOpen;
    private int supStarts;
    private final Deque<LinkMark> linkMarks = new ArrayDeque<>();
    private final TabTitles tabs = new TabTitles();
    private final List<List<String>> tableRows = new ArrayList<>();
    private List<String> tableRow = new ArrayList<>();
    private int tableDepth;
    private int tableStart;
    private int cellStart;
    private String blockPrefix = "";
    private boolean lastWasListItem;
    private int skipDepth;
    /** Depth ({@link #open}'s size) of the open {@code <pre>}, whose line breaks and indentation are text; 0 outside one. */
    private int preDepth;
    /** Depth of {@link #skipDepth} at which a masthead dropped as furniture started; 0 outside one. */
    private int mastheadDepth;
    /** The text of the page's mastheads dropped as furniture, for the month it names ({@link #mastheadText()}). */
    private final StringBuilder masthead = new StringBuilder();
    /** Depth of an open page header whose text but its headings is dropped at its end; 0 outside one. */
    private int headingsOnlyDepth;
    private int headingsOnlyStart;
    /** Depth of an open block in another language than English ({@link TranslationRegions}); 0 outside one. */
    private int translationDepth;
    /** Level of the last heading started (0 before any): a tab panel's title goes one under it. */
    private int headingLevel;
    /** The last tab title written as a heading and where it ended: a panel's own heading repeating it is left out. */
    private String tabHeading;
    private int tabHeadingEnd = -1;

    /**
     * @param keepLineBreaks true for PDF text, whose line breaks inside a paragraph are kept
     *                       (the grammar joins wrapped lines); false for HTML/DOCX, whose whitespace collapses
     */
    LightMarkdownHandler(HtmlNoiseRules rules, boolean keepLineBreaks) {
        this(rules, keepLineBreaks, UnaryOperator.identity());
    }

    /** @param links what each link's target is read as (a saved page's relative links resolved, {@link WebArchive}) */
    LightMarkdownHandler(HtmlNoiseRules rules, boolean keepLineBreaks, UnaryOperator<String> links) {
        this(rules, keepLineBreaks, links, (html, into) -> { });
    }

    /** @param frames reads the HTML document an {@code <iframe srcdoc>} shows into this handler, where the frame stands */
    LightMarkdownHandler(HtmlNoiseRules rules, boolean keepLineBreaks, UnaryOperator<String> links, FrameReader frames) {
        this.rules = rules;
        this.keepLineBreaks = keepLineBreaks;
        this.links = links;
        this.frames = frames;
    }

    /** Reads an HTML document's markup into a handler (its events as the page's own, in order). */
    @FunctionalInterface
    interface FrameReader {
        void read(String html, LightMarkdownHandler into);
    }

    String markdown() {
        flushBlock(false);
        shown.dropUnnamed(out);
        return TranslationRegions.resolve(out.toString());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        afterInlineBlock = false;
        String tag = name(localName, qName);
        shown.named(rules.namedBy(atts));
        boolean unshown = !tag.equals("html") && !tag.equals("body") && UnshownElements.isUnshown(atts);
        boolean scriptShown = rules.isScriptShown(tag) && !isShadowRoot(tag, atts);
        boolean part = scriptShown || unshown && isBlockLevel(tag);
        readFrame(tag.equals("iframe") && skipDepth == 0 && !unshown ? atts.getValue("srcdoc") : null);
        if (isLeftOut(tag, atts, unshown, part)) {
            skipDepth++;
            if (mastheadDepth == 0 && isMasthead(atts)) {
                mastheadDepth = skipDepth;
            }
            return;
        }
        shown.id(atts.getValue("id"));
        tabs.titleOf(atts.getValue("id"), rules.panelLabel(atts)).ifPresent(this::writeTabTitle);
        if (scriptShown) {
            flushBlock(false);
            open.push(tag);
            shown.open(open.size(), out.length(), atts.getValue("id"));
            return;
        }
        if (part) {
            // an unshown block: written where it stands, taken out at the end unless something names it
            flushBlock(false);
            shown.open(open.size() + 1, out.length(), atts.getValue("id"));
        }
        startTranslation(tag, atts);
        if (rules.isDisclosureTrigger(tag, atts) && !insideHeading()) {
            flushBlock(false);
            triggerDepths.push(open.size() + 1);
        }
        boolean headingsOnly = headingsOnlyDepth == 0 && rules.keepsOnlyHeadings(tag, insideContent());
        open.push(tag);
        startStyled(tag, atts);
        if (headingsOnly) {
            flushBlock(false);
            headingsOnlyDepth = open.size();
            headingsOnlyStart = out.length();
        }
        startContent(tag, atts);
    }

    /** What an element that is read starts: a heading, a list item, a block, a break, bold words or a link. */
    private void startContent(String tag, Attributes atts) {
        if (isHeading(tag)) {
            flushBlock(false);
            headingLevel = tag.charAt(1) - '0';
            blockPrefix = "#".repeat(headingLevel) + " ";
        } else if (tag.equals("li")) {
            flushBlock(false);
            blockPrefix = "- ";
        } else if (InlineStyledBlocks.isInline(tag, atts)) {
            inlineDepths.push(open.size());
        } else if (BLOCKS.contains(tag)) {
            startBlock(tag);
        } else if (tag.equals("br")) {
            block.append(LINE_BREAK);
        } else if (tag.equals("b") || tag.equals("strong")) {
            block.append("**");
            boldStarts.push(block.length());
        } else if (tag.equals("a")) {
            linkStarts.push(block.length());
            String href = atts.getValue("href");
            linkTargets.push(href == null ? "" : links.apply(href.trim()));
            linkMarks.push(new LinkMark(supStarts, supOpen > 0, NoteReferences.isNamed(atts)));
        } else if (tag.equals("sup")) {
            supOpen++;
            supStarts++;
        }
    }

    /** A phrasing element its style makes a block or a list item starts a line; a style keeping line ends is noted. */
    private void startStyled(String tag, Attributes atts) {
        if (lineEndsDepth == 0 && preDepth == 0 && StyledLineEnds.keeps(atts)) {
            lineEndsDepth = open.size();
        }
        BlockStyledInlines.Layout layout = BlockStyledInlines.of(tag, atts);
        if (layout == BlockStyledInlines.Layout.INLINE) {
            return;
        }
        flushBlock(false);
        styledBlocks.push(new StyledBlock(open.size(), layout == BlockStyledInlines.Layout.LIST_ITEM));
        if (layout == BlockStyledInlines.Layout.LIST_ITEM) {
            blockPrefix = "- ";
        }
    }

    /** The styled block ending with the element at the current depth (taken off its stack), or null. */
    private StyledBlock endStyled(String tag) {
        if (tag.equals("sup") && supOpen > 0) {
            supOpen--;
        }
        if (lineEndsDepth >= open.size()) {
            lineEndsDepth = 0;
        }
        return !styledBlocks.isEmpty() && styledBlocks.peek().depth() == open.size() ? styledBlocks.pop() : null;
    }

    /** A phrasing element laid out as a block, at its depth in {@link #open}; a list item one when its style says so. */
    private record StyledBlock(int depth, boolean listItem) {
    }

    /** What a link's start knew for a note reference: the {@code sup}s opened before it, inside one, named one. */
    private record LinkMark(int supStartsBefore, boolean insideSup, boolean named) {
    }

    /**
     * Whether the element and everything in it is left out: furniture, a tab's title (written at its panel), an icon in
     * a button, unshown words inside a block nothing can name ({@code part} false), or a part inside another part, a
     * table or a page header (parts do not nest).
     */
    private boolean isLeftOut(String tag, Attributes atts, boolean unshown, boolean part) {
        return tabs.open(rules.isTab(atts), rules.namedBy(atts), atts.getValue("id"), skipDepth + 1, headingLevel)
                || skipDepth > 0 || rules.isNoise(tag, atts, insideContent(), insideHeading())
                || rules.isHiddenFromTriggerName(open, atts)
                || unshown && !part && atts.getValue("id") == null
                || part && (shown.inside() || tableDepth > 0 || headingsOnlyDepth > 0);
    }

    private void startBlock(String tag) {
        // a word processor's list item holds its text as a paragraph (ODF's <text:list-item><text:p>): still the item
        String itemPrefix = itemParagraphs && blockPrefix.equals("- ") && block.toString().isBlank() ? blockPrefix : "";
        flushBlock(false);
        blockPrefix = itemPrefix.isEmpty() ? blockPrefix : itemPrefix;
        startTablePart(tag);
        startDefinitionPart(tag);
        if (tag.equals("pre") && preDepth == 0) {
            preDepth = open.size();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            tabs.close(skipDepth);
            if (skipDepth == mastheadDepth) {
                mastheadDepth = 0;
                masthead.append('\n');
            }
            skipDepth--;
            return;
        }
        String tag = name(localName, qName);
        boolean closesPart = shown.closesAt(open.size());
        if (closesPart && rules.isScriptShown(tag)) {
            flushBlock(false);
            open.pop();
            shown.close(out.length());
            return;
        }
        if (headingsOnlyDepth > 0 && open.size() == headingsOnlyDepth) {
            keepOnlyHeadings();
        }
        if (!triggerDepths.isEmpty() && triggerDepths.peek() == open.size()) {
            triggerDepths.pop();
            flushBlock(false);
        }
        boolean inline = !inlineDepths.isEmpty() && inlineDepths.peek() == open.size() && inlineDepths.pop() != null;
        afterInlineBlock = inline;
        StyledBlock styled = endStyled(tag);
        if (!open.isEmpty()) {
            open.pop();
        }
        if (isHeading(tag)) {
            flushBlock(false);
        } else if (tag.equals("li")) {
            flushBlock(true);
        } else if (BLOCKS.contains(tag) && !inline) {
            flushBlock(false);
            endTablePart(tag);
            endDefinitionPart(tag);
            if (preDepth > open.size()) {
                preDepth = 0;
            }
        } else if (tag.equals("b") || tag.equals("strong")) {
            closeBold();
        } else if (tag.equals("a") && !linkStarts.isEmpty()) {
            closeLink(linkStarts.pop(), linkTargets.pop(), linkMarks.pop());
        }
        if (styled != null) {
            flushBlock(styled.listItem());
        }
        if (closesPart) {
            flushBlock(false);
            shown.close(out.length());
        }
        endTranslation();
    }

    /**
     * A {@code <template shadowrootmode="open|closed">} (the older {@code shadowroot=}): server-rendered web components
     * (Lit SSR, Stencil hydrate) write their shadow tree so, and the browser attaches it to the parent element and shows it:
     * no template a script clones.
     */
    static boolean isShadowRoot(String tag, Attributes atts) {
        return tag.equals("template") && (atts.getValue("shadowrootmode") != null || atts.getValue("shadowroot") != null);
    }

    /**
     * An inline frame's {@code srcdoc} is the whole HTML document the frame shows (a bulletin tool's preview, a sandboxed
     * embed), read where the frame stands; the frame itself, and what it shows instead, stay out as furniture.
     */
    private void readFrame(String srcdoc) {
        if (srcdoc == null || srcdoc.isBlank() || frameDepth >= MAX_FRAME_DEPTH) {
            return;
        }
        flushBlock(false);
        frameDepth++;
        try {
            frames.read(srcdoc, this);
        } finally {
            frameDepth--;
        }
        flushBlock(false);
    }

    private static boolean isBlockLevel(String tag) {
        return BLOCKS.contains(tag) || OTHER_BLOCKS.contains(tag) || isHeading(tag);
    }

    /** A block element declaring another language than English opens a marked block, unless one is open. */
    private void startTranslation(String tag, Attributes atts) {
        String lang = atts.getValue("lang") != null ? atts.getValue("lang") : atts.getValue("xml:lang");
        if (translationDepth == 0 && (BLOCKS.contains(tag) || isHeading(tag) || tag.equals("li"))
                && TranslationRegions.isOtherLanguage(lang)) {
            flushBlock(false);
            out.append(TranslationRegions.START);
            translationDepth = open.size() + 1;
        }
    }

    /** The marked block ends with its element. */
    private void endTranslation() {
        if (translationDepth > 0 && open.size() < translationDepth) {
            flushBlock(false);
            out.append(TranslationRegions.END);
            translationDepth = 0;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        afterInlineBlock = false;
        if (skipDepth == 0 && lineEndsDepth > 0 && preDepth == 0) {
            block.append(new String(ch, start, length).replaceAll("\r\n?|\n", String.valueOf(LINE_BREAK)));
            checkLimits();
        } else if (skipDepth == 0) {
            block.append(ch, start, length);
            checkLimits();
        } else {
            tabs.text(ch, start, length);
            if (mastheadDepth > 0 && masthead.length() < MAX_MASTHEAD_CHARS) {
                masthead.append(ch, start, Math.min(length, MAX_MASTHEAD_CHARS - masthead.length())).append(' ');
            }
        }
    }

    /**
     * The text of the page's masthead or banner landmark, left out as furniture ({@code class="masthead"}, {@code role="banner"}):
     * the publication's name and its issue date, what a digest says about itself.
     */
    String mastheadText() {
        return masthead.toString();
    }

    private static boolean isMasthead(Attributes atts) {
        String names = (atts.getValue("class") == null ? "" : atts.getValue("class")) + " "
                + (atts.getValue("id") == null ? "" : atts.getValue("id"));
        return "banner".equals(atts.getValue("role")) || MASTHEAD.matcher(names).find();
    }

    /** A digest is read whole into memory: its text stops growing at the digest limit, and at the deadline. */
    private void checkLimits() {
        DocumentBudget budget = DocumentBudget.current();
        budget.check();
        int max = budget.limits().maxDigestChars();
        if (out.length() + block.length() > max) {
            throw new LimitExceededException(RejectReason.TOO_LARGE, "the text is longer than the " + max
                    + " characters a digest may have");
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (!afterInlineBlock) {
            characters(ch, start, length);
        }
    }

    /** The outermost table's rows and cells are collected as its text is written, to be read as a digest table. */
    private void startTablePart(String tag) {
        if (tag.equals("table") && tableDepth++ == 0) {
            tableStart = out.length();
            tableRows.clear();
        } else if (tableDepth == 1 && tag.equals("tr")) {
            tableRow = new ArrayList<>();
        } else if (tableDepth == 1 && (tag.equals("td") || tag.equals("th"))) {
            cellStart = out.length();
        }
    }

    private void endTablePart(String tag) {
        if (tag.equals("table") && tableDepth > 0 && --tableDepth == 0) {
            DigestTable.entries(tableRows, 1).or(() -> DigestTable.titledLabelledRows(tableRows)).ifPresent(this::replaceTable);
        } else if (tableDepth == 1 && tag.equals("tr")) {
            tableRows.add(tableRow);
        } else if (tableDepth == 1 && (tag.equals("td") || tag.equals("th"))) {
            tableRow.add(out.substring(Math.min(cellStart, out.length())).replace("**", "").strip());
        }
    }

    private void startDefinitionPart(String tag) {
        if (tag.equals("dl")) {
            definitionFields.startList();
        } else if (tag.equals("dt") || tag.equals("dd")) {
            definitionFields.startPart(out.length());
        }
    }

    private void endDefinitionPart(String tag) {
        if (tag.equals("dl")) {
            definitionFields.endList(out);
        } else if (tag.equals("dt") || tag.equals("dd")) {
            definitionFields.endPart(tag.equals("dt"), out.length());
        }
    }

    /** A table whose header row names labelled sections is written as one entry per row ({@link DigestTable}). */
    private void replaceTable(String entries) {
        out.setLength(tableStart);
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        out.append(entries);
        lastWasListItem = false;
    }

    /** A tab panel opens with its tab's title as a heading ({@link TabTitles}). */
    private void writeTabTitle(TabTitles.Title title) {
        flushBlock(false);
        blockPrefix = "#".repeat(title.level()) + " ";
        block.append(title.text());
        flushBlock(false);
        tabHeading = title.text();
        tabHeadingEnd = out.length();
    }

    /** At the end of a page header: of the blocks it wrote, only the headings stay. */
    private void keepOnlyHeadings() {
        flushBlock(false);
        headingsOnlyDepth = 0;
        String written = out.substring(headingsOnlyStart);
        out.setLength(headingsOnlyStart);
        for (String part : written.split("\n\n+")) {
            if (part.startsWith("#")) {
                out.append(out.isEmpty() ? "" : "\n\n").append(part);
            }
        }
        lastWasListItem = false;
    }

    private void closeLink(int start, String href, LinkMark mark) {
        if (start > block.length()) {
            return;
        }
        String text = block.substring(start).strip();
        boolean superscript = mark.insideSup() || supStarts > mark.supStartsBefore();
        if (rules.isPermalinkText(text) || NoteReferences.isNoteMark(text, href, superscript, mark.named())) {
            block.setLength(start); // a heading's permalink (Sphinx's '\u00b6') or a note's mark: no word of the text
            return;
        }
        if (!keepLineBreaks) {
            // a source line break inside the link's words (Word wraps its HTML at 76 columns) is a space; <br> is not
            text = text.replaceAll("[ \\t\\n\\r\\f\\x0B]+", " ");
        }
        boolean usable = !href.isEmpty() && !href.toLowerCase(Locale.ROOT).startsWith("javascript:");
        // preformatted text is plain text: its links (a list archive's, made from the addresses in a message) stay
        // the words the text shows, as in the same message saved as text
        if (text.isEmpty() && usable && itemParagraphs) {
            emptyLinkStart = start;
            emptyLinkTarget = href;
        }
        if (text.isEmpty() || !usable || text.contains("\n") || isTypedAddress(text, href) || preDepth > 0) {
            return;
        }
        block.setLength(start);
        block.append('[').append(text).append("](").append(href.replace(" ", "%20")).append(')');
    }

    /**
     * A mail client's link made from an address typed in angle brackets in a plain-text message ('Read the review (PDF)
     * &lt;https://...&gt;', Thunderbird's {@code moz-txt-link-rfc2396E}): its text is its own address, so it stays as the
     * message showed it and the line reads as the same line in plain text does (the words, then the address).
     */
    static boolean isTypedAddress(String text, String href) {
        return text.length() > 2 && text.charAt(0) == '<' && text.charAt(text.length() - 1) == '>'
                && text.substring(1, text.length() - 1).strip().equals(href);
    }

    /** The words after an anchor written empty, to the block's end, as that anchor's link (see wordProcessorOutput). */
    private void linkEmptyAnchorWords() {
        String target = emptyLinkTarget;
        emptyLinkTarget = null;
        if (target == null || emptyLinkStart > block.length()) {
            return;
        }
        String words = block.substring(emptyLinkStart).strip();
        if (!words.isEmpty() && !words.contains("](")) {
            block.setLength(emptyLinkStart);
            block.append('[').append(words).append("](").append(target.replace(" ", "%20")).append(')');
        }
    }

    /** Bold that holds nothing (an RTF's bold switched on and off between runs) shows nothing. */
    private void closeBold() {
        int start = boldStarts.isEmpty() ? -1 : boldStarts.pop();
        if (start == block.length() && start >= 2) {
            block.setLength(start - 2);
        } else {
            block.append("**");
        }
    }

    /**
     * Reads Tika's output of a word processor's file (RTF, ODF): a paragraph that opens a list item is the item (ODF's
     * items are paragraphs), and a link written empty before the words it shows is a link of those words (Tika's RTF
     * reader closes a {@code HYPERLINK} field's anchor before its result text).
     */
    void wordProcessorOutput() {
        itemParagraphs = true;
    }

    private void flushBlock(boolean listItem) {
        linkEmptyAnchorWords();
        String text = tidy(block.toString());
        block.setLength(0);
        linkStarts.clear();
        linkTargets.clear();
        linkMarks.clear();
        String prefix = blockPrefix;
        blockPrefix = "";
        if (text.replace("**", "").isBlank()
                || prefix.startsWith("#") && out.length() == tabHeadingEnd && text.equals(tabHeading)) {
            return; // nothing, or a panel's own heading repeating its tab's title
        }
        if (prefix.isEmpty() && !text.isEmpty() && rules.isBulletChar(text.charAt(0))) {
            text = text.substring(1).strip();
            prefix = "- ";
            listItem = true;
        }
        if (!out.isEmpty()) {
            out.append(listItem && lastWasListItem ? "\n" : "\n\n");
        }
        out.append(prefix).append(text);
        lastWasListItem = listItem;
    }

    private String tidy(String raw) {
        if (preDepth > 0) {
            return PreformattedText.tidy(MailBody.withoutSignature(raw.replace(LINE_BREAK, '\n')));
        }
        String s = raw.replace('\u00a0', ' ');
        if (keepLineBreaks) {
            s = s.replace(LINE_BREAK, '\n');
        }
        if (!keepLineBreaks) {
            // source line breaks are plain whitespace in HTML; only <br> breaks a line
            return s.replaceAll("\\s+", " ").strip().replaceAll(" ?" + LINE_BREAK + " ?", "\n").strip();
        }
        StringBuilder lines = new StringBuilder();
        for (String line : s.split("\\R")) {
            String t = line.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (!t.isEmpty() && rules.isBulletChar(t.charAt(0)) && t.length() > 1) {
                t = "- " + t.substring(1).strip();
            }
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(t);
        }
        // keep a blank line where the PDF had one; drop leading/trailing blank lines
        return lines.toString().replaceAll("\\n{3,}", "\n\n").strip();
    }

    private boolean insideContent() {
        return open.stream().anyMatch(CONTENT_CONTAINERS::contains);
    }

    private boolean insideHeading() {
        return open.stream().anyMatch(LightMarkdownHandler::isHeading);
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }
}
