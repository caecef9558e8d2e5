package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.guard.DocumentBudget;

/**
 * Finds headings by their style against the body text (larger, bold, ALL CAPS) and their
 * numbering ("4.", "4.2", "Section 4:", "Appendix 1:"), and decides which are level 1: the
 * style of the top-numbered headings, else the most prominent style used more than once.
 * When the PDF has an outline, {@link OutlineHeadings} picks level 1 instead.
 */
final class HeadingDetector {
    // compiled once: these run on every candidate line
    private static final Pattern ANY_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_LIST_ENTRY = Pattern.compile(".*[.;]$");

    /**
     * One glyph an OCR text layer may put before a heading's number from a speck on the scan ('_8. CONCLUSION'); a
     * comma it may read for the number's stop ('7, RECOMMENDATIONS') is allowed after the number.
     */
    private static final String OCR_SPECK = "[_\u2018'`]?";
    private static final Pattern TOP_NUMBER = Pattern.compile(
            "(?i)^(" + OCR_SPECK + "\\d{1,2}(\\.0)?[.),]?\\s+\\p{L}|(" + Vocabulary.layout("numbered_part_words")
                    + ")\\s+(\\d{1,2}|[ivx]{1,4}|[a-z]|" + Vocabulary.layout("part_number_words") + ")\\b|("
                    + Vocabulary.layout("appendix_words") + ")\\b)");
    private static final Pattern APPENDIX = Pattern.compile("(?i)^(" + Vocabulary.layout("appendix_words") + ")\\b");
    /** "4.2", "A1.3"; "4.0" numbers a top-level heading. */
    private static final Pattern SUB_NUMBER = Pattern.compile("^[A-Z]?\\d{1,2}\\.(?!0\\s)\\d{1,2}(\\.\\d{1,2})*\\.?\\s+\\p{L}");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(\\.\\s?){4,}\\s*\\d{1,4}$|\u2026+\\s*\\d{1,4}$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^" + OCR_SPECK + "(\\d{1,2})(\\.0)?[.),]?\\s");
    private static final Pattern LINK = Pattern.compile("(?i)https?:|www\\.|@|\\.(uk|com|org)\\b");
    /**
     * A quotation standing as a line of its own: a sentence between quotation marks, or any quoted words with an
     * attribution after a dash ('"..." - Child P'): a pull quote of someone's words, no heading.
     */
    private static final Pattern QUOTATION = Pattern.compile(
            "[\"'\u201c\u2018\u00ab].*([.!?\u2026][\"'\u201d\u2019\u00bb]"
                    + "|[\"'\u201d\u2019\u00bb]\\s*[\u2014\u2013-]{1,2}\\s*\\p{L}.{0,40})");
    private static final Pattern LOWER_ROMAN = Pattern.compile("^[ivx]{1,4}[.)]\\s");
    private static final int MAX_LINES = 3;
    private static final int SHORT_HEADING_WORDS = 6;
    private static final int ITALIC_HEADING_WORDS = 10;
    /** A drawn rule under a bold line counts for more than capitals (0.2), less than the next size in bold (0.5 + 0.3). */
    private static final float RULED = 0.35f;
    /** "Chapter 3" alone on its line: the number of the chapter whose title follows. */
    private static final Pattern PART_NUMBER_ONLY = Pattern.compile(
            "(?i)^(" + Vocabulary.layout("numbered_part_words") + ")\\s+(\\d{1,2}|[ivx]{1,4}|[a-z]|"
                    + Vocabulary.layout("part_number_words") + ")[.:]?$");
    /** A part's label opening its title: "Part One", "Chapter 2". */
    private static final Pattern PART_LABEL = Pattern.compile(
            "(?i)^(" + Vocabulary.layout("numbered_part_words") + ")\\s+(\\d{1,2}|[ivx]{1,4}|[a-z]|"
                    + Vocabulary.layout("part_number_words") + ")\\b");
    /** How far below a chapter number its title may stand, in the number's font sizes. */
    private static final float PART_TITLE_GAP = 4f;
    /** How far apart two left edges may be and still align, in type sizes. */
    private static final float INDENT_TOLERANCE = 0.5f;

    private final MergedParts parts;
    private final ItemLabels labels;
    private final SectionTyper typer;

    /** A styled line (or run of lines) that may be a heading. */
    record Candidate(int index, int count, String text, int page, float rank, boolean top, boolean sub,
                     boolean larger) {
    }

    HeadingDetector(BodyStyle body, ItemLabels labels, SectionTyper typer) {
        this(MergedParts.single(body), labels, typer);
    }

    /** Headings of a file merged from several producers' PDFs stand out from their own part's running text. */
    HeadingDetector(MergedParts parts, ItemLabels labels, SectionTyper typer) {
        this.parts = parts;
        this.labels = labels;
        this.typer = typer;
    }

    /** The lines of the document being read that only their font family sets apart ({@link FaceHeadings}). */
    private Set<TextLine> faceHeadings = Set.of();

    private BodyStyle body(TextLine line) {
        return parts.bodyOn(line.page());
    }

    List<Candidate> candidates(List<TextLine> lines, Set<Integer> skipPages) {
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, Float> rightEdges = new HashMap<>();
        lines.forEach(l -> rightEdges.merge(l.page(), l.endX(), Math::max));
        boolean bands = bandsRepeat(lines, skipPages);
        faceHeadings = FaceHeadings.of(lines, this::body, typer);
        int i = 0;
        while (i < lines.size()) {
            DocumentBudget.checkTime();
            TextLine line = lines.get(i);
            if (skipPages.contains(line.page()) || !isStyled(line, bands)) {
                i++;
                continue;
            }
            int count = 1;
            while (count < MAX_LINES + 1 && i + count < lines.size()
                    && continuesHeading(lines.get(i + count - 1), lines.get(i + count), rightEdges.get(line.page()),
                    bands)) {
                count++;
            }
            List<String> parts = lines.subList(i, i + count).stream().map(TextLine::text).toList();
            String text = TextRepair.join(parts);
            boolean opensLeadIn = count == 1 && i + 1 < lines.size() && !body(line).isLarger(line.fontSize())
                    && (WrappedLeadIns.wrapsOnto(line, lines.get(i + 1))
                    || WrappedLeadIns.opensCard(i > 0 ? lines.get(i - 1) : null, line, lines.get(i + 1))
                    && labels.label(line.text()).isEmpty());
            if (count <= MAX_LINES && !opensLeadIn && looksLikeHeading(line, text, count)) {
                candidates.add(new Candidate(i, count, text, line.page(),
                        rank(line, text, lines.get(i + count - 1).ruled(), bands),
                        TOP_NUMBER.matcher(text).lookingAt(), SUB_NUMBER.matcher(text).lookingAt(),
                        body(line).isLarger(line.fontSize())));
            }
            i += count;
        }
        return withoutNumberedPoints(withPartNumbers(candidates, lines));
    }

    /**
     * A numbered list set a little larger than the text (a slide's points above its speaker notes): two or more
     * candidates each right under the one before, numbered on from it, each a sentence longer than a short heading.
     * Numbered headings have text between them, and are seldom sentences.
     */
    private static List<Candidate> withoutNumberedPoints(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        int k = 0;
        while (k < candidates.size()) {
            int end = k + 1;
            while (end < candidates.size() && pointsOn(candidates.get(end - 1), candidates.get(end))) {
                end++;
            }
            if (end - k >= 2) {
                k = end;
                continue;
            }
            kept.add(candidates.get(k));
            k++;
        }
        return kept;
    }

    private static boolean pointsOn(Candidate previous, Candidate next) {
        return isNumberedSentence(previous) && isNumberedSentence(next)
                && next.index() == previous.index() + previous.count()
                && leadingNumber(next.text()) == leadingNumber(previous.text()) + 1;
    }

    private static boolean isNumberedSentence(Candidate candidate) {
        String text = candidate.text();
        return leadingNumber(text) > 0 && text.endsWith(".")
                && SPACES.split(text.strip()).length > SHORT_HEADING_WORDS + 1;
    }

    /**
     * "Chapter 3" printed above "Lessons learned" (a LaTeX report class, a Word chapter style) is one
     * heading, "Chapter 3 Lessons learned", in the title's style: the number line is no section.
     */
    private static List<Candidate> withPartNumbers(List<Candidate> candidates, List<TextLine> lines) {
        List<Candidate> out = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Candidate number = candidates.get(c);
            Candidate title = c + 1 < candidates.size() ? candidates.get(c + 1) : null;
            if (title != null && number.count() == 1 && PART_NUMBER_ONLY.matcher(number.text().strip()).matches()
                    && title.index() == number.index() + 1 && title.page() == number.page()
                    && !PART_NUMBER_ONLY.matcher(title.text().strip()).matches()
                    && belowWithin(lines.get(number.index()), lines.get(title.index()))) {
                String text = number.text().strip() + " " + title.text();
                out.add(new Candidate(number.index(), number.count() + title.count(), text, number.page(),
                        title.rank(), true, false, title.larger()));
                c++;
            } else {
                out.add(number);
            }
        }
        return out;
    }

    private static boolean belowWithin(TextLine number, TextLine title) {
        float gap = title.y() - number.y();
        return gap > 0 && gap <= PART_TITLE_GAP * number.fontSize();
    }

    /**
     * Level 1 and 2 headings from the style of the candidates. When top-level numbers are in
     * use, an unnumbered heading is level 1 only in a larger type than the body ("Glossary",
     * "Executive summary") or when it is a standard heading word for word ("Glossary"), so
     * that bold lead-ins of the body's size do not cut sections.
     */
    List<Heading> detect(List<TextLine> lines, Set<Integer> skipPages) {
        List<Candidate> candidates = candidates(lines, skipPages);
        if (!parts.merged()) {
            return levels(candidates, lines);
        }
        // a merged file's parts each set their headings in their own styles: each part's are ranked among themselves
        List<Heading> headings = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= candidates.size(); k++) {
            if (k == candidates.size()
                    || parts.partOf(candidates.get(k).page()) != parts.partOf(candidates.get(from).page())) {
                headings.addAll(levels(candidates.subList(from, k), lines));
                from = k;
            }
        }
        return headings;
    }

    private List<Heading> levels(List<Candidate> candidates, List<TextLine> lines) {
        boolean numbered = candidates.stream().filter(Candidate::top).count() >= 2
                && !numbersSubHeadings(candidates, lines);
        // appendices are labelled in an unnumbered report too: their labels number no chapter before them
        boolean bodyNumbered = numbered && candidates.stream().filter(c -> c.top() && !isAppendix(c)).count() >= 2;
        int firstAppendix = candidates.stream().filter(HeadingDetector::isAppendix).mapToInt(Candidate::index)
                .findFirst().orElse(Integer.MAX_VALUE);
        Float styleRank = numbered ? withoutStrayRules(candidates, levelOneRank(candidates, true))
                : levelOneRank(candidates, false);
        Float levelOne = numbered ? sectionsUnderParts(candidates, styleRank) : styleRank;
        // the parts above numbered sections stand as level 2, so they do not cut the section they open
        Float partRank = Objects.equals(levelOne, styleRank) ? null : styleRank;
        List<Heading> headings = new ArrayList<>();
        int lastNumber = 0;
        int firstChapter = firstChapterOne(candidates);
        boolean byColour = toldByColour(candidates, lines, levelOne);
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            boolean prominent = levelOne != null && !c.sub() && c.rank() >= levelOne - 0.05f
                    && (partRank == null || c.rank() < partRank - 0.05f) || ocrHeading(c);
            boolean numberedHere = c.index() < firstAppendix ? bodyNumbered : numbered;
            boolean first = prominent && (!numberedHere || c.top() || c.larger() || typer.isStandardHeading(c.text()));
            if (!first && numberedHere && endMatterAfterChapters(candidates, k)) {
                first = true;
            }
            if (first && byColour && !c.larger() && !c.top() && !lines.get(c.index()).coloured()) {
                // headings told by colour alone: an uncoloured bold line of the body's size is a label in the text
                first = false;
            }
            // "7 Minute Briefing" above chapter 1 is a title, not a chapter number
            int number = k < firstChapter ? 0 : leadingNumber(c.text());
            if (first && number > 0) {
                // chapter numbers go up; a list that starts again at 1 is no chapter
                if (number <= lastNumber) {
                    first = false;
                } else {
                    lastNumber = number;
                }
            }
            if (!first && !c.larger() && ListMarkers.startsList(c.text()) && ENDS_LIST_ENTRY.matcher(c.text()).matches()) {
                continue; // a short bold list entry, not a sub-heading
            }
            headings.add(new Heading(c.index(), c.count(), first ? 1 : 2, c.text(), c.page()));
        }
        return headings;
    }

    /**
     * A heading on a page whose text is an OCR layer: the layer has no bold and sizes each line from its box, so the
     * styles of the other pages' headings cannot be met there. A short line larger than its own page's running text
     * that names a standard section word for word is a level-one heading.
     */
    private boolean ocrHeading(Candidate c) {
        return parts.ocrPage(c.page()) && c.larger() && c.count() == 1 && !c.sub()
                && SPACES.split(c.text().strip()).length <= SHORT_HEADING_WORDS && typer.isStandardHeading(c.text());
    }

    /**
     * An unnumbered end-matter heading ("Notes", "Glossary", "References") after the last numbered chapter, in the
     * style of the numbered sub-headings ("3.1 The first report"): a sub-heading of that style carries its chapter's
     * number, so an unnumbered one closing the report is no part of the last chapter but a section of its own.
     */
    private boolean endMatterAfterChapters(List<Candidate> candidates, int k) {
        Candidate c = candidates.get(k);
        // the cheap tests first: the heading's type (the vocabulary's phrases) only for one after the last chapter
        if (c.top() || c.sub() || candidates.subList(0, k).stream().noneMatch(Candidate::top)
                || candidates.subList(k + 1, candidates.size()).stream().anyMatch(Candidate::top)) {
            return false;
        }
        List<Candidate> sameStyle = candidates.stream().filter(o -> o != c && Math.abs(o.rank() - c.rank()) < 0.05f)
                .toList();
        if (sameStyle.isEmpty() || !sameStyle.stream().allMatch(Candidate::sub) || typer.typesNothing(c.text())) {
            return false;
        }
        SectionType type = typer.type(c.text());
        return type == SectionType.APPENDIX || type == SectionType.OTHER;
    }

    private static boolean isAppendix(Candidate candidate) {
        return APPENDIX.matcher(candidate.text()).lookingAt();
    }

    /**
     * The level-one headings are told from the body by colour alone: at least two of them, all coloured, none bold
     * or larger than the body (Word headings typed as Normal paragraphs in a colour).
     */
    private boolean toldByColour(List<Candidate> candidates, List<TextLine> lines, Float levelOne) {
        if (levelOne == null) {
            return false;
        }
        List<TextLine> levelOneLines = candidates.stream().filter(c -> Math.abs(c.rank() - levelOne) < 0.05f)
                .map(c -> lines.get(c.index())).toList();
        return levelOneLines.size() >= 2 && levelOneLines.stream()
                .allMatch(l -> l.coloured() && !l.bold() && !body(l).isLarger(l.fontSize()));
    }

    /**
     * Two heading styles: the most prominent one, used at least twice, larger than the body, never numbered and every
     * time drawn with a rule (above or under), and smaller numbered lines whose numbers start again at 1 under each such
     * heading (issues within a findings section). The numbers then number sub-headings, not chapters.
     */
    private boolean numbersSubHeadings(List<Candidate> candidates, List<TextLine> lines) {
        Float headingRank = levelOneRank(candidates, false);
        if (headingRank == null) {
            return false;
        }
        List<Candidate> headings = candidates.stream().filter(c -> Math.abs(c.rank() - headingRank) < 0.05f).toList();
        if (headings.size() < 2 || headings.stream().anyMatch(c -> c.top() || !c.larger()
                || !lines.get(c.index()).ruled() && !lines.get(c.index()).ruledAbove())) {
            return false;
        }
        int next = 0;
        for (Candidate c : candidates) {
            if (headings.contains(c)) {
                next = 1;
            } else if (c.top()) {
                if (next == 0 || c.rank() >= headingRank - 0.05f || leadingNumber(c.text()) != next) {
                    return false;
                }
                next++;
            }
        }
        return true;
    }

    /**
     * The most prominent style of the top-numbered headings used at least twice; without
     * numbering, the most prominent style used at least twice.
     */
    private static Float levelOneRank(List<Candidate> candidates, boolean numbered) {
        Map<Float, Integer> ranks = new HashMap<>();
        for (Candidate c : candidates) {
            if (numbered ? c.top() : !c.sub()) {
                ranks.merge(c.rank(), 1, Integer::sum);
            }
        }
        return ranks.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .max(Float::compare)
                .orElse(ranks.keySet().stream().max(Float::compare).orElse(null));
    }

    /**
     * A rule drawn right under a few numbered headings and not the others (a table's top border under the heading
     * that introduces it) lifts them above their own style. When the same style without the rule numbers more
     * headings and the numbers of both run up as one sequence (1 ... 6 plain, 7 ruled, 8 plain), they are one level:
     * the style without the rule. Headings without a leading number ("Appendix 1") do not take part in the sequence.
     */
    private static Float withoutStrayRules(List<Candidate> candidates, Float best) {
        if (best == null) {
            return null;
        }
        float plain = best - RULED;
        List<Candidate> either = candidates.stream().filter(c -> c.top()
                && (Math.abs(c.rank() - best) < 0.01f || Math.abs(c.rank() - plain) < 0.01f)).toList();
        long ruled = either.stream().filter(c -> Math.abs(c.rank() - best) < 0.01f).count();
        if (either.size() - ruled <= ruled) {
            return best;
        }
        int last = 0;
        for (Candidate c : either) {
            int number = leadingNumber(c.text());
            if (number > 0 && number <= last) {
                return best;
            }
            last = Math.max(last, number);
        }
        return plain;
    }

    /**
     * 'Part One' / 'Part Two' titles above sections numbered 1, 2, 3 ... that run on across the parts:
     * a part groups sections, so the numbered sections are level 1 when the vocabulary names most of
     * them. Returns the rank of those sections, else {@code rank} unchanged.
     */
    private Float sectionsUnderParts(List<Candidate> candidates, Float rank) {
        if (rank == null) {
            return null;
        }
        List<Candidate> parts = candidates.stream().filter(c -> c.top() && c.rank() >= rank - 0.05f).toList();
        if (parts.size() < 2 || !parts.stream().allMatch(c -> PART_LABEL.matcher(c.text()).lookingAt())) {
            return rank;
        }
        List<Candidate> numbered = candidates.stream()
                .filter(c -> c.top() && c.rank() < rank - 0.05f && leadingNumber(c.text()) > 0).toList();
        long named = numbered.stream().filter(c -> typer.type(c.text()) != SectionType.OTHER).count();
        if (numbered.size() < 2 * parts.size() || named * 2 <= numbered.size() || !runsOn(numbered, parts)) {
            return rank;
        }
        return numbered.stream().map(Candidate::rank).max(Float::compare).orElse(rank);
    }

    /** True when the sections after the second part go on from the numbers before it instead of starting at 1. */
    private static boolean runsOn(List<Candidate> numbered, List<Candidate> parts) {
        int secondPart = parts.get(1).index();
        int before = 0;
        for (Candidate c : numbered) {
            int number = leadingNumber(c.text());
            if (c.index() < secondPart) {
                before = Math.max(before, number);
            } else {
                return before > 0 && number == before + 1;
            }
        }
        return false;
    }

    /** Index of the first top-numbered candidate numbered 1 (0 when there is none). */
    private static int firstChapterOne(List<Candidate> candidates) {
        for (int k = 0; k < candidates.size(); k++) {
            if (candidates.get(k).top() && leadingNumber(candidates.get(k).text()) == 1) {
                return k;
            }
        }
        return 0;
    }

    private static int leadingNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Lines alone on a filled band count as headings only where the band comes back (a heading style): one shaded
     * line is a callout in the text.
     */
    private static boolean bandsRepeat(List<TextLine> lines, Set<Integer> skipPages) {
        int banded = 0;
        for (TextLine line : lines) {
            if (line.banded() && !skipPages.contains(line.page()) && ++banded >= 2) {
                return true;
            }
        }
        return false;
    }

    static boolean isTopNumbered(String text) {
        return TOP_NUMBER.matcher(text).lookingAt();
    }

    /**
     * Larger, bold, ALL CAPS, or in colour (a coloured line that is no link); or italic at the body's
     * size when numbered as a chapter and named by the section vocabulary ("1. Introduction" in groff mm's
     * default heading face), since italic alone also sets quotations and emphasis; or alone on a filled band when
     * {@code bands} says the report's bands come back.
     */
    private boolean isStyled(TextLine line, boolean bands) {
        String text = line.text();
        return body(line).isLarger(line.fontSize()) || line.bold() || isAllCaps(text) || bands && line.banded()
                || faceHeadings.contains(line)
                || line.coloured() && !LINK.matcher(text).find() || isItalicHeading(line) || isRuledSmallCaps(line);
    }

    /**
     * A short or chapter-numbered line in a small-capital face, larger than the body, under a drawn rule: a LaTeX
     * template's heading set in small capitals ({@code titlesec} with a rule above), regular weight and barely larger.
     */
    private boolean isRuledSmallCaps(TextLine line) {
        String text = line.text().strip();
        return line.ruledAbove() && line.smallCaps() && line.fontSize() > body(line).fontSize()
                && (TOP_NUMBER.matcher(text).lookingAt() || SPACES.split(text).length <= SHORT_HEADING_WORDS);
    }

    /**
     * An italic heading at the body's size (groff mm's {@code .H 1}): a chapter number or an appendix label ("Appendix
     * A:", mm's unnumbered {@code .HU} in the same face) opens it; up to ten words, as "2. How the review was carried
     * out" runs; and its words name a section the vocabulary knows, one it types as other too ("2. Glossary").
     */
    private boolean isItalicHeading(TextLine line) {
        String text = line.text().strip();
        return line.italic() && (LEADING_NUMBER.matcher(text).lookingAt() || APPENDIX.matcher(text).lookingAt())
                && SPACES.split(text).length <= ITALIC_HEADING_WORDS && !text.endsWith(".")
                && !typer.typesNothing(text);
    }

    private boolean continuesHeading(TextLine previous, TextLine next, float rightEdge, boolean bands) {
        return next.page() == previous.page()
                && !(bands && (previous.banded() || next.banded())) // a band holds one line
                && Math.abs(next.fontSize() - previous.fontSize()) < 0.6f
                && next.bold() == previous.bold()
                && next.y() - previous.y() > 0
                && next.y() - previous.y() <= 1.8f * previous.fontSize()
                && isStyled(next, bands)
                && !TOP_NUMBER.matcher(next.text()).lookingAt()
                && !SUB_NUMBER.matcher(next.text()).lookingAt()
                && !ListMarkers.startsList(next.text())
                && !(indentedUnder(previous, next) && !wrapped(previous, next, rightEdge))
                && labels.label(next.text()).isEmpty(); // "Recommendation 1" under "Recommendations"
    }

    /** The next line's first word would not have fitted at the end of the line before: the line wrapped there. */
    private static boolean wrapped(TextLine previous, TextLine next, float rightEdge) {
        TextFragment first = next.fragments().get(0);
        float space = INDENT_TOLERANCE * previous.fontSize();
        return previous.endX() + space + (first.endX() - first.x()) > rightEdge;
    }

    /**
     * A line starting further right than the heading, neither under one of the heading's words (a title after its
     * number) nor centred or right-aligned with it: a term or tag of the text below (mandoc's {@code .TP} tag under a {@code .SH}
     * heading at the body's line pitch), not the heading's second line, unless the heading's line wrapped onto it (a
     * Word hanging indent a few points off the title's start).
     */
    private static boolean indentedUnder(TextLine heading, TextLine next) {
        float tolerance = INDENT_TOLERANCE * heading.fontSize();
        if (next.x() - heading.x() <= tolerance) {
            return false;
        }
        boolean underAWord = heading.fragments().stream().anyMatch(f -> Math.abs(f.x() - next.x()) <= tolerance);
        boolean centred = Math.abs((heading.x() + heading.endX()) - (next.x() + next.endX())) <= 2 * tolerance;
        boolean rightAligned = Math.abs(heading.endX() - next.endX()) <= tolerance;
        return !underAWord && !centred && !rightAligned;
    }

    private boolean looksLikeHeading(TextLine line, String text, int count) {
        if (text.length() < 2 || text.length() > 200 || !ANY_LETTER.matcher(text).matches()) {
            return false;
        }
        // a number and a word in cells a drawn edge parts ('1 | LSCB') are a table row's, no numbered heading
        if (labels.label(text).isPresent() || ListMarkers.isBullet(text) || line.hasCellGap() || ruledCell(line)
                || text.endsWith(",") || text.endsWith(";") || CONTENTS_ENTRY.matcher(text).find()) {
            return false;
        }
        if (QUOTATION.matcher(text).matches()) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(0)) && !LOWER_ROMAN.matcher(text).lookingAt()) {
            return false; // the end of a sentence or a table cell in larger type, not a heading
        }
        int words = SPACES.split(text).length;
        boolean larger = body(line).isLarger(line.fontSize());
        if (larger) {
            return words <= 30;
        }
        boolean sentence = text.endsWith(".") && words >= 5;
        // a numbered heading in a narrow column may wrap onto a third line
        int maxLines = TOP_NUMBER.matcher(text).lookingAt() ? MAX_LINES : 2;
        return count <= maxLines && words <= 18 && !sentence;
    }

    private static boolean ruledCell(TextLine line) {
        return line.fragments().stream().skip(1).anyMatch(TextFragment::afterRule);
    }

    /**
     * Size first, then weight, capitals and colour (only where the body is not in colour); a rule drawn under a bold
     * heading outweighs capitals. A band of shading behind a regular line stands in for the weight.
     */
    private float rank(TextLine line, String text, boolean ruled, boolean bands) {
        float size = Math.round(line.fontSize() * 2) / 2f;
        return size + (line.bold() || bands && line.banded() ? 0.3f : 0) + (isAllCaps(text) ? 0.2f : 0)
                + (colouredApart(line) ? 0.1f : 0) + (ruled && line.bold() ? RULED : 0);
    }

    /** In colour where the body is not: a colour most of the running text has sets no heading apart from it. */
    private boolean colouredApart(TextLine line) {
        return line.coloured() && !body(line).coloured();
    }

    /**
     * At least four letters, every one a capital: asked of every line of every page (whether it is styled), so it stops
     * at the first letter that is not a capital, and reads the text in place.
     */
    static boolean isAllCaps(String text) {
        int letters = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }
}
