package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.SectionType;

/**
 * Splits a section's blocks into single items: labelled items ("Recommendation 3:", "R3",
 * "Learning point 2"), list entries (numbers, bullets) and table rows in sections or under
 * sub-headings that hold items, and bold call-out paragraphs of findings (learning). Prose
 * paragraphs give no items.
 */
final class ItemSplitter {

    private static final int MIN_CALLOUT_WORDS = 6;
    private static final Pattern QUOTE_OPENING = Pattern.compile("[\"'\u2018\u201c]");
    private static final int MIN_ITEM_WORDS = 3;
    private static final int MAX_LEAD_IN_WORDS = 8;
    /** A list entry is set apart by its marker: its bold lead may be a whole sentence. */
    private static final int MAX_ENTRY_LEAD_IN_WORDS = 16;
    /** A lead-in that ends by announcing a list: the paragraphs after it are its items (shaded boxes, no markers). */
    static final Pattern ANNOUNCES = Pattern.compile(
            "(?i)\\bthe following(?: \\w+){0,3}[.:]$|(?:learning|lessons|recommendations|points|themes) (?:are|were|is)"
            + "(?: as follows)?:$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,2} +\\p{Lu}");
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)\\b(" + Vocabulary.layout("request_words") + ")\\b");
    private static final Pattern COMMITMENT = Pattern.compile(
            "(?i)^(" + Vocabulary.layout("commitment_words") + ")\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.:]$");
    private static final Pattern HEADING_NUMBER = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s");
    private static final Pattern LEAD_IN_END = Pattern.compile("[.:]$");
    /** A finding's own number as its bold term: 'Finding 3', 'Key finding 2.1:', 'Sub-finding 1.2.' */
    private static final Pattern NUMBERED_FINDING =
            Pattern.compile("(?i)(?:key |sub-)?finding \\d+(?:\\.\\d+)*[.:]?");
    /** Type this many times the size of a list entry's is display type (a pull quote), not the entry's text. */
    private static final float PULL_QUOTE_SIZE_RATIO = 1.25f;
    /** A finding's number opening a sub-heading: 'Finding 1:', 'Key finding 2.1 -', 'Finding 3.' */
    private static final Pattern NUMBERED_FINDING_TITLE =
            Pattern.compile("(?i)(?:key |sub-)?finding \\d+(?:\\.\\d+)*(?:[.:\u2013\u2014-]|\\s|$)");
    /** A key practice episode's number leading a paragraph: 'KPE 2', 'Key practice episode 3', 'Episode 4'. */
    private static final Pattern EPISODE_NUMBER =
            Pattern.compile("(?i)(?:key practice episode|practice episode|kpe|episode)\\s?\\d+\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]$");
    private static final Pattern ENDED = Pattern.compile("[.!?;:]['\"\u2019\u201d)]?$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A list's first entry: "1." or "1)" before its text. */
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\(?1[.)]\\s");
    /** Between two sentences: a stop, one run of spaces, a capital. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** "of 3" after an item's number in a heading: "Learning point 1 of 3". */
    private static final Pattern OF_TOTAL = Pattern.compile("(?i)\\s+of\\s+\\d{1,2}$");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s:.)\u2013\u2014-]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(\\(?[A-Z]{0,3}\\d{1,2}(\\.\\d{1,3})*[.):]?|\\(?[a-z][.)])\\s+");
    /** A point standing as its own paragraph is short: a sentence or two. */
    private static final int MAX_POINT_WORDS = 45;
    private static final int MAX_POINT_LINES = 4;
    /** A label line is set at least this much smaller than the text it labels. */
    private static final float LABEL_SIZE_STEP = 0.5f;

    /** A bold item label inside a paragraph: the kind it names, its words as printed, the page it stands on. */
    private record InsideLabel(SectionType type, Pattern pattern, int page) {
    }

    /** An item found, before numbering. */
    record Found(SectionType type, String text, int page) {
    }

    /** Points set apart from the running text start this far right of its margin (an icon column beside them). */
    private static final float POINT_INDENT = 12f;
    /** Rows beside pictures: from one point's last baseline to the next point's first, at least this many font sizes. */
    private static final float ROW_GAP = 3.5f;

    private final SectionTyper typer;
    private final ItemLabels labels;
    /** Where the document's running text starts; NaN when not known. */
    private final float textMargin;
    /** The report has a recommendations section of its own: questions it puts to the partnership are no items. */
    private final boolean ownRecommendations;
    /** The report has a learning section of its own: its findings' paragraphs led in bold are findings, not learning. */
    private final boolean ownLearning;

    ItemSplitter(SectionTyper typer, ItemLabels labels) {
        this(typer, labels, Float.NaN, false);
    }

    ItemSplitter(SectionTyper typer, ItemLabels labels, float textMargin) {
        this(typer, labels, textMargin, false);
    }

    ItemSplitter(SectionTyper typer, ItemLabels labels, float textMargin, boolean ownRecommendations) {
        this(typer, labels, textMargin, ownRecommendations, false);
    }

    ItemSplitter(SectionTyper typer, ItemLabels labels, float textMargin, boolean ownRecommendations,
                 boolean ownLearning) {
        this.typer = typer;
        this.labels = labels;
        this.textMargin = textMargin;
        this.ownRecommendations = ownRecommendations;
        this.ownLearning = ownLearning;
    }

    List<Found> split(SectionType sectionType, String heading, List<Block> blocks) {
        SectionType sectionContext = sectionType.hasItems() ? sectionType : typer.itemType(heading).orElse(null);
        List<Block> body = blocks.subList(0, EndNotes.start(blocks));
        Pass pass = new Pass(sectionType, sectionContext, describedTerms(body, heading), labelledPoints(sectionType, body),
                heading, unmarkedEntries(body));
        for (Block block : body) {
            if (EndNotes.isNote(block)) {
                pass.closeOpen();
            } else {
                pass.take(block);
            }
        }
        List<Found> found = pass.finish();
        // good practice told in numbered prose paragraphs is description, not items (the corpus convention)
        if (found.isEmpty() && (sectionContext == SectionType.RECOMMENDATIONS || sectionContext == SectionType.LEARNING)) {
            found = numberedParagraphs(body, sectionContext);
        }
        if (found.isEmpty() && sectionType.hasItems() && !Float.isNaN(textMargin)) {
            found = separatePoints(body, sectionType);
        }
        if (found.isEmpty() && sectionType.hasItems()) {
            found = pointUnderItsLabel(sectionType, heading, body);
        }
        if (found.isEmpty() && sectionType.hasItems()) {
            found = numberedTiles(sectionType, body);
        }
        if (found.isEmpty() && sectionType.hasItems()) {
            found = cardItems(sectionType, body);
        }
        if (found.isEmpty() && sectionType.hasItems()) {
            found = TermsOverText.items(body).stream().map(e -> new Found(sectionType, TextRepair.clean(e.text()), e.page()))
                    .filter(f -> SPACES.split(f.text()).length >= MIN_ITEM_WORDS).toList();
        }
        return found;
    }

    /**
     * Paragraphs each in a card of a grid of filled boxes ({@link FilledCards}), two cards or more: each card's text is
     * one item of the section's kind (a grid of learning cards), the text outside the cards (a lead-in over the grid)
     * none. A card holding a heading or a table is no such point.
     */
    private static List<Found> cardItems(SectionType type, List<Block> blocks) {
        Map<Long, StringBuilder> cards = new LinkedHashMap<>();
        Map<Long, Integer> pages = new HashMap<>();
        for (Block block : blocks) {
            int card = block.first().card();
            if (card == 0) {
                continue;
            }
            if (block.heading() || block.table()) {
                return List.of();
            }
            long key = (long) block.page() << 16 | card;
            pages.putIfAbsent(key, block.page());
            cards.computeIfAbsent(key, k -> new StringBuilder()).append(' ').append(block.text());
        }
        List<Found> found = new ArrayList<>();
        if (cards.size() >= 2) {
            cards.forEach((key, text) -> add(found, type, text.toString().strip(), pages.get(key)));
        }
        return found;
    }

    /**
     * Tiles each headed by a bare number ("1", "2", "3" running on) set larger than the one paragraph under it,
     * the paragraph starting at the number's x and reading as a sentence: each paragraph is one item of the
     * section's kind (a briefing's numbered boxes). A lead-in ending with a colon may go first; any other
     * paragraph, a number out of turn or one over two paragraphs leaves the section prose.
     */
    private List<Found> numberedTiles(SectionType type, List<Block> blocks) {
        int start = !blocks.isEmpty() && blocks.get(0).text().strip().endsWith(":") ? 1 : 0;
        int pairs = (blocks.size() - start) / 2;
        if (pairs < 2 || (blocks.size() - start) % 2 != 0) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            Block number = blocks.get(start + 2 * p);
            Block point = blocks.get(start + 2 * p + 1);
            String text = point.text().strip();
            boolean under = !point.table() && !point.heading() && Math.abs(point.first().x() - number.first().x()) < 2
                    && number.first().fontSize() >= point.first().fontSize() + LABEL_SIZE_STEP;
            boolean sentence = point.words() >= MIN_ITEM_WORDS && Character.isUpperCase(text.charAt(0))
                    && ENDED.matcher(text).find() && (type != SectionType.RECOMMENDATIONS || REQUEST.matcher(text).find());
            if (!isTileNumber(number, p + 1) || !under || !sentence) {
                return List.of();
            }
            add(found, type, text, point.page());
        }
        return found;
    }

    private static boolean isTileNumber(Block block, int expected) {
        String text = block.text().strip();
        return block.lines().size() == 1 && !block.table() && text.equals(String.valueOf(expected));
    }

    /**
     * A heading that is one numbered item's label of the section's kind ("Learning point 2 of 3", "Recommendation 4")
     * over a single paragraph that is a sentence: the heading names the item, the paragraph is its text (a slide or
     * page a point, set large enough that it may have been taken for a sub-heading).
     */
    private List<Found> pointUnderItsLabel(SectionType type, String heading, List<Block> blocks) {
        if (blocks.size() != 1 || blocks.get(0).table() || blocks.get(0).words() < MIN_CALLOUT_WORDS) {
            return List.of();
        }
        String named = OF_TOTAL.matcher(heading.strip()).replaceFirst("");
        Optional<ItemLabels.Label> label = labels.label(named);
        boolean namesOne = label.isPresent() && label.get().type() == type && labels.bareLabel(named).isEmpty()
                && stripSeparators(named.substring(label.get().length())).isEmpty();
        String text = blocks.get(0).text().strip();
        if (!namesOne || text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || !ENDED.matcher(text).find()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        add(found, type, text, blocks.get(0).page());
        return found;
    }

    /**
     * A section of items with no marker, label, number or bold at all, whose paragraphs are each one short
     * point in one style, set right of the running text's margin (rows beside picture icons, a card per
     * point): each paragraph is an item. A lead-in ending with a colon may go first; one paragraph that is
     * prose (longer, in another place or style, not a sentence, in recommendations one asking or committing to
     * nothing) leaves the whole section prose, and so do paragraphs at the margin, unless they stand in rows set far
     * apart (an easy read's pictures beside every row, all its text at one margin).
     */
    private List<Found> separatePoints(List<Block> blocks, SectionType type) {
        List<Block> points = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.heading() || block.table()) {
                return List.of();
            }
            if (!points.isEmpty() || !leadIn(block, blocks.subList(b + 1, blocks.size()))) {
                points.addAll(block.first().x() >= textMargin + POINT_INDENT ? SentenceRuns.split(block)
                        : List.of(block));
            }
        }
        if (points.size() < 2 || points.get(0).first().x() < textMargin + POINT_INDENT && !inRows(points)) {
            return List.of();
        }
        TextLine first = points.get(0).first();
        for (Block point : points) {
            String text = point.text().strip();
            boolean alike = Math.abs(point.first().x() - first.x()) < 2
                    && Math.abs(point.first().fontSize() - first.fontSize()) < 0.3f && !point.first().bold();
            boolean brief = point.lines().size() <= MAX_POINT_LINES && point.words() <= MAX_POINT_WORDS;
            boolean sentence = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && ENDED.matcher(text).find()
                    && (type != SectionType.RECOMMENDATIONS || REQUEST.matcher(text).find()
                    || COMMITMENT.matcher(text).find());
            if (!alike || !brief || !sentence) {
                return List.of();
            }
        }
        List<Found> found = new ArrayList<>();
        points.forEach(point -> add(found, type, point.text(), point.page()));
        return found;
    }

    /**
     * The paragraph before the points: it ends with a colon, or it stands at the running text's margin with every
     * paragraph after it set in from it (the points indented under the sentence that introduces them).
     */
    private boolean leadIn(Block block, List<Block> after) {
        float x = block.first().x();
        return block.text().strip().endsWith(":") || x < textMargin + POINT_INDENT && !after.isEmpty()
                && after.stream().allMatch(b -> b.first().x() >= x + POINT_INDENT);
    }

    /** Each point after another on its page starts far below it, as rows beside pictures are; one pair at least. */
    private static boolean inRows(List<Block> points) {
        int pairs = 0;
        for (int i = 1; i < points.size(); i++) {
            TextLine last = points.get(i - 1).lines().get(points.get(i - 1).lines().size() - 1);
            TextLine next = points.get(i).first();
            if (last.page() != next.page()) {
                continue;
            }
            if (next.y() - last.y() < ROW_GAP * next.fontSize()) {
                return false;
            }
            pairs++;
        }
        return pairs > 0;
    }

    /**
     * One walk over a section's blocks. Each kind of block has its own method, tried in order;
     * the first that takes the block ends its turn, and a block none takes may be a call-out.
     */
    private final class Pass {
        private final SectionType sectionType;
        private final SectionType sectionContext;
        private final List<Found> found = new ArrayList<>();
        /** The item type list entries and table rows get here: the section's, or a sub-heading's. */
        private SectionType context;
        private OpenItem open;
        /** A label or box title stood alone: the next paragraph is its item. */
        private SectionType pendingLabel;
        /** The sub-heading that named the item type items get here ("4.2 Learning points"), while it holds. */
        private Block itemsHeading;
        /** A lead-in announced the items ("The review identified the following learning."): paragraphs are items. */
        private boolean announced;
        /** The kind a lead-in named for the list after it ("The learning points are:"), while that list goes on. */
        private SectionType listType;

        /** Entries of a description list (bold term, then its text): each one item where items are due. */
        private final Set<Block> terms;

        /** Paragraphs standing alone under a sub-heading that names their kind, in a findings section. */
        private final Map<Block, SectionType> points;

        /** The section's heading without its closing stop: a run-in label ("Learning.") may open the first entry. */
        private final String heading;

        /** Paragraphs that are entries of a numbered list whose numbers after the first are missing. */
        private final Set<Block> unmarked;

        /** Under a heading putting questions to the partnership, beside the report's own recommendations: no items. */
        private boolean questionsOnly;
        /** Where the open form question's cell starts (its answer stands in it); NaN outside a form's question row. */
        private float answerCell = Float.NaN;
        /** The kind of item the open form question's answer gives; null for none. */
        private SectionType answerKind;
        /** Where the answer cell of the form's last question row started; NaN before any. */
        private float formAnswers = Float.NaN;

        Pass(SectionType sectionType, SectionType sectionContext, Set<Block> terms, Map<Block, SectionType> points,
             String heading, Set<Block> unmarked) {
            this.terms = terms;
            this.unmarked = unmarked;
            this.points = points;
            this.heading = TRAILING_STOP.matcher(heading.strip()).replaceFirst("");
            this.sectionType = sectionType;
            this.sectionContext = sectionContext;
            this.context = sectionContext;
        }

        void take(Block block) {
            if (MarkupBalloons.opensWithLabel(block.text())) {
                return; // a draft's markup balloon read after the page's text: the drafters' remark, no item
            }
            boolean other = formQuestion(block) || rowLabel(block) || boxTitle(block) || subHeading(block) || labelled(block)
                    || labelsInside(block) || afterPendingLabel(block) || table(block);
            boolean taken = other || response(block) || inlineClauses(block) || listEntry(block) || formAnswer(block)
                    || unmarkedEntry(block) || continuation(block);
            if (!taken) {
                closeOpen();
                callout(block);
            } else {
                announced = false;
            }
            if (other) {
                listType = null;
            }
        }

        List<Found> finish() {
            closeOpen();
            return found;
        }

        private void closeOpen() {
            open = close(open, found);
        }

        /** "Learning" over a shaded box: the next paragraph is the item, prose or not. */
        private boolean boxTitle(Block block) {
            Optional<SectionType> title = restates(sectionType) ? Optional.empty() : labels.bareLabel(block.text());
            if (title.isEmpty()) {
                return false;
            }
            closeOpen();
            pendingLabel = title.get();
            if (block.heading()) {
                context = title.get();
            }
            return true;
        }

        /**
         * A form's question row: the question is no item; the items of its answer are of the kind it names, else
         * the section's. A block standing left of the question's cell ends the answer.
         */
        private boolean formQuestion(Block block) {
            float cell = FormQuestions.questionCell(block);
            if (!Float.isNaN(answerCell) && (!Float.isNaN(cell) || !FormQuestions.inCell(block, answerCell))) {
                closeOpen();
                answerCell = Float.NaN;
                context = sectionContext;
            }
            if (Float.isNaN(cell)) {
                return false;
            }
            closeOpen();
            pendingLabel = null;
            answerCell = cell;
            answerKind = restates(sectionType) ? null : typer.itemType(block.text()).orElse(sectionContext);
            context = answerKind;
            return true;
        }

        /**
         * A form's question in a label cell left of its answer, read into one block with the answer's first lines:
         * the question is no item and names the kind of the answer's items (else the section's); the answer's words
         * are read as a block of their own, and the blocks after it in the answer cell as the answer's. A later row
         * of the form labelled by a statement ('Immediate actions already taken') gives items only of a kind its label
         * names: its answer is no learning of the section's.
         */
        private boolean rowLabel(Block block) {
            Optional<FormQuestions.RowLabel> question = FormQuestions.rowLabel(block);
            Optional<FormQuestions.RowLabel> row = question.or(() -> FormQuestions.statementRow(block, formAnswers));
            if (row.isEmpty()) {
                return false;
            }
            closeOpen();
            pendingLabel = null;
            answerCell = row.get().answerX();
            formAnswers = answerCell;
            SectionType named = typer.itemType(row.get().label()).orElse(question.isPresent() ? sectionContext : null);
            answerKind = restates(sectionType) ? null : named;
            context = answerKind;
            take(row.get().answer());
            return true;
        }

        /**
         * A paragraph of a form question's answer: an item of the answer's kind when it is a sentence (in
         * recommendations one asking or committing to something), not a closed question's answer.
         */
        private boolean formAnswer(Block block) {
            if (Float.isNaN(answerCell) || ListMarkers.startsList(block.text())) {
                return false;
            }
            closeOpen();
            String text = block.text().strip();
            boolean asks = answerKind != SectionType.RECOMMENDATIONS || REQUEST.matcher(text).find()
                    || COMMITMENT.matcher(text).find();
            if (answerKind != null && asks && ENDED.matcher(text).find() && !FormQuestions.closedAnswer(text)) {
                add(found, answerKind, text, block.page());
            }
            return true;
        }

        /** A heading or box title that puts questions to the partnership where the report recommends on its own. */
        private boolean unasked(String label) {
            return ownRecommendations && sectionType != SectionType.RECOMMENDATIONS && typer.asksPartners(label);
        }

        private boolean subHeading(Block block) {
            if (!block.heading() || labelOnly(block.text())) {
                return false;
            }
            closeOpen();
            pendingLabel = null;
            questionsOnly = unasked(block.text());
            // summaries and appendices restate items found elsewhere: their sub-headings give none
            Optional<SectionType> named = restates(sectionType) || questionsOnly || findingTitle(block.text())
                    ? Optional.empty() : typer.itemType(block.text());
            if (named.isEmpty() && itemsHeading != null && under(block, itemsHeading)) {
                // "4.2.1 Reading records" under "4.2 Learning points": a titled item, its text the next paragraph
                pendingLabel = context;
                return true;
            }
            context = questionsOnly ? null : named.orElse(sectionContext);
            itemsHeading = named.isPresent() ? block : null;
            return true;
        }

        /**
         * "Finding 1: Parents with learning needs were given advice they could not use": a sub-heading numbering one
         * of the review's findings titles that finding; a kind's word inside its title ('learning needs') names no
         * items under it.
         */
        private boolean findingTitle(String text) {
            return sectionType == SectionType.FINDINGS && NUMBERED_FINDING_TITLE.matcher(text.strip()).lookingAt();
        }

        /** "Lesson One" set as a heading of its own: a label, its item the next paragraph. */
        private boolean labelOnly(String text) {
            Optional<ItemLabels.Label> label = labels.label(text);
            return label.isPresent() && stripSeparators(text.substring(label.get().length())).isEmpty();
        }

        /** Numbered inside the other heading's number ("4.2.1" in "4.2"), or unnumbered and set smaller. */
        private boolean under(Block heading, Block parent) {
            Matcher inner = HEADING_NUMBER.matcher(heading.text());
            Matcher outer = HEADING_NUMBER.matcher(parent.text());
            boolean innerNumbered = inner.lookingAt();
            boolean outerNumbered = outer.lookingAt();
            if (innerNumbered && outerNumbered) {
                return inner.group(1).startsWith(outer.group(1) + ".");
            }
            return !innerNumbered && heading.first().fontSize() < parent.first().fontSize() - 0.5f;
        }

        /**
         * "Recommendation 3: ..." opens an item; "Recommendation 2 – Safer sleep" waits for its text. A label
         * naming no type ("Theme 2 – ...") opens an item of the type items get here. A table run whose rows open
         * with labels in its first column (bold 'Rec 1' set before a tab) is read row by row as a table.
         */
        private boolean labelled(Block block) {
            if (block.table() && labelledRows(block) > 1) {
                return wrapsUnderLabels(block) && runInLabels(block);
            }
            String text = block.text();
            Optional<ItemLabels.Label> label = labels.label(text);
            String firstLine = block.first().text();
            if (label.isEmpty() && block.lines().size() > 1 && labelOnly(firstLine)
                    && !startsLowerCase(block.lines().get(1).text().strip())) {
                // "Lesson One" alone on the line above the item's text (not a row's words wrapped round a label)
                label = labels.label(firstLine).map(l -> new ItemLabels.Label(l.type(), firstLine.length()));
            }
            if (label.isEmpty() && context != null && !block.heading()) {
                label = labels.sectionLabel(text, context);
            }
            if (label.isEmpty() && !block.heading()) {
                label = afterParagraphNumber(text);
            }
            if (label.isEmpty()) {
                return false;
            }
            closeOpen();
            String rest = stripSeparators(text.substring(label.get().length()));
            if (rest.isEmpty() || isTitle(rest)) {
                pendingLabel = label.get().type();
            } else {
                open = new OpenItem(label.get().type(), rest, block.page(), block.first().x(), null);
            }
            return true;
        }

        /**
         * A label after a legal paragraph number ("4.2.3 Recommendation 1: The partnership should ..."): the
         * paragraph is the item, its number and label no text of it.
         */
        private Optional<ItemLabels.Label> afterParagraphNumber(String text) {
            int number = ListMarkers.paragraphNumberLength(text);
            return number == 0 ? Optional.empty() : labels.label(text.substring(number))
                    .map(l -> new ItemLabels.Label(l.type(), number + l.length()));
        }

        /**
         * Lines opening with a label are read as a label column's rows unless the text wraps back under the
         * labels: a line that opens with no label starts where the labels start and runs on, with no gap a cell
         * would leave, past where the text beside the labels starts. Then each label is run into its paragraph
         * ("<b>Learning point 1.</b> Separation ...") and the lines under it are that item's, whole.
         */
        private boolean wrapsUnderLabels(Block block) {
            float x = block.first().x();
            float textStart = Float.MAX_VALUE;
            for (TextLine line : block.lines()) {
                Optional<ItemLabels.Label> label = labels.label(line.text());
                if (Math.abs(line.x() - x) < 2 && label.isPresent()) {
                    textStart = Math.min(textStart, textStartAfter(line, label.get().length()));
                }
            }
            for (TextLine line : block.lines()) {
                boolean unlabelled = labels.label(line.text()).isEmpty();
                if (unlabelled && Math.abs(line.x() - x) < 2 && !line.hasCellGap() && line.endX() > textStart + 2) {
                    return true;
                }
            }
            return false;
        }

        /** Each label line opens an item; the lines down to the next label line are its text. */
        private boolean runInLabels(Block block) {
            closeOpen();
            float x = block.first().x();
            for (TextLine line : block.lines()) {
                Optional<ItemLabels.Label> label = Math.abs(line.x() - x) < 2 ? labels.label(line.text())
                        : Optional.empty();
                if (label.isPresent()) {
                    closeOpen();
                    String rest = stripSeparators(line.text().substring(label.get().length()));
                    open = new OpenItem(label.get().type(), rest, line.page(), x, null);
                } else if (open != null) {
                    TextRepair.appendLine(open.text, line.text());
                }
            }
            return true;
        }

        /** Where the text after a label starts on its line: the first fragment past the label's characters. */
        private static float textStartAfter(TextLine line, int labelLength) {
            int chars = 0;
            for (TextFragment fragment : line.fragments()) {
                if (chars >= labelLength && !fragment.isBlank()) {
                    return fragment.x();
                }
                chars += fragment.text().length() + 1;
            }
            return line.endX();
        }

        /**
         * "... had not been trained. <b>Recommendation 1:</b> The partnership should ...": a numbered item label set
         * in bold after a sentence inside a paragraph opens an item there, whatever the section; the paragraph's
         * text before it stays prose. The item runs to the next such label or the paragraph's end; a
         * recommendation ends before a sentence that asks for nothing ('This will be monitored by ...').
         */
        private boolean labelsInside(Block block) {
            if (block.heading() || block.table()) {
                return false;
            }
            List<InsideLabel> inside = insideLabels(block);
            if (inside.isEmpty()) {
                return false;
            }
            closeOpen();
            String text = block.text();
            List<int[]> places = new ArrayList<>();
            int from = 0;
            for (InsideLabel label : inside) {
                Matcher m = label.pattern().matcher(text);
                if (!m.find(from)) {
                    return false;
                }
                places.add(new int[] {m.start(), m.end()});
                from = m.end();
            }
            for (int i = 0; i < inside.size(); i++) {
                int end = i + 1 < places.size() ? places.get(i + 1)[0] : text.length();
                String item = text.substring(places.get(i)[1], end).strip();
                SectionType type = inside.get(i).type();
                add(found, type, type == SectionType.RECOMMENDATIONS ? askingSentences(item) : item,
                        inside.get(i).page());
            }
            return true;
        }

        /** Bold runs that are a numbered item label and nothing more, each after a sentence's end. */
        private List<InsideLabel> insideLabels(Block block) {
            List<InsideLabel> inside = new ArrayList<>();
            String before = null;
            List<String> bold = new ArrayList<>();
            int boldPage = 0;
            for (TextLine line : block.lines()) {
                for (TextFragment fragment : line.fragments()) {
                    if (fragment.isBlank()) {
                        continue;
                    }
                    if (fragment.bold()) {
                        boldPage = bold.isEmpty() ? line.page() : boldPage;
                        bold.add(fragment.text().strip());
                        continue;
                    }
                    insideLabel(before, bold, boldPage).ifPresent(inside::add);
                    before = fragment.text();
                    bold.clear();
                }
            }
            return inside;
        }

        private Optional<InsideLabel> insideLabel(String before, List<String> bold, int page) {
            if (before == null || bold.isEmpty() || !ENDED.matcher(before.strip()).find()) {
                return Optional.empty();
            }
            String run = String.join(" ", bold);
            Optional<ItemLabels.Label> label = labels.label(run);
            boolean whole = label.isPresent() && label.get().length() >= run.length() - 1
                    && stripSeparators(run.substring(Math.min(run.length(), label.get().length()))).isEmpty();
            if (!whole || !DIGIT.matcher(run).find()) {
                return Optional.empty();
            }
            String words = SPACES.splitAsStream(run.strip()).map(Pattern::quote).collect(Collectors.joining("\\s*"));
            return Optional.of(new InsideLabel(label.get().type(), Pattern.compile(words), page));
        }

        /** Lines of the block opening with an item label at its first line's start: rows of a label column. */
        private long labelledRows(Block block) {
            float x = block.first().x();
            return block.lines().stream().filter(l -> Math.abs(l.x() - x) < 2 && labels.label(l.text()).isPresent())
                    .count();
        }

        private boolean afterPendingLabel(Block block) {
            if (pendingLabel == null) {
                return false;
            }
            open = new OpenItem(pendingLabel, ListMarkers.stripMarker(block.text()), block.page(), block.first().x(), null);
            pendingLabel = null;
            return true;
        }

        private boolean table(Block block) {
            if (!block.table()) {
                return false;
            }
            closeOpen();
            if (context != null) {
                List<TableRows.Item> items = TableRows.itemTexts(block.lines());
                List<TableRows.Item> rows = ownKindColumn(block, items).orElse(items);
                // a form's row answering a question with a decision or left blank ("No. The partners consider ...")
                rows.stream().filter(row -> !FormQuestions.decisionOnly(row.text())).forEach(row -> addRow(found, context, row));
                otherKindColumns(block, rows);
            } else if (sectionType == SectionType.FINDINGS) {
                findingsBeside(block);
            }
            return true;
        }

        /**
         * The cells of the column whose header names the section's kind of item, when the column taken for the items
         * (the widest, as no header cell held an item word) is headed by another kind: two unruled columns side by
         * side, 'What we learned' | 'What we recommend', under 'Learning and recommendations', each learning point
         * level with its recommendation. Empty when the item column's header names no other kind, or no column the
         * section's.
         */
        private Optional<List<TableRows.Item>> ownKindColumn(Block block, List<TableRows.Item> items) {
            List<String> header = TableRows.headerCells(block.lines());
            if (header.size() < 2 || items.isEmpty()) {
                return Optional.empty();
            }
            List<Optional<SectionType>> kinds = header.stream()
                    .map(cell -> TableRows.namesGroup(cell) ? Optional.<SectionType>empty() : headerKind(cell)).toList();
            List<String> texts = items.stream().map(TableRows.Item::text).toList();
            int own = kinds.indexOf(Optional.of(context));
            for (int c = 0; c < header.size() && own >= 0; c++) {
                if (kinds.get(c).isPresent() && kinds.get(c).get() != context
                        && TableRows.columnTexts(block.lines(), c).stream().map(TableRows.Item::text).toList().equals(texts)) {
                    return Optional.of(TableRows.columnTexts(block.lines(), own));
                }
            }
            return Optional.empty();
        }

        /** The kind of item a header cell names, in the singular too ('Recommended action'). */
        private Optional<SectionType> headerKind(String cell) {
            return typer.itemType(cell).or(() -> typer.itemType(cell + "s"));
        }

        /**
         * An untagged table whose header names another kind of item over a column than the section's ('No. |
         * Learning | Recommended action' in a learning section): each cell of that column is an item of that kind.
         */
        private void otherKindColumns(Block block, List<TableRows.Item> mainRows) {
            List<String> header = TableRows.headerCells(block.lines());
            List<String> taken = mainRows.stream().map(TableRows.Item::text).toList();
            for (int c = 0; c < header.size(); c++) {
                // a header cell names in the singular what a heading names in the plural ('Recommended action')
                String cell = header.get(c);
                Optional<SectionType> kind = headerKind(cell);
                // 'Learning theme' groups the rows: its cells are no learning
                if (kind.isEmpty() || kind.get() == context || TableRows.namesGroup(cell) || unasked(cell)) {
                    continue;
                }
                for (TableRows.Item row : TableRows.columnTexts(block.lines(), c)) {
                    if (!taken.contains(row.text())) {
                        addRow(found, kind.get(), row);
                    }
                }
            }
        }

        /**
         * A two-column table in a findings section whose header names the findings in one column ('Finding',
         * 'What we found'): the other column says what each finding means, its cells the learning (or the kind
         * its header names).
         */
        private void findingsBeside(Block block) {
            List<String> header = TableRows.headerCells(block.lines());
            List<SectionType> types = header.stream().map(typer::type).toList();
            int findings = types.indexOf(SectionType.FINDINGS);
            if (header.size() < 2 || findings < 0 || types.lastIndexOf(SectionType.FINDINGS) != findings) {
                return;
            }
            if (header.size() > 2) {
                findingsWithAsks(block, header, findings);
                return;
            }
            int other = 1 - findings;
            SectionType kind = typer.itemType(header.get(other)).orElse(SectionType.LEARNING);
            for (TableRows.Item row : TableRows.columnTexts(block.lines(), other)) {
                addRow(found, kind, row);
            }
        }

        /**
         * A findings table of three columns or more ('Finding | Why it matters | Question for the partnership'), where
         * another column's header names a kind of item: each finding is a learning item and each cell of a column so
         * named an item of its kind; columns naming none (why it matters) give nothing. Without such a column, none.
         */
        private void findingsWithAsks(Block block, List<String> header, int findings) {
            List<Integer> named = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = header.get(c);
                if (c != findings && !unasked(cell)
                        && headerKind(cell).isPresent()) {
                    named.add(c);
                }
            }
            if (named.isEmpty()) {
                return;
            }
            TableRows.columnTexts(block.lines(), findings).forEach(row -> addRow(found, SectionType.LEARNING, row));
            for (int c : named) {
                String cell = header.get(c);
                SectionType kind = headerKind(cell).orElseThrow();
                TableRows.columnTexts(block.lines(), c).forEach(row -> addRow(found, kind, row));
            }
        }

        /** A numbered or bulleted entry: a sub-point of the open entry, or a new item where items are due. */
        /** A paragraph enumerating lettered clauses after its lead-in ({@link InlineClauses}): one item per clause. */
        private boolean inlineClauses(Block block) {
            if (context == null || block.heading() || block.table()) {
                return false;
            }
            List<String> clauses = InlineClauses.of(block.text());
            if (clauses.isEmpty()) {
                return false;
            }
            closeOpen();
            clauses.forEach(clause -> found.add(new Found(context, clause, block.page())));
            return true;
        }

        private boolean listEntry(Block block) {
            String text = block.text();
            if (!ListMarkers.startsList(text)) {
                return false;
            }
            if (opensWithHeading(ListMarkers.stripMarker(text))) {
                return false;
            }
            if (questionsOnly) {
                closeOpen();
                return true;
            }
            float markerX = block.first().x();
            // sub-points: indented further, or after an entry that leads in with a colon
            boolean bullet = ListMarkers.isBullet(text);
            if (open != null && open.takesSubPoint(markerX, bullet, open.isBelow(block))) {
                if (asksUnderFinding(text, bullet)) {
                    // '1. Agencies did not share ...' over 'a. The committee should ...': the finding is no item,
                    // each request under it is one
                    open = new OpenItem(SectionType.RECOMMENDATIONS, ListMarkers.stripMarker(text), block.page(),
                            markerX, false);
                    List<TextLine> lines = block.lines();
                    open.textAt(lines.size() > 1 ? lines.get(lines.size() - 1).x() : null);
                    open.reached(block);
                    return true;
                }
                open.appendSubPoint(ListMarkers.stripMarker(text), markerX);
                open.reached(block);
                return true;
            }
            SectionType entryType = listType != null ? listType
                    : context != null ? context : findingsRecommendation(text);
            if (entryType == null && sectionType == SectionType.FINDINGS && block.words() >= MIN_CALLOUT_WORDS
                    && leadsInBold(afterMarker(block.first().fragments()), MAX_ENTRY_LEAD_IN_WORDS)) {
                // "• <b>Missing episodes were counted but not connected.</b> Each agency ...": a found point
                entryType = SectionType.LEARNING;
            }
            if (entryType == null && sectionType == SectionType.FINDINGS && bullet
                    && block.words() >= MIN_CALLOUT_WORDS && setInItalic(block)) {
                // a point set in its own italic beside the finding (a side note read after its paragraph)
                entryType = SectionType.LEARNING;
            }
            if (entryType == null) {
                return false;
            }
            closeOpen();
            String entry = ListMarkers.stripMarker(ResponseParagraphs.beforeResponse(block, text));
            open = new OpenItem(entryType, withoutLabel(entry), block.page(), markerX, bullet);
            open.reached(block);
            List<TextLine> lines = block.lines();
            open.textAt(lines.size() > 1 ? lines.get(lines.size() - 1).x() : null);
            return true;
        }

        /** "• Recommendation One: The partnership should ...": a bullet before a label, the item the text after both. */
        private String withoutLabel(String entry) {
            Optional<ItemLabels.Label> label = labels.label(entry);
            String rest = label.map(l -> stripSeparators(entry.substring(l.length()))).orElse("");
            return rest.isEmpty() || isTitle(rest) ? entry : rest;
        }

        /** "6. <b>Learning.</b> The review identified ...": the numbered paragraph the section's run-in label opens. */
        private boolean opensWithHeading(String entry) {
            int length = heading.length();
            return length > 0 && entry.length() > length && entry.regionMatches(true, 0, heading, 0, length)
                    && (entry.charAt(length) == '.' || entry.charAt(length) == ':');
        }

        /**
         * A numbered or lettered sub-entry asking for something under an open recommendations entry that asks for
         * nothing and leads in to nothing: the entry above states a finding, the requests under it are the items.
         */
        private boolean asksUnderFinding(String text, boolean bullet) {
            String parent = open.text.toString();
            return !bullet && open.type == SectionType.RECOMMENDATIONS && !parent.endsWith(":")
                    && !REQUEST.matcher(parent).find() && REQUEST.matcher(ListMarkers.stripMarker(text)).find();
        }

        /** A lettered or numbered entry asking for something under a finding is that finding's recommendation. */
        private SectionType findingsRecommendation(String text) {
            boolean marked = !ListMarkers.isBullet(text);
            return sectionType == SectionType.FINDINGS && marked && REQUEST.matcher(text).find()
                    ? SectionType.RECOMMENDATIONS : null;
        }

        /** The next entry of the open numbered list, its number missing from the text. */
        private boolean unmarkedEntry(Block block) {
            if (open == null || !unmarked.contains(block) || !Boolean.FALSE.equals(open.bullet)) {
                return false;
            }
            SectionType type = open.type;
            float markerX = open.markerX;
            closeOpen();
            open = new OpenItem(type, block.text(), block.page(), markerX, false);
            open.textAt(block.first().x());
            open.reached(block);
            return true;
        }

        /** The answer to the recommendation before it ('Response: Accepted; lead: ...'): closes it, no item. */
        private boolean response(Block block) {
            if (open == null || !ResponseParagraphs.opens(block.text())) {
                return false;
            }
            closeOpen();
            return true;
        }

        private boolean continuation(Block block) {
            if (open == null || !continuesItem(open, block, block.text())) {
                return false;
            }
            open.append(block.text());
            open.textAt(block.first().x());
            open.reached(block);
            return true;
        }

        /** A bold paragraph (or one leading in bold) in a section of items, or of findings, is one item. */
        private void callout(Block block) {
            SectionType calloutType = context != null ? context
                    : sectionType == SectionType.FINDINGS ? SectionType.LEARNING : null;
            String text = block.text();
            // the section's own run-in heading ("Findings. The review found ...") opens its prose, no call-out; in a
            // report stating its learning in a section of its own, a finding's bold label or term ("Home education.
            // The baby was ...") names what the finding is about, not a point of learning
            boolean topicLabel = ownLearning && sectionType == SectionType.FINDINGS && context == null;
            boolean leadsInPoint = leadsInBold(block) && !opensWithHeading(text) && !topicLabel;
            // a paragraph announcing the list after it ("... identified the following learning.") is no item
            boolean announces = announces(text);
            if (points.containsKey(block)) {
                add(found, points.get(block), text, block.page());
            } else if (calloutType != null && !announces && !numberedFinding(block) && !episodeTitle(block)
                    && (block.bold() || leadsInPoint || terms.contains(block) && !topicLabel
                    || announced && context != null)
                    && block.words() >= MIN_CALLOUT_WORDS) {
                add(found, calloutType, text, block.page());
            } else {
                announced = context != null && announces;
            }
            // a list a lead-in names the kind of ("The learning points are:") holds items of that kind, in any
            // section but those restating items found elsewhere
            listType = restates(sectionType) ? null : labels.announcedList(text).orElse(null);
        }

        /**
         * "<b>Finding 2.1</b> Two referrals were declined ...": in a findings section, a bold term numbering the
         * paragraph as one of the review's findings names it a finding, not a point of learning drawn from it.
         */
        private boolean numberedFinding(Block block) {
            return sectionType == SectionType.FINDINGS && context == null
                    && NUMBERED_FINDING.matcher(BlockBuilder.boldTerm(block.first())).matches();
        }

        /**
         * "<b>KPE 2 - The visit by the new partner.</b>": a bold paragraph (or bold term) numbering a key practice
         * episode titles the episode told after it; it is no point of learning.
         */
        private static boolean episodeTitle(Block block) {
            String bold = block.bold() ? block.text() : BlockBuilder.boldTerm(block.first());
            return EPISODE_NUMBER.matcher(bold).lookingAt();
        }
    }

    /**
     * {@link #ANNOUNCES} found in the text, tried only where a match can start: a match is ASCII letters, digits,
     * underscores and spaces closed by its '.' or ':' at the end (before a closing line break, as {@code $} allows),
     * so it lies in the last run of those characters before that mark. Transparent bounds let {@code \b} see the
     * character before the run.
     */
    static boolean announces(String text) {
        int end = text.length();
        if (text.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != '.' && text.charAt(end - 1) != ':') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && isWordOrSpace(text.charAt(start - 1))) {
            start--;
        }
        return ANNOUNCES.matcher(text).useTransparentBounds(true).region(start, text.length()).find();
    }

    private static boolean isWordOrSpace(char c) {
        return c == ' ' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * A list numbered '1.' whose later entries have lost their numbers (an OCR text layer drops short marks in the
     * margin): after the entry '1.', paragraphs set apart from it and from each other, each starting at the entry's
     * text indent with a capital after a sentence's end, up to a heading or a paragraph elsewhere. When a numbered
     * entry follows them ('2.'), they were the first entry's own paragraphs, and none is taken.
     */
    private static Set<Block> unmarkedEntries(List<Block> blocks) {
        Set<Block> unmarked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            Block first = blocks.get(i);
            List<TextFragment> text = afterMarker(first.first().fragments());
            if (first.heading() || first.table() || !FIRST_NUMBER.matcher(first.text()).lookingAt() || text.isEmpty()) {
                continue;
            }
            float textX = text.get(0).x();
            List<Block> run = new ArrayList<>();
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                Block next = blocks.get(j);
                String previous = blocks.get(j - 1).text().strip();
                boolean entry = !next.heading() && !next.table() && !ListMarkers.startsList(next.text())
                        && Math.abs(next.first().x() - textX) < 3 && Character.isUpperCase(next.text().charAt(0))
                        && ENDED.matcher(previous).find();
                if (!entry) {
                    break;
                }
                run.add(next);
            }
            boolean numberedAfter = j < blocks.size() && !blocks.get(j).heading()
                    && ListMarkers.startsList(blocks.get(j).text()) && !ListMarkers.isBullet(blocks.get(j).text());
            if (!numberedAfter) {
                unmarked.addAll(run);
            }
            i = j - 1;
        }
        return unmarked;
    }

    /**
     * Paragraphs opening with a short bold term run into regular text that hang (their other lines indented
     * right of the term) or stand next to another such paragraph: a description list's entries. A lone
     * paragraph that starts with a bold name is prose.
     */
    private static Set<Block> describedTerms(List<Block> blocks, String heading) {
        Set<Block> terms = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!termLed(block) || BlockBuilder.boldTerm(block.first()).equals(heading.strip())) {
                // a run-in heading ("What did we learn? The review found ...") opens the section, no entry
                continue;
            }
            boolean hangs = block.lines().size() > 1 && block.lines().get(1).x() > block.first().x() + 5;
            boolean inRun = i > 0 && termLed(blocks.get(i - 1)) || i + 1 < blocks.size() && termLed(blocks.get(i + 1));
            if (hangs || inRun) {
                terms.add(block);
            }
        }
        return terms;
    }

    /**
     * In a findings section, a sub-heading naming a kind of item set smaller than the text under it (a label line, as
     * "What we learned" in a theme's card) over one short paragraph, the next sub-heading or the section's end right
     * after it: the paragraph is the one item of that kind the label names. Under such a label several paragraphs or a
     * long one, and under a sub-heading in the text's size or larger any paragraph, are prose.
     */
    private Map<Block, SectionType> labelledPoints(SectionType sectionType, List<Block> blocks) {
        Map<Block, SectionType> points = new IdentityHashMap<>();
        if (sectionType != SectionType.FINDINGS) {
            return points;
        }
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block label = blocks.get(i);
            Block point = blocks.get(i + 1);
            boolean alone = i + 2 == blocks.size() || blocks.get(i + 2).heading();
            boolean paragraph = !point.heading() && !point.table() && !ListMarkers.startsList(point.text())
                    && point.words() <= MAX_POINT_WORDS;
            boolean smaller = label.first().fontSize() < point.first().fontSize() - LABEL_SIZE_STEP;
            if (label.heading() && smaller && alone && paragraph) {
                typer.itemType(label.text()).ifPresent(type -> points.put(point, type));
            }
        }
        return points;
    }

    private static boolean termLed(Block block) {
        return !block.heading() && !block.table() && !block.bold() && !BlockBuilder.boldTerm(block.first()).isEmpty();
    }

    /**
     * A learning or recommendations section without lists or labels, its paragraphs numbered "4.1",
     * "4.2" or by bare numbers running 1, 2, 3 (a borderless table's first column): each numbered
     * paragraph is one item, a paragraph going on in lower case (over a page break) part of it; in
     * recommendations only paragraphs that ask for something ("should", "must"), so lead-ins are not; nor is a
     * numbered paragraph that announces the list after it ("5.1 The review identified the following learning.").
     */
    private List<Found> numberedParagraphs(List<Block> blocks, SectionType type) {
        List<Found> found = new ArrayList<>();
        StringBuilder open = null;
        int openPage = 0;
        int next = 1;
        for (Block block : blocks) {
            String text = block.text();
            boolean bare = BARE_NUMBER.matcher(text).lookingAt()
                    && Integer.parseInt(text.substring(0, text.indexOf(' '))) == next;
            boolean numbered = !block.heading() && (ListMarkers.startsParagraphNumber(text) || bare)
                    && (type != SectionType.RECOMMENDATIONS || REQUEST.matcher(text).find())
                    && labels.announcedList(text).isEmpty()
                    && !(open == null && found.isEmpty() && NumberedLeadIns.leadsIn(text));
            if (numbered) {
                if (open != null) {
                    add(found, type, open.toString(), openPage);
                }
                open = new StringBuilder(stripLeadingNumber(text));
                openPage = block.page();
                next = bare ? next + 1 : next;
            } else if (open != null && !block.heading() && Character.isLowerCase(text.charAt(0))) {
                open.append(' ').append(text);
            } else if (open != null) {
                add(found, type, open.toString(), openPage);
                open = null;
            }
        }
        if (open != null) {
            add(found, type, open.toString(), openPage);
        }
        return found;
    }

    /**
     * "<b>Professional curiosity.</b> Practitioners ...": a paragraph opening with a short bold
     * sentence is one item, the bold words naming it; so is one whose bold sentence wraps onto its second line.
     */
    static boolean leadsInBold(Block block) {
        if (block.lines().size() > 1 && (WrappedLeadIns.wrapsOnto(block.first(), block.lines().get(1))
                || WrappedLeadIns.opensCard(null, block.first(), block.lines().get(1)))) {
            return true;
        }
        return leadsInBold(block.first().fragments(), MAX_LEAD_IN_WORDS);
    }

    /** The line's fragments after those that only hold its list marker (a bullet glyph, '1.'). */
    private static List<TextFragment> afterMarker(List<TextFragment> fragments) {
        int i = 0;
        while (i < fragments.size() && (fragments.get(i).isBlank() || isMarker(fragments.get(i).text().strip()))) {
            i++;
        }
        return fragments.subList(i, fragments.size());
    }

    /** Every word of the entry in italic, no quotation (a voice quoted in italic is no point of the review's). */
    private static boolean setInItalic(Block block) {
        List<TextFragment> first = afterMarker(block.first().fragments());
        return !first.isEmpty() && first.stream().allMatch(f -> f.italic() || f.isBlank())
                && block.lines().stream().skip(1).allMatch(TextLine::italic)
                && !QUOTE_OPENING.matcher(first.get(0).text().strip()).lookingAt();
    }

    private static boolean isMarker(String text) {
        return !text.isEmpty() && ListMarkers.listMarkerLength(text + " Word") == text.length() + 1;
    }

    private static boolean leadsInBold(List<TextFragment> fragments, int maxWords) {
        StringBuilder lead = new StringBuilder();
        int i = 0;
        while (i < fragments.size() && fragments.get(i).bold()) {
            lead.append(fragments.get(i).text()).append(' ');
            i++;
        }
        String leadText = lead.toString().strip();
        return i > 0 && i < fragments.size() && LEAD_IN_END.matcher(leadText).find()
                && SPACES.split(leadText).length <= maxWords;
    }

    /** The first sentence, and those after it while each asks or commits to something. */
    static String askingSentences(String text) {
        String[] sentences = SENTENCE_BREAK.split(text);
        StringBuilder kept = new StringBuilder(sentences[0]);
        for (int i = 1; i < sentences.length; i++) {
            if (!REQUEST.matcher(sentences[i]).find() && !COMMITMENT.matcher(sentences[i]).find()) {
                break;
            }
            kept.append(' ').append(sentences[i]);
        }
        return kept.toString();
    }

    /** "Recommendation 2 – Safer sleep": a short title, the item follows in the next paragraph. */
    private static boolean isTitle(String rest) {
        return SPACES.split(rest).length < 6 && !SENTENCE_END.matcher(rest).find();
    }

    /**
     * A paragraph goes on with the open list entry when it hangs at the entry's text indent,
     * or when the entry has not ended and the paragraph starts in lower case (wider leading).
     */
    private static boolean continuesItem(OpenItem open, Block block, String text) {
        boolean hanging = block.first().x() > open.markerX + 5 && !indentedParagraph(block, open.markerX);
        boolean unfinished = !ENDED.matcher(open.text).find() && startsLowerCase(text);
        return (hanging || unfinished) && !block.bold() && !open.outsizes(block);
    }

    /**
     * A paragraph whose first line alone is indented, its next line back at the entry's marker or left of it (LaTeX's
     * paragraph indent): body text after the entry, not the entry's hanging text.
     */
    private static boolean indentedParagraph(Block block, float markerX) {
        return block.lines().size() > 1 && block.lines().get(1).x() <= markerX + 1;
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    private static boolean restates(SectionType sectionType) {
        return sectionType == SectionType.SUMMARY || sectionType == SectionType.APPENDIX;
    }

    private static OpenItem close(OpenItem open, List<Found> found) {
        if (open != null) {
            add(found, open.type, open.text.toString(), open.page);
        }
        return null;
    }

    /** A table row's item text, without the number typed in its first column. */
    static void addRow(List<Found> found, SectionType type, TableRows.Item row) {
        add(found, type, stripLeadingNumber(row.text()), row.page());
    }

    private static void add(List<Found> found, SectionType type, String text, int page) {
        String clean = TextRepair.clean(text);
        // lead-ins ("as follows:") and short names ("Glenmorrow Police") are no items
        if (clean.endsWith(":") || SPACES.split(clean).length < MIN_ITEM_WORDS || !LETTER.matcher(clean).find()) {
            return;
        }
        found.add(new Found(type, clean, page));
    }

    private static String stripSeparators(String text) {
        return SEPARATORS.matcher(text).replaceFirst("").strip();
    }

    private static String stripLeadingNumber(String text) {
        return LEADING_NUMBER.matcher(text).replaceFirst("").strip();
    }

    /** A list entry or labelled item still taking text: wrapped paragraphs and sub-points. */
    private static final class OpenItem {
        private final SectionType type;
        private final StringBuilder text;
        private final int page;
        private final float markerX;
        /** True for a bullet, false for a number, null for a labelled item. */
        private final Boolean bullet;
        private Float subPointX;
        /** Where the entry's own text lines start, once known: a sub-point is not left of them. */
        private Float textX;
        /** The entry's last line so far, once known. */
        private TextLine last;

        OpenItem(SectionType type, String text, int page, float markerX, Boolean bullet) {
            this.type = type;
            this.text = new StringBuilder(text);
            this.page = page;
            this.markerX = markerX;
            this.bullet = bullet;
        }

        void append(String more) {
            text.append(' ').append(more);
        }

        /**
         * A list entry is a sub-point of this item when indented further, when this item leads
         * in with a colon and the entry is marked differently, or when it lines up with the
         * sub-points already taken.
         */
        boolean takesSubPoint(float x, boolean isBullet, boolean below) {
            boolean otherMarker = bullet == null || bullet != isBullet;
            // an entry that went on in the next column has its text lines there, right of markerX;
            // an entry at the top of the next column, above this one's last line, is no sub-point of it
            boolean indented = x > markerX + 5 && (textX == null || x > textX - 3) && below;
            return indented
                    || text.toString().endsWith(":") && otherMarker
                    || subPointX != null && Math.abs(subPointX - x) < 3 && otherMarker;
        }

        void reached(Block block) {
            last = block.lines().get(block.lines().size() - 1);
        }

        /**
         * The block is set in type well larger than the entry's own (a pull quote displayed after the last entry of
         * a list): no hanging text of the entry.
         */
        boolean outsizes(Block block) {
            return last != null && block.first().fontSize() > PULL_QUOTE_SIZE_RATIO * last.fontSize();
        }

        /** The block starts below the entry's last line, or on a later page: not at the top of the next column. */
        boolean isBelow(Block block) {
            TextLine first = block.first();
            return last == null || first.page() != last.page() || first.y() > last.y();
        }

        void textAt(Float x) {
            if (x != null) {
                textX = x;
            }
        }

        void appendSubPoint(String more, float x) {
            append(more);
            subPointX = x;
        }
    }
}
