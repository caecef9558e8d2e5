package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;
import org.casereview.etl.layout.OutlineReader;

/**
 * From the pages' lines to sections and items: furniture and contents out, headings found,
 * level-1 headings cut the body into sections, each section split into blocks and items.
 */
final class ReportAnalyser {

    /** A chapter's number before its words: '6. Recommendations', '6 Recommendations', '3.1 Finding 1'. */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}(\\.\\d{1,2})*[.)]?\\s+\\p{L}");

    /** A running foot's page number at its end: 'Culverton - recommendations - page 3'. */
    private static final Pattern PAGE_FOOT = Pattern.compile("(?i)\\bpage\\s+\\d{1,4}$");

    private static final Pattern FIRST_NUMBER_NOT_ONE = Pattern.compile("0*([2-9]|\\d{2,})\\b");

    /** "About the child", "The child's story": longer headings naming the child are titles. */
    private static final int MAX_CHILD_HEADING_WORDS = 4;

    /** The lines a headline printing the title may wrap over. */
    private static final int TITLE_LINES = 3;

    private final SectionTyper typer;
    private final ItemLabels labels;
    private final AnsweredQuestions answeredQuestions;

    ReportAnalyser(SectionTyper typer, ItemLabels labels, AnsweredQuestions answeredQuestions) {
        this.typer = typer;
        this.labels = labels;
        this.answeredQuestions = answeredQuestions;
    }

    /** A short first page of a report of two pages or more is its cover (a 2-page briefing has one too). */
    private static Set<Integer> titlePages(List<PageText> pages) {
        Set<Integer> title = new HashSet<>();
        if (pages.size() >= 2 && !pages.get(0).lines().isEmpty() && pages.get(0).lines().size() < 25) {
            title.add(1);
        }
        return title;
    }

    /**
     * A cover sets every line larger than the running text (title, "Executive Summary" under it, dates,
     * the reviewer): a first page with no line in the body's size is a cover whatever headings it prints.
     */
    private static boolean holdsBodyText(PageText page, BodyStyle body) {
        return page.lines().stream().anyMatch(l -> !body.isLarger(l.fontSize()) && !body.isSmaller(l.fontSize()));
    }

    private static List<TextLine> bodyLines(List<PageText> pages, Set<Integer> skipPages) {
        return HyphenResolver.resolve(MarkersAtPageFoot.join(RepeatedHeaderRows.drop(pages.stream()
                .filter(p -> !skipPages.contains(p.number()))
                .flatMap(p -> p.lines().stream())
                .toList())));
    }

    /** A numbered body opens with its first chapter ("1 Introduction"); "7 minute briefing" on a cover does not. */
    private boolean opensSection(Heading heading) {
        String text = heading.text();
        return HeadingDetector.isTopNumbered(text) && !FIRST_NUMBER_NOT_ONE.matcher(text).lookingAt()
                || typer.isStandardHeading(text);
    }

    /**
     * The first body page (page 1, or the page after a cover) opens with the title block and then the body: a
     * heading above the first section there that prints the document's title, its title in another language
     * (in the size and weight of the one printing the title) or the partnership's name is the title block or
     * a cover's title block repeated (groff mom's docheader), not a section, when the vocabulary types it
     * nothing. On page 1 a title naming a section word is the title too; after a cover the cover gave the
     * title, and "Purpose of the learning review" opening the body is the introduction. A line there that is only a
     * date ("March 2025") dates the document: it is the title block's, never a section.
     */
    private List<Heading> withoutTitleBlock(List<Heading> headings, List<TextLine> lines, ReportMetadata metadata) {
        if (lines.isEmpty()) {
            return headings;
        }
        int page = lines.get(0).page();
        Heading first = headings.stream().filter(h -> h.level() == 1 && h.page() == page && opensSection(h))
                .findFirst().orElse(null);
        String titleKey = key(metadata.title() == null ? "" : metadata.title());
        if (first == null || titleKey.isEmpty()) {
            return headings;
        }
        String typeKey = key(metadata.reviewTypeText() == null ? "" : metadata.reviewTypeText());
        String partnershipKey = key(metadata.partnership() == null ? "" : metadata.partnership());
        List<Heading> block = headings.stream().filter(h -> h.page() == page && h.lineIndex() < first.lineIndex()
                && !key(h.text()).isEmpty()).toList();
        // a kind line ("7 Minute Briefing") stands above the body: after a heading typed a section it is a section
        int body = block.stream().filter(h -> !untyped(h) && typer.type(h.text()) != SectionType.SUMMARY)
                .mapToInt(Heading::lineIndex).min().orElse(Integer.MAX_VALUE);
        int titleLine = page == 1 ? lineAbove(lines, titleKey, first.lineIndex()) : -1;
        Set<Heading> titleBlock = new HashSet<>(block.stream().filter(h -> printsTitle(h, titleKey, typeKey)
                || h.lineIndex() < body && namesKind(h) || h.lineIndex() < titleLine || DateOnlyLine.is(h.text()))
                .filter(h -> page == 1 || untyped(h)).toList());
        List<TextLine> titleLines = titleBlock.stream().map(h -> lines.get(h.lineIndex())).toList();
        for (Heading h : block) {
            if (untyped(h) && (!partnershipKey.isEmpty() && key(h.text()).contains(partnershipKey)
                    || titleLines.stream().anyMatch(t -> sameStyle(t, lines.get(h.lineIndex()))))) {
                titleBlock.add(h);
            }
        }
        return headings.stream().filter(h -> !titleBlock.contains(h)).toList();
    }

    /**
     * The document's kind printed under the cover's title ("Executive Summary"), which the title took as its
     * subtitle ("... - Executive Summary"): part of the title block, no section.
     */
    private static boolean subtitleOfTitle(String heading, String title) {
        int dash = title == null ? -1 : title.lastIndexOf(" - ");
        return dash > 0 && !key(heading).isEmpty() && key(title.substring(dash + 3)).equals(key(heading));
    }

    /**
     * The first line above the first section where the whole title starts, printed on it or wrapped over the lines
     * after it (a headline on two or three lines), -1 when none does: what stands above it on page 1 is a masthead
     * ("Learning from reviews" over "In this issue: Child Safeguarding Practice Review: Child M", a newsletter's name
     * wrapped onto two lines above the brief's headline).
     */
    private static int lineAbove(List<TextLine> lines, String titleKey, int firstSection) {
        int end = Math.min(firstSection, lines.size());
        for (int i = 0; i < end; i++) {
            String own = key(lines.get(i).text());
            StringBuilder joined = new StringBuilder(own);
            for (int j = i; j < end && j < i + TITLE_LINES; j++) {
                if (j > i) {
                    joined.append(key(lines.get(j).text()));
                }
                int at = joined.indexOf(titleKey);
                if (at >= 0) {
                    // the title starts on this line, not on one after it
                    if (at < own.length()) {
                        return i;
                    }
                    break;
                }
            }
        }
        return -1;
    }

    /**
     * A level-1 heading after page 1 that prints again the document's whole title, which page 1 printed, typed nothing,
     * before a heading the vocabulary types: it heads a part of the document (the full report after its executive
     * summary, on a page of body text), not a section; the part's own headings make the sections. A title taken from
     * a body heading (a report with no title of its own) is printed once, and stays a section.
     */
    private List<Heading> withoutRepeatedTitle(List<Heading> headings, ReportMetadata metadata, List<PageText> pages) {
        String titleKey = key(metadata.title() == null ? "" : metadata.title());
        PageText first = pages.isEmpty() ? null : pages.get(0);
        if (titleKey.isEmpty() || first == null || !key(first.lines().stream().map(TextLine::text).collect(Collectors.joining(" ")))
                .contains(titleKey)) {
            return headings;
        }
        return headings.stream().filter(h -> h.level() != 1 || h.page() <= first.number() || !untyped(h)
                || !key(h.text()).equals(titleKey)
                || headings.stream().noneMatch(o -> o.level() == 1 && o.lineIndex() > h.lineIndex() && !untyped(o)))
                .toList();
    }

    private boolean untyped(Heading heading) {
        return typer.type(heading.text()) == SectionType.OTHER;
    }

    private static boolean sameStyle(TextLine a, TextLine b) {
        return a.bold() == b.bold() && Math.abs(a.fontSize() - b.fontSize()) < 0.5f;
    }

    /**
     * The document's title or its review type ("Child Safeguarding Practice Review: Child N" when the title kept is
     * another). A heading the vocabulary types as a section prints the review type as a title only when it opens with
     * it: in "Reason for the rapid review" the section's words come first and the type is what they are about.
     */
    private boolean printsTitle(Heading heading, String titleKey, String typeKey) {
        String text = key(heading.text());
        return titleKey.contains(text) || text.contains(titleKey)
                || !typeKey.isEmpty() && (text.startsWith(typeKey) || untyped(heading) && text.contains(typeKey));
    }

    /** The document's kind ("7 Minute Briefing"): a summary word that is no standard heading. */
    private boolean namesKind(Heading heading) {
        return typer.type(heading.text()) == SectionType.SUMMARY && !typer.isStandardHeading(heading.text());
    }

    ExtractedReport analyse(String fileName, List<PageText> rawPages, List<OutlineReader.Entry> outline,
                            List<LayoutBlock> tagged, ReportMetadata metadata, List<ParseProblem> problems) {
        return analyse(fileName, rawPages, BodyStyle.of(rawPages), outline, tagged, metadata, problems);
    }

    /** {@link #analyse} with the body style of {@code rawPages} already known (read once a report, not twice). */
    ExtractedReport analyse(String fileName, List<PageText> rawPages, BodyStyle body,
                            List<OutlineReader.Entry> outline, List<LayoutBlock> tagged, ReportMetadata metadata,
                            List<ParseProblem> problems) {
        List<LayoutBlock> taggedTables = tagged.stream().filter(b -> b.kind() == BlockKind.TABLE).toList();
        // a page's foot notes are the furniture filter's (its running lines and foot notes first); notes between
        // paragraphs are read from what stays
        List<PageText> pages = PullQuotes.filter(NotesBetweenParagraphs.filter(
                FurnitureFilter.filter(TaggedNotes.drop(rawPages, tagged), body), body), body);
        ContentsDetector.Contents contents = ContentsDetector.detect(pages);
        HeadingDetector detector = new HeadingDetector(MergedParts.of(rawPages, body), labels, typer);
        Set<Integer> skipPages = new HashSet<>(contents.pages());
        skipPages.addAll(titlePages(pages));
        int secondTitle = skipPages.contains(1) ? SecondTitlePage.find(pages, body) : 0;
        if (secondTitle > 0) {
            skipPages.add(secondTitle);
        }
        List<TextLine> lines = bodyLines(pages, skipPages);
        List<Heading> styled = detector.detect(lines, skipPages);
        if (skipPages.contains(1) && !contents.pages().contains(1) && holdsBodyText(pages.get(0), body)
                && !CentredTitleBlock.isCover(pages)) {
            // page 1 is no title page when a numbered or standard level-1 heading opens there, other than the
            // document's kind the title took as its subtitle
            Set<Integer> withPageOne = new HashSet<>(contents.pages());
            if (secondTitle > 0) {
                withPageOne.add(secondTitle);
            }
            List<TextLine> allLines = bodyLines(pages, withPageOne);
            List<Heading> all = detector.detect(allLines, withPageOne);
            if (all.stream().anyMatch(h -> h.level() == 1 && h.page() == 1 && opensSection(h)
                    && !subtitleOfTitle(h.text(), metadata.title()))) {
                skipPages = withPageOne;
                lines = allLines;
                styled = all;
            }
        }
        styled = withoutTitleBlock(styled, lines, metadata);
        List<Heading> headings = outline.isEmpty() ? styled
                : OutlineHeadings.apply(lines, outline, styled, skipPages).orElse(styled);
        headings = TaggedHeadings.apply(lines, tagged, headings, skipPages, labels);
        headings = RunInHeadings.apply(lines, headings, skipPages, typer, labels);
        // the heading that opens the body may be one the tags, the outline or a run-in label gave
        headings = withoutRepeatedTitle(withoutTitleBlock(headings, lines, metadata), metadata, pages);
        headings = DivisionTitles.apply(lines, headings, typer);
        headings = UnnumberedBetweenChapters.apply(headings, typer);
        BilingualHeadings.Body oneLanguage = BilingualHeadings.apply(lines, headings, typer);
        oneLanguage = AlternateTranslation.apply(oneLanguage.lines(), oneLanguage.headings(), typer);
        oneLanguage = WelshHalf.apply(oneLanguage.lines(), oneLanguage.headings(), typer);
        lines = oneLanguage.lines();
        headings = oneLanguage.headings();
        BlockBuilder builder = new BlockBuilder(body, BlockBuilder.pitch(lines, body), labels);
        List<LayoutBlock> taggedLists = tagged.stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).toList();
        return sections(fileName, lines, ItemSubHeadings.promote(lines, headings, typer, labels),
                builder, new TaggedBlocks(taggedTables, taggedLists,
                        tagged.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList()), metadata, problems,
                secondTitle, new ReadAcross.BoxPages(rawPages, skipPages));
    }

    /** A section per level-1 heading, its lines split into blocks and items. */
    private ExtractedReport sections(String fileName, List<TextLine> lines, List<Heading> headings,
                                     BlockBuilder builder, TaggedBlocks tagged, ReportMetadata metadata,
                                     List<ParseProblem> problems, int secondTitle, ReadAcross.BoxPages boxes) {
        List<Heading> levelOne = headings.stream().filter(h -> h.level() == 1).toList();
        ItemSplitter splitter = splitter(lines, levelOne);
        List<SectionDraft> drafts = new ArrayList<>();
        Map<Integer, List<ItemSplitter.Found>> appendixItems = new TreeMap<>();
        LetteredAppendices lettered = new LetteredAppendices();
        for (int s = 0; s < levelOne.size(); s++) {
            Heading heading = levelOne.get(s);
            int from = heading.lineIndex() + heading.lineCount();
            int to = s + 1 < levelOne.size() ? levelOne.get(s + 1).lineIndex() : lines.size();
            List<TextLine> sectionLines = lines.subList(from, Math.max(from, to));
            Map<Integer, Integer> subHeadings = new HashMap<>();
            for (Heading h : headings) {
                if (h.level() > 1 && h.lineIndex() >= from && h.lineIndex() < to) {
                    subHeadings.put(h.lineIndex() - from, h.lineCount());
                }
            }
            List<Block> blocks = builder.build(sectionLines, subHeadings);
            SectionType type = lettered.isAppendix(heading, lines.get(heading.lineIndex())) ? SectionType.APPENDIX
                    : type(heading.text(), metadata.childName(), typesBefore(drafts));
            if (type == SectionType.OTHER && typer.typesNothing(heading.text())) {
                type = LeadInSections.type(blocks, typer).orElse(type);
            } else if (type == SectionType.METHODOLOGY && answeredQuestions.answers(heading.text(), blocks)) {
                type = SectionType.FINDINGS;
            }
            int pageEnd = sectionLines.isEmpty() ? heading.page()
                    : Math.max(heading.page(), sectionLines.get(sectionLines.size() - 1).page());
            List<ItemSplitter.Found> split = splitter.split(type, heading.text(), blocks);
            // a form's question rows were read cell by cell: the tagged table's whole cells would join them again
            List<ItemSplitter.Found> found = ReflectiveQuestions.drop(TaggedParagraphs.apply(type, TaggedLists.apply(type,
                    FormQuestions.holdsQuestionRows(blocks) ? split
                            : TaggedTables.apply(type, split, sectionLines, tagged.tables(), typer),
                    sectionLines, tagged.listItems()), sectionLines, tagged.paragraphs()));
            if (type == SectionType.APPENDIX && found.isEmpty()) {
                appendixItems.put(drafts.size(), AppendixTables.items(blocks, sectionLines, tagged.tables(), typer));
            }
            drafts.add(new SectionDraft(heading, type, pageEnd, blocks, new ArrayList<>(found)));
        }
        addAppendixItems(drafts, appendixItems);
        withoutRepeatedCaptions(joinTableCaptions(drafts, lines));
        addFindingColumns(drafts);
        dropRepeats(drafts, secondTitle, lines);
        List<Section> sections = new ArrayList<>();
        List<ReportItem> items = new ArrayList<>();
        Map<SectionType, Integer> counters = new EnumMap<>(SectionType.class);
        for (SectionDraft draft : drafts) {
            int ordinal = sections.size() + 1;
            List<Item> sectionItems = new ArrayList<>();
            for (ItemSplitter.Found f : draft.found()) {
                sectionItems.add(new Item(sectionItems.size() + 1, f.text(), f.page()));
                items.add(new ReportItem(f.type(), ordinal, counters.merge(f.type(), 1, Integer::sum), f.text(), f.page()));
            }
            String text = draft.blocks().stream().map(ReportAnalyser::readingText).collect(Collectors.joining("\n"));
            sections.add(new Section(draft.type(), ordinal, draft.heading().text(), text, draft.heading().page(),
                    draft.pageEnd(), sectionItems));
        }
        return new ExtractedReport(new ReportDocument(fileName, metadata, sections, problems), items,
                ReadAcross.withBoxNotes(ReadAcross.notes(lines, tableRows(drafts)), boxes, rowsReadByCells(drafts)));
    }

    /** A block's text for its section's text: a table's cell by cell ({@link TableRows#readByCells}). */
    private static String readingText(Block block) {
        return block.table() ? TableRows.readByCells(block.lines()) : block.text();
    }

    /** Lines the blocks read as table rows, by page and baseline: a table's rows are read across on purpose. */
    private static Predicate<TextLine> tableRows(List<SectionDraft> drafts) {
        Set<Long> rows = new HashSet<>();
        drafts.stream().flatMap(d -> d.blocks().stream()).filter(Block::table).flatMap(b -> b.lines().stream())
                .forEach(l -> rows.add(rowKey(l.page(), l.y())));
        if (rows.isEmpty()) {
            return line -> false; // no table block: most reports, no key made per line asked
        }
        return line -> rows.contains(rowKey(line.page(), line.y()));
    }

    /**
     * A line's page and baseline as one key, equal where {@code page + ":" + y} is equal (the shortest decimal of a
     * float names that float alone; every NaN prints "NaN", as {@link Float#floatToIntBits} makes every NaN one),
     * without a string formatted per line asked.
     */
    private static long rowKey(int page, float y) {
        return (long) page << 32 | Float.floatToIntBits(y) & 0xffffffffL;
    }

    /**
     * Lines of table blocks read cell by cell from which the section took no item, by page and baseline: a grid's
     * cards each read whole ({@link TableCardRows}).
     */
    private static BiPredicate<Integer, Float> rowsReadByCells(List<SectionDraft> drafts) {
        Set<Long> rows = new HashSet<>();
        for (SectionDraft draft : drafts) {
            List<String> items = draft.found().stream().map(ItemSplitter.Found::text).toList();
            draft.blocks().stream().filter(b -> TableCardRows.readByCells(b, items))
                    .flatMap(b -> b.lines().stream()).forEach(l -> rows.add(rowKey(l.page(), l.y())));
        }
        return (page, y) -> rows.contains(rowKey(page, y));
    }

    /** The splitter of this report's sections, told which kinds of section of its own the report has. */
    private ItemSplitter splitter(List<TextLine> lines, List<Heading> levelOne) {
        boolean ownLearning = levelOne.stream().anyMatch(h -> typer.type(h.text()) == SectionType.LEARNING);
        return new ItemSplitter(typer, labels, textMargin(lines), ownRecommendations(levelOne), ownLearning);
    }

    /** Questions to the partnership are its asks only where the report has no recommendations section of its own. */
    private boolean ownRecommendations(List<Heading> levelOne) {
        return levelOne.stream().anyMatch(h -> typer.type(h.text()) == SectionType.RECOMMENDATIONS
                && !typer.asksPartners(h.text()));
    }

    /**
     * A heading that names the child ("About Amelia", "Child S's story") is typed as it would be with "the child"
     * in the name's place, when it is typed nothing as printed; a longer line naming the child is a title.
     */
    private SectionType type(String heading, String childName, Set<SectionType> before) {
        SectionType type = typer.type(heading, before);
        if (type != SectionType.OTHER || childName == null || childName.isBlank()) {
            return type;
        }
        String general = Pattern.compile("\\b" + Pattern.quote(childName.strip()) + "\\b").matcher(heading)
                .replaceAll("the child");
        return general.equals(heading) || general.split("\\s+").length > MAX_CHILD_HEADING_WORDS ? type
                : typer.type(general);
    }

    private static Set<SectionType> typesBefore(List<SectionDraft> drafts) {
        Set<SectionType> types = EnumSet.noneOf(SectionType.class);
        drafts.forEach(d -> types.add(d.type()));
        return types;
    }

    /** Where most body lines start: the running text's left margin. */
    private static float textMargin(List<TextLine> lines) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (TextLine line : lines) {
            starts.merge(Math.round(line.x()), 1, Integer::sum);
        }
        return starts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(Float.NaN);
    }

    /** The tables and list entries the structure tree names. */
    private record TaggedBlocks(List<LayoutBlock> tables, List<LayoutBlock> listItems, List<LayoutBlock> paragraphs) {
    }

    private record SectionDraft(Heading heading, SectionType type, int pageEnd, List<Block> blocks,
                                List<ItemSplitter.Found> found) {
    }

    /**
     * An appendix table's items of a kind (an action plan's recommendations) count when no section gave an item of
     * that kind: otherwise the table restates the body's items in other words (actions, leads, dates).
     */
    private static void addAppendixItems(List<SectionDraft> drafts, Map<Integer, List<ItemSplitter.Found>> appendix) {
        Set<SectionType> given = EnumSet.noneOf(SectionType.class);
        drafts.forEach(d -> d.found().forEach(f -> given.add(f.type())));
        appendix.forEach((index, found) -> found.stream().filter(f -> !given.contains(f.type()))
                .forEach(drafts.get(index).found()::add));
    }

    /** Each section's items without the caption its boxes repeat ({@link RepeatedCaptions}). */
    private static void withoutRepeatedCaptions(List<SectionDraft> drafts) {
        for (SectionDraft draft : drafts) {
            List<ItemSplitter.Found> kept = List.copyOf(RepeatedCaptions.strip(draft.found(),
                    draft.blocks().stream().flatMap(b -> b.lines().stream()).toList()));
            draft.found().clear();
            draft.found().addAll(kept);
        }
    }

    /**
     * A caption over a table is no chapter: in a numbered report, an unnumbered heading typed as the numbered chapter
     * before it, over nothing but a table (the chapter's 'see the table on the next page', then 'Recommendations and
     * lead agencies' over the table on a landscape page), names the chapter's table, and the chapter runs on over it.
     * A numbered heading is a chapter of its own, and a caption over running text is a heading as before. Returns the
     * drafts, joined in place.
     */
    private static List<SectionDraft> joinTableCaptions(List<SectionDraft> drafts, List<TextLine> lines) {
        for (int d = drafts.size() - 1; d > 0; d--) {
            SectionDraft caption = drafts.get(d);
            SectionDraft chapter = drafts.get(d - 1);
            if (caption.type() != chapter.type() || caption.type() == SectionType.OTHER || !onlyATable(caption.blocks())
                    || !NUMBERED.matcher(chapter.heading().text()).lookingAt()
                    || caption.heading().text().chars().limit(1).anyMatch(Character::isDigit)) {
                continue;
            }
            joinToSectionBefore(drafts, d, lines);
        }
        return drafts;
    }

    /** Draft {@code d} runs on in the section before it: its heading a heading block there, its blocks and items too. */
    private static void joinToSectionBefore(List<SectionDraft> drafts, int d, List<TextLine> lines) {
        SectionDraft part = drafts.get(d);
        SectionDraft before = drafts.get(d - 1);
        Heading head = part.heading();
        List<Block> blocks = new ArrayList<>(before.blocks());
        blocks.add(new Block(lines.subList(head.lineIndex(), head.lineIndex() + head.lineCount()), true, false));
        blocks.addAll(part.blocks());
        List<ItemSplitter.Found> found = new ArrayList<>(before.found());
        found.addAll(part.found());
        drafts.set(d - 1, new SectionDraft(before.heading(), before.type(), Math.max(before.pageEnd(), part.pageEnd()),
                blocks, found));
        drafts.remove(d);
    }

    /** Table rows only, but for a running foot under them that prints the page's number ('Culverton - page 3'). */
    private static boolean onlyATable(List<Block> blocks) {
        int last = blocks.size() - 1;
        boolean foot = last > 0 && !blocks.get(last).table() && blocks.get(last).lines().size() == 1
                && PAGE_FOOT.matcher(blocks.get(last).text()).find()
                && blocks.get(last).text().endsWith(" " + blocks.get(last).page());
        List<Block> rows = foot ? blocks.subList(0, last) : blocks;
        return !rows.isEmpty() && rows.stream().allMatch(Block::table);
    }

    /**
     * A report that states its learning nowhere (no learning section, no learning item) gives it in the findings
     * column of its findings tables ('No | Finding | Recommendation'); one with a learning section does not.
     */
    private void addFindingColumns(List<SectionDraft> drafts) {
        boolean learningGiven = drafts.stream().anyMatch(d -> d.type() == SectionType.LEARNING
                || d.found().stream().anyMatch(f -> f.type() == SectionType.LEARNING));
        if (learningGiven) {
            return;
        }
        drafts.stream().filter(d -> d.type() == SectionType.FINDINGS)
                .forEach(d -> d.found().addAll(FindingColumns.learning(d.blocks(), typer)));
    }

    /**
     * Items told again count once: a summary's or appendix's repeats of the body's, a summary part's of the full
     * report's, then any item a later section repeats word for word ({@link RepeatedItems}); an unnumbered section
     * that holds nothing but such repeats is a box in the section before it, not a section ({@link
     * RepeatedItems#onlyRepeats}).
     */
    private static void dropRepeats(List<SectionDraft> drafts, int secondTitle, List<TextLine> lines) {
        dropRestatedItems(drafts);
        dropSummaryPartItems(drafts, secondTitle);
        List<Set<String>> repeated = RepeatedItems.dropLaterRepeats(drafts.stream().map(SectionDraft::found).toList());
        for (int d = drafts.size() - 1; d > 0; d--) {
            SectionDraft box = drafts.get(d);
            if (RepeatedItems.onlyRepeats(box.found(), repeated.get(d), box.blocks())
                    && !NUMBERED.matcher(box.heading().text()).lookingAt()) {
                joinToSectionBefore(drafts, d, lines);
            }
        }
    }

    /** Items a summary or appendix repeats from the body are counted once, where the body has them. */
    private static void dropRestatedItems(List<SectionDraft> drafts) {
        Set<String> body = new HashSet<>();
        for (SectionDraft draft : drafts) {
            if (!restates(draft.type())) {
                draft.found().forEach(f -> body.add(RepeatedItems.key(f)));
            }
        }
        for (SectionDraft draft : drafts) {
            if (restates(draft.type())) {
                draft.found().removeIf(f -> body.contains(RepeatedItems.key(f)));
            }
        }
    }

    /**
     * A file of two documents, each after its own title page, whose bodies both open with sections of one kind (an
     * executive summary and the overview report, 'Introduction' in each): the shorter restates the longer, and its
     * items of a kind the longer one gives are not counted again.
     */
    private static void dropSummaryPartItems(List<SectionDraft> drafts, int secondTitle) {
        if (secondTitle <= 0) {
            return;
        }
        List<SectionDraft> first = drafts.stream().filter(d -> d.heading().page() < secondTitle).toList();
        List<SectionDraft> second = drafts.stream().filter(d -> d.heading().page() > secondTitle).toList();
        Set<SectionType> firstTypes = first.stream().map(SectionDraft::type).collect(Collectors.toSet());
        if (first.isEmpty() || second.isEmpty() || second.stream().noneMatch(d -> firstTypes.contains(d.type()))) {
            return;
        }
        boolean firstShorter = words(first) < words(second);
        List<SectionDraft> summary = firstShorter ? first : second;
        Set<SectionType> given = EnumSet.noneOf(SectionType.class);
        (firstShorter ? second : first).stream().filter(d -> !restates(d.type()))
                .forEach(d -> d.found().forEach(f -> given.add(f.type())));
        summary.forEach(d -> d.found().removeIf(f -> given.contains(f.type())));
    }

    private static int words(List<SectionDraft> drafts) {
        return drafts.stream().flatMap(d -> d.blocks().stream()).mapToInt(Block::words).sum();
    }

    private static boolean restates(SectionType type) {
        return type == SectionType.SUMMARY || type == SectionType.APPENDIX;
    }

    /**
     * The text in lower case, without its characters other than letters and digits ({@code [^\\p{L}\\p{N}]+} removed,
     * by a scan of its code points instead of a matcher: asked of every line of a report when repeats are dropped).
     */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder kept = null;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!isLetterOrNumber(c)) {
                if (kept == null) {
                    kept = new StringBuilder(lower.length()).append(lower, 0, i);
                }
            } else if (kept != null) {
                kept.append(lower, i, next);
            }
            i = next;
        }
        return kept == null ? lower : kept.toString();
    }

    /** {@code \\p{L}} or {@code \\p{N}}: a letter, or a number of any of the three kinds. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
