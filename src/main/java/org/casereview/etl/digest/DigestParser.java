package org.casereview.etl.digest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.text.WelshWords;
import org.casereview.etl.vocabulary.Vocabulary;

/**
 * The entry grammar of case review digests. A digest is a preamble (its heading, intro text,
 * site furniture) followed by entries; an entry is a short title-like heading line, a summary
 * paragraph, labelled sections ("Learning includes:", "Recommendations:", ...) and a report link.
 * Headings are recognised by their place in that structure, helped by their form (numbered,
 * date/area/name, a child's pseudonym); the words of labels and links come from
 * {@code vocabulary/digest-labels.yml} and {@code vocabulary/digest-grammar.yml}.
 */
public final class DigestParser {

    private static final int MIN_SUMMARY_WORDS = 6;
    /** Words an entry needs before its language is told (WelshWords). */
    private static final int MIN_LANGUAGE_WORDS = 12;
    private static final java.util.regex.Pattern IN_PAGE_LINK = java.util.regex.Pattern.compile("\\]\\(#[^)\\s]{1,200}\\)");
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"'\u2019\u201d)]*$");

    private final UnitShapes shapes;
    private final UnitReader units;
    private final EntryBuilder entries;
    private final ContinuedHeadings continued;
    private final ClosingNote closingNote;
    private final DotLeaderFields fields;
    private final TabbedFields tabbed;
    private final DigestDateReader dates = new DigestDateReader();
    private final DigestGrammar grammar;
    private final FrontMatterBlocks frontMatter;
    private final ChatFurniture chat;

    public DigestParser() {
        this(Vocabulary.bundled());
    }

    /** With the words of the given vocabulary (the bundled one with an operator's file merged on top). */
    public DigestParser(Vocabulary vocabulary) {
        this.grammar = DigestGrammar.from(vocabulary);
        this.shapes = new UnitShapes(grammar);
        this.units = new UnitReader(new TextRepair(grammar), shapes);
        this.entries = new EntryBuilder(shapes, new HeadingReader(grammar));
        this.continued = new ContinuedHeadings(shapes);
        this.closingNote = new ClosingNote(shapes);
        this.fields = new DotLeaderFields(grammar);
        this.tabbed = new TabbedFields(grammar, shapes);
        this.frontMatter = new FrontMatterBlocks(grammar);
        this.chat = new ChatFurniture(grammar, shapes);
    }

    /** A heading (null for the text before any heading) and the units under it. */
    private record Block(Unit heading, boolean strong, List<Unit> body) {
    }

    /** A digest whose blank lines may be page breaks inside a paragraph (PDF, plain text, markdown). */
    public ParsedDigest parse(String text) {
        return parse(text, true);
    }

    /**
     * @param pageBreaks false for text made of whole blocks (HTML, Word): a blank line there always ends a paragraph,
     *                   never a page break inside one
     */
    public ParsedDigest parse(String text, boolean pageBreaks) {
        return parseUnits(units(text, pageBreaks), !pageBreaks);
    }

    /**
     * As {@link #parse(String)}, or empty when no unit of the text carries a label that opens a list (learning,
     * recommendations, ...): then no entry the parse finds has a section with items, because such a section only
     * starts at such a label in a unit of an entry's body, and reading entries only drops and regroups the units. For
     * a caller that only wants those entries (telling a digest from a report by its first pages), and cheaper than a
     * parse on a report's pages: the units are read once and scanned for labels, without the blocks and entries.
     */
    public Optional<ParsedDigest> parseWithListSections(String text) {
        UnitReader.Read all = units(text, true);
        for (Unit unit : all.units()) {
            if (shapes.labelsIn(unit.text()).stream().anyMatch(label -> label.type().hasItems())) {
                return Optional.of(parseUnits(all, false));
            }
        }
        return Optional.empty();
    }

    private UnitReader.Read units(String text, boolean pageBreaks) {
        String markdown = text == null ? "" : SignOffs.drop(RelatedLinkLists.drop(KramdownAttributeLists.drop(
                MarkdownBlockquotes.unquote(frontMatter.asHeadings(text)))));
        String inlined = tabbed.asFields(fields.asFields(PrintedLinkTargets.drop(MarkdownReferenceLinks.inline(
                BracketedLinkNotes.inline(MarkdownFootnotes.inline(markdown))))));
        return units.readWithDropped(JumpLists.blank(inlined, line -> shapes.labelAt(line, 0) != null), pageBreaks);
    }

    /** @param wholeBlocks text made of whole blocks (HTML, Word), whose markup may hold copies never shown together */
    private ParsedDigest parseUnits(UnitReader.Read read, boolean wholeBlocks) {
        List<Block> blocks = withoutRepeats(wholeBlocks, jumpsJoined(withoutClosingNote(detailsBeforeTitles(summariesBeforeTitles(
                titlePageAsPreamble(withoutTeasers(withoutTranslations(blocks(continued.drop(ContentsLists.drop(
                        read.units(), shapes::isHeadingLike), read.jumpsOut()))))))))));
        List<DigestEntry> found = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
        List<String> dateLines = new ArrayList<>();
        List<PartStart> partMonths = new ArrayList<>();
        EntryNumbers numbers = new EntryNumbers();
        String digestHeading = null;
        GroupHeadings groups = new GroupHeadings(grammar, shapes);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (isEntry(block)) {
                DigestEntry entry = entries.build(found.size() + 1, block.heading(), block.body(),
                        groups.areaOver(block.heading()));
                groups.entry(block.heading());
                block.body().stream().map(Unit::text).filter(t -> shapes.details().dateLineYear(t) != null)
                        .findFirst().ifPresent(dateLines::add);
                if (entry.title().isBlank()) {
                    problems.add(problem(block.heading(), "entry heading has no title"));
                } else {
                    found.add(entry);
                    numbers.add(block.heading().text(), block.body(), i > 0 ? lastUnit(blocks.get(i - 1)) : null);
                }
                continue;
            }
            Stream.concat(Stream.ofNullable(block.heading()), block.body().stream()).forEach(groups::outside);
            YearMonth partMonth = found.isEmpty() || block.strong() ? null : partMonth(block.heading(), digestHeading);
            if (partMonth != null) {
                // a later digest's heading (two monthly digests in one file): the entries after it are of its month
                partMonths.add(new PartStart(found.size() + 1, partMonth));
            } else if (block.strong()) {
                problems.add(problem(block.heading(), "entry heading \"" + clip(block.heading().text())
                        + "\" is not followed by a summary or labelled sections"));
            } else if (found.isEmpty()) {
                if (block.heading() != null) {
                    String heading = UnitShapes.stripHeadingMarkup(block.heading().text());
                    digestHeading = digestHeading == null ? heading : digestHeading;
                    preamble.add(heading);
                }
                block.body().forEach(u -> preamble.add(u.text()));
            } else if (i < blocks.size() - 1 && !block.body().isEmpty() && !groups.onlyGroupHeadings(block.heading(),
                    block.body(), isEntry(blocks.get(i + 1)) ? blocks.get(i + 1).heading() : null)
                    && !chat.isFurniture(block.heading(), block.body())) {
                problems.add(problem(block.heading(), "block \"" + clip(block.heading().text())
                        + "\" between entries has no labelled sections and was not read as an entry"));
            }
        }
        YearMonth month = dates.month(digestHeading, preamble);
        Integer year = dates.year(digestHeading, preamble, month);
        if (month == null) {
            month = dates.entriesMonth(dateLines, year);
            year = month == null ? year : Integer.valueOf(month.getYear());
        }
        return new ParsedDigest(digestHeading, month, year, found, problems, entryMonths(partMonths, found.size()),
                numbers.traces(read.dropped()).withIntroTotal(partMonths.isEmpty() ? IntroTotals.of(preamble) : null));
    }

    /**
     * A review that jumps to a later page: its title again there with a continuation mark ('Child A: ... (continued from
     * page 1)'), after other entries, heads the rest of it ({@link ContinuedHeadings}): that block's units go on the
     * block whose heading it repeats, wherever that block stands.
     */
    private List<Block> jumpsJoined(List<Block> blocks) {
        List<Block> joined = new ArrayList<>(blocks.size());
        Map<String, Integer> titles = new HashMap<>();
        for (Block block : blocks) {
            String repeated = block.heading() == null ? null : ContinuedHeadings.repeatedTitle(block.heading().text());
            Integer at = repeated == null ? null : titles.get(repeated);
            if (at != null) {
                Block entry = joined.get(at);
                List<Unit> body = new ArrayList<>(entry.body());
                body.addAll(block.body());
                joined.set(at, new Block(entry.heading(), entry.strong(), body));
                continue;
            }
            if (block.heading() != null) {
                titles.putIfAbsent(ContinuedHeadings.title(block.heading().text()), joined.size());
            }
            joined.add(block);
        }
        return joined;
    }

    /**
     * In text made of whole blocks, an entry written again word for word after the first copy is left out
     * ({@link RepeatedEntries}): a page's markup may hold copies a browser never shows together, while a printed page shows
     * everything it holds.
     */
    private List<Block> withoutRepeats(boolean wholeBlocks, List<Block> blocks) {
        if (!wholeBlocks) {
            return blocks;
        }
        Set<String> seen = new HashSet<>();
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (!isEntry(block) || seen.add(RepeatedEntries.key(block.heading(), block.body()))) {
                kept.add(block);
            }
        }
        return kept;
    }

    /** A block's last unit: its body's last, else its heading (null for an empty preamble). */
    private static Unit lastUnit(Block block) {
        return block.body().isEmpty() ? block.heading() : block.body().get(block.body().size() - 1);
    }

    /** The first entry of a later digest part and the month its heading names. */
    private record PartStart(int entryNo, YearMonth month) {
    }

    /**
     * The month a heading between entries names when it is a later digest's own heading: the digest's heading again
     * with another month ("NSPCC Repository – July 2025", then "NSPCC Repository – August 2025": two monthly digests in
     * one file). A heading that only groups the entries by month ("Published in August 2025, added this month") is no
     * digest's heading: its entries stay of the digest's month. Null when the heading is no such one.
     */
    private YearMonth partMonth(Unit heading, String digestHeading) {
        if (heading == null || digestHeading == null || DigestDateReader.monthIn(digestHeading) == null) {
            return null;
        }
        String text = UnitShapes.stripHeadingMarkup(heading.text()).replace("**", "").strip();
        YearMonth month = DigestDateReader.monthIn(text);
        return month != null && DigestDateReader.withoutMonth(text).equals(DigestDateReader.withoutMonth(digestHeading))
                ? month : null;
    }

    /** Each entry of a later part, by number, with that part's month. */
    private static Map<Integer, YearMonth> entryMonths(List<PartStart> parts, int entries) {
        Map<Integer, YearMonth> months = new HashMap<>();
        for (PartStart part : parts) {
            for (int no = part.entryNo(); no <= entries; no++) {
                months.put(no, part.month());
            }
        }
        return months;
    }

    private boolean isEntry(Block block) {
        return block.heading() != null && (entries.hasEntryMarkers(block.body()) || block.strong() && !block.body().isEmpty());
    }

    /**
     * A layout that prints each review's summary before its title, the title then straight over a label: when an entry
     * starts with a label and the entry before ends in its link line and one paragraph of prose, that paragraph is
     * this entry's summary; once an entry's summary came so, the preamble's last paragraph is the first entry's too.
     */
    private List<Block> summariesBeforeTitles(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        int first = -1;
        boolean moved = false;
        for (int i = 0; i < out.size(); i++) {
            if (!isEntry(out.get(i))) {
                continue;
            }
            if (first < 0) {
                first = i;
            } else if (startsWithLabel(out.get(i)) && isEntry(out.get(i - 1))) {
                List<Unit> before = out.get(i - 1).body();
                int last = before.size() - 1;
                if (last > 0 && shapes.link(before.get(last - 1).text()) != null && isSummaryProse(before.get(last))) {
                    moveSummary(out, i - 1, i);
                    moved = true;
                }
            }
        }
        if (moved && first > 0 && startsWithLabel(out.get(first))) {
            Block preamble = out.get(first - 1);
            int units = preamble.body().size() + (preamble.heading() == null ? 0 : 1);
            if (units >= 2 && !preamble.body().isEmpty() && isSummaryProse(preamble.body().get(preamble.body().size() - 1))) {
                moveSummary(out, first - 1, first);
            }
        }
        return out;
    }

    /**
     * A layout that prints each review's details (a metadata band: 'PUBLISHED' / date, 'AREA' / area) before its title:
     * detail lines ending the preamble, or ending an entry after its link, with an area line among them, are the next
     * entry's, as if under its title. A title-like line the band ends with heads a block of its own and stays there.
     * Without an area line, so are details (a CMS card's kicker: 'Practice review | Published 11 March 2026') when the
     * layout shows it: the preamble ends with such a line straight before the first entry, and the last entry does not.
     */
    private List<Block> detailsBeforeTitles(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        boolean kickers = detailsLeadEveryEntry(out);
        for (int i = 1; i < out.size(); i++) {
            Block before = out.get(i - 1);
            if (!isEntry(out.get(i)) || isEntry(before) && before.body().stream().noneMatch(u -> shapes.link(u.text()) != null)) {
                continue;
            }
            List<Unit> body = before.body();
            int start = body.size();
            while (start > 0 && shapes.details().isEntryDetail(body.get(start - 1).text())) {
                start--;
            }
            List<Unit> details = body.subList(start, body.size());
            if (details.isEmpty() || !kickers && details.stream().noneMatch(u -> shapes.details().areaOf(u.text()) != null)) {
                continue;
            }
            List<Unit> moved = new ArrayList<>(details);
            moved.addAll(out.get(i).body());
            out.set(i - 1, new Block(before.heading(), before.strong(), new ArrayList<>(body.subList(0, start))));
            out.set(i, new Block(out.get(i).heading(), out.get(i).strong(), moved));
        }
        return out;
    }

    /**
     * True when the block before the first entry (the preamble) ends with an entry detail line and the last entry's
     * body holds none (its own would stand there under its end, before a closing note): each review's details stand
     * over its title.
     */
    private boolean detailsLeadEveryEntry(List<Block> blocks) {
        int first = 0;
        while (first < blocks.size() && !isEntry(blocks.get(first))) {
            first++;
        }
        if (first == 0 || first >= blocks.size()) {
            return false;
        }
        List<Unit> preamble = blocks.get(first - 1).body();
        List<Unit> last = blocks.get(lastEntry(blocks)).body();
        return !preamble.isEmpty() && shapes.details().isEntryDetail(preamble.get(preamble.size() - 1).text())
                && last.stream().noneMatch(u -> shapes.details().isEntryDetail(u.text()));
    }

    private int lastEntry(List<Block> blocks) {
        int last = blocks.size() - 1;
        while (last > 0 && !isEntry(blocks.get(last))) {
            last--;
        }
        return last;
    }

    /**
     * A title page read as the first entry: its heading is printed again, before the next entry, as a heading line that
     * entries follow (the digest's title on a title page, then over the text after the front matter). Its heading
     * then heads the preamble and its lines are preamble text.
     */
    private List<Block> titlePageAsPreamble(List<Block> blocks) {
        int first = 0;
        while (first < blocks.size() && !isEntry(blocks.get(first))) {
            first++;
        }
        int next = first + 1;
        while (next < blocks.size() && !isEntry(blocks.get(next))) {
            next++;
        }
        if (next >= blocks.size()) {
            return blocks; // no entry, or none after the first: nothing follows a title printed again
        }
        String title = ContentsLists.title(blocks.get(first).heading().text());
        boolean again = !title.isEmpty() && blocks.subList(first + 1, next).stream()
                .flatMap(b -> Stream.concat(Stream.ofNullable(b.heading()), b.body().stream()))
                .anyMatch(u -> shapes.isHeadingLike(u.text()) && title.equals(ContentsLists.title(u.text())));
        if (!again) {
            return blocks;
        }
        Block page = blocks.get(first);
        List<Block> out = new ArrayList<>(blocks.subList(0, first));
        out.add(new Block(page.heading(), false, new ArrayList<>()));
        out.add(new Block(null, false, page.body()));
        out.addAll(blocks.subList(first + 1, blocks.size()));
        return out;
    }

    /**
     * A bilingual digest that prints each review's Welsh translation after it with no language mark: when some entries
     * are English (almost no Welsh words) and others Welsh ({@link WelshWords}), the Welsh ones are translations, not
     * reviews, and go: the English text is the record. A digest written only in Welsh keeps its entries.
     */
    private List<Block> withoutTranslations(List<Block> blocks) {
        if (blocks.stream().filter(this::isEntry).limit(2).count() < 2) {
            return blocks;
        }
        List<WelshWords.Count> counts = blocks.stream().map(b -> isEntry(b) ? WelshWords.count(String.join(" ",
                Stream.concat(Stream.of(b.heading()), b.body().stream()).map(Unit::text).toList())) : null).toList();
        if (counts.stream().noneMatch(c -> c != null && c.isOther(MIN_LANGUAGE_WORDS))) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (counts.get(i) == null || !counts.get(i).isWelsh(MIN_LANGUAGE_WORDS)) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    /**
     * Teaser cards of a listing page: an entry that links to a place in the same page ('#review-2', its title or a
     * 'Read more' link) and whose title heads a later entry is that entry's card, a contents entry: it goes, the full
     * entry stays.
     */
    private List<Block> withoutTeasers(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = out.size() - 1; i >= 0; i--) {
            Block block = out.get(i);
            if (!isEntry(block) || Stream.concat(Stream.of(block.heading()), block.body().stream())
                    .noneMatch(u -> IN_PAGE_LINK.matcher(u.text()).find())) {
                continue;
            }
            String title = ContentsLists.title(block.heading().text());
            if (!title.isEmpty() && out.subList(i + 1, out.size()).stream()
                    .anyMatch(b -> isEntry(b) && title.equals(ContentsLists.title(b.heading().text())))) {
                out.remove(i);
            }
        }
        return out;
    }

    /** The last entry without the digest's closing note after its last list. */
    private List<Block> withoutClosingNote(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = out.size() - 1; i >= 0; i--) {
            Block block = out.get(i);
            if (isEntry(block)) {
                out.set(i, new Block(block.heading(), block.strong(), closingNote.without(block.body())));
                break;
            }
        }
        return out;
    }

    /** The last unit of block {@code from} becomes the first of block {@code to}. */
    private static void moveSummary(List<Block> blocks, int from, int to) {
        Block source = blocks.get(from);
        Block target = blocks.get(to);
        List<Unit> body = new ArrayList<>(List.of(source.body().get(source.body().size() - 1)));
        body.addAll(target.body());
        blocks.set(from, new Block(source.heading(), source.strong(), source.body().subList(0, source.body().size() - 1)));
        blocks.set(to, new Block(target.heading(), target.strong(), body));
    }

    /** A label and nothing else on its line: its text is on the lines after it. */
    private boolean isBareLabel(Unit unit) {
        UnitShapes.LabelMatch label = shapes.labelAt(unit.text(), 0);
        return label != null && unit.text().substring(label.end()).isBlank();
    }

    private boolean isBareSummaryLabel(Unit unit) {
        UnitShapes.LabelMatch label = shapes.labelAt(unit.text(), 0);
        return isBareLabel(unit) && label.type() == SectionType.SUMMARY;
    }

    private boolean startsWithLabel(Block block) {
        return !block.body().isEmpty() && shapes.labelAt(block.body().get(0).text().replace("**", ""), 0) != null;
    }

    /** A paragraph of a few sentences' prose: no label, link or heading, ending a sentence. */
    private boolean isSummaryProse(Unit unit) {
        String text = unit.text().replace("**", "").strip();
        return text.split("\\s+").length >= MIN_SUMMARY_WORDS && SENTENCE_END.matcher(text).find()
                && shapes.labelsIn(text).isEmpty() && shapes.link(text) == null && !shapes.isHeadingLike(text);
    }

    /**
     * Cuts the units into blocks at heading lines. A strong heading (numbered in sequence,
     * date/area/name, naming a child) always starts a block; a weaker title-like line starts one
     * after the preamble's first line or after a finished entry (one with a label or link); inside
     * an unfinished block it stays body text until {@link #splitAtLastTitle} decides.
     */
    private List<Block> blocks(List<Unit> all) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : rawBlocks(all)) {
            blocks.addAll(block.strong() ? List.of(block) : splitAtLastTitle(block));
        }
        return blocks;
    }

    /**
     * In a block without a strong heading (the preamble, or an unnumbered entry), the entry heading
     * is the last title-like line that is followed by a paragraph before the first label: the
     * digest heading and intro before it, or a short line ending a summary after it, are not headings.
     */
    private List<Block> splitAtLastTitle(Block block) {
        List<Unit> body = block.body();
        int firstMarker = -1;
        for (int i = 0; i < body.size() && firstMarker < 0; i++) {
            if (entries.hasEntryMarkers(List.of(body.get(i)))) {
                firstMarker = i;
            }
        }
        int split = -1;
        // a summary's own label ('Summary' over its paragraph) is the paragraph a title stands over
        int lastTitle = firstMarker >= 0 && isBareSummaryLabel(body.get(firstMarker)) ? firstMarker : firstMarker - 1;
        for (int k = 0; k < lastTitle; k++) {
            if (shapes.isHeadingLike(body.get(k).text())) {
                split = k;
            }
        }
        if (split < 0) {
            return List.of(block);
        }
        Block before = new Block(block.heading(), false, new ArrayList<>(body.subList(0, split)));
        Block entry = new Block(body.get(split), false, new ArrayList<>(body.subList(split + 1, body.size())));
        return before.heading() == null && before.body().isEmpty() ? List.of(entry) : List.of(before, entry);
    }

    private List<Block> rawBlocks(List<Unit> all) {
        List<Block> blocks = new ArrayList<>();
        Block current = new Block(null, false, new ArrayList<>());
        blocks.add(current);
        Integer lastNumber = null;
        boolean hasMarkers = false;
        boolean hasLink = false;
        for (int i = 0; i < all.size(); i++) {
            Unit unit = all.get(i);
            Integer number = UnitShapes.headingNumber(unit.text());
            Integer expected = lastNumber == null ? null : lastNumber + 1;
            boolean candidate = shapes.isHeadingLike(unit.text());
            boolean strong = candidate && shapes.isStrongHeading(unit.text(), expected);
            // a numbered line is a list point when out of sequence, or inside an entry whose heading has no number
            boolean insideUnnumbered = current.heading() != null && (current.strong() || hasMarkers)
                    && UnitShapes.headingNumber(current.heading().text()) == null;
            if (number != null && !strong && candidate && restartsNumbering(current, hasMarkers, hasLink, all, i)) {
                // numbering restarted under a group heading ("Wales", "1. ...") or skipped a number after a finished entry
                strong = true;
            } else if (number != null && (!strong || insideUnnumbered) && !(insideUnnumbered && titleAfterList(all, i)
                    && !numbersItsOwnHeadings(current, number))) {
                // a numbered title straight after the bulleted list of an entry with no number still heads the next,
                // unless it goes on with the entry's own numbered headings ('1. Background', '3. Key learning', '4. ...')
                candidate = false;
                strong = false;
            }
            // after a numbered point of a list, the next number goes on with the list unless a title and its summary follow
            boolean inNumberedList = i > 0 && !current.body().isEmpty() && hasMarkers && !hasLink
                    && UnitShapes.headingNumber(all.get(i - 1).text()) != null;
            if (number != null && strong && inNumberedList
                    && !(shapes.looksLikeTitle(unit.text()) && isParagraph(all, i + 1))) {
                candidate = false;
                strong = false;
            }
            // inside a section, a short line is a list point unless it looks like the next entry's title; the line
            // under a label standing alone on its line is that label's text
            boolean nextEntry = hasLink || hasMarkers && headsNextEntry(all, i) && !isBareLabel(all.get(i - 1));
            if (strong || candidate && (current.heading() == null || nextEntry)) {
                current = new Block(unit, strong, new ArrayList<>());
                blocks.add(current);
                hasMarkers = false;
                hasLink = false;
                if (strong && number != null) {
                    lastNumber = number;
                }
            } else {
                current.body().add(unit);
                hasMarkers = hasMarkers || entries.hasEntryMarkers(List.of(unit));
                hasLink = hasLink || shapes.link(unit.text()) != null;
            }
        }
        return blocks;
    }

    /**
     * An out-of-sequence numbered title still heads an entry when the block before it is finished
     * (ends with a report link) or is only a group heading, and a paragraph follows the title.
     */
    private boolean restartsNumbering(Block current, boolean hasMarkers, boolean hasLink, List<Unit> all, int i) {
        boolean groupHeading = current.heading() != null && !current.strong() && current.body().isEmpty();
        boolean finished = hasLink || groupHeading && !hasMarkers;
        return finished && shapes.looksLikeTitle(all.get(i).text()) && isParagraph(all, i + 1);
    }

    /**
     * A title-like line inside an entry's sections heads the next entry when a summary follows it: a paragraph, or a
     * "Summary" label over one (a definition list's or a table's row head), as a list point is never followed by.
     */
    private boolean headsNextEntry(List<Unit> all, int i) {
        return shapes.looksLikeTitle(all.get(i).text()) && (isParagraph(all, i + 1) || isSummaryLabel(all, i + 1))
                || titleAfterList(all, i);
    }

    /** The entry holds a heading of its own numbered before {@code number}: a numbered line goes on with those. */
    private boolean numbersItsOwnHeadings(Block current, int number) {
        for (Unit unit : current.body()) {
            Integer own = UnitShapes.headingNumber(unit.text());
            if (own != null && own < number && shapes.isHeadingLike(unit.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title that names no review ('Sibling neglect in Northfold') straight after a bulleted list: a line with no
     * marker after the list's last point, over a paragraph and then a label that opens a list, as every entry is laid
     * out. A point of the list has its marker, and the list's next point or label, not a paragraph, follows it.
     */
    private boolean titleAfterList(List<Unit> all, int i) {
        return i > 0 && i + 2 < all.size() && UnitShapes.BULLET.matcher(all.get(i - 1).text()).lookingAt()
                && !UnitShapes.BULLET.matcher(all.get(i).text()).lookingAt() && isParagraph(all, i + 1)
                && shapes.labelsIn(all.get(i + 2).text()).stream().anyMatch(label -> label.start() == 0
                        && label.type().hasItems());
    }

    private boolean isSummaryLabel(List<Unit> all, int index) {
        if (index >= all.size()) {
            return false;
        }
        String text = UnitShapes.stripHeadingMarkup(all.get(index).text()).replace("**", "").strip();
        UnitShapes.LabelMatch label = shapes.labelAt(text, 0);
        return label != null && label.type() == SectionType.SUMMARY;
    }

    private boolean isParagraph(List<Unit> all, int index) {
        return index < all.size() && !shapes.isHeadingLike(all.get(index).text())
                && !entries.hasEntryMarkers(List.of(all.get(index)));
    }

    private static ParseProblem problem(Unit heading, String message) {
        return new ParseProblem("line " + heading.line(), RejectReason.UNPARSEABLE_ENTRY, message);
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
