package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.casereview.etl.document.ReportMetadata;

/**
 * What a report says about itself, from its title page and the PDF document information.
 * Precedence: the document information title when it reads as a title (not a file name), else
 * the title page; the title page for author and date, the document information after.
 */
final class MetadataReader {

    private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b(" + Vocabulary.layout("month_names") + "|" + Vocabulary.layout("season_names") + ")\\.?\\s+(19[89]\\d|20\\d\\d)\\b");
    /** A document information title that is a working file name: "Hollinsford CSPR Baby N final v3". */
    private static final Pattern FILE_LIKE = Pattern.compile(
            "(?i).*(" + Vocabulary.layout("working_file_marks") + ").*");
    private static final int TITLE_PAGES = 2;
    /** A title page in text holds the title block and its notes: no more lines than this. */
    private static final int TITLE_PAGE_LINES = 12;
    private static final String SITE_NAME_BAR = " | ";
    private static final Pattern PLACE_AFTER = Pattern.compile("(?i)\\s+(?:for|of)\\s+(?:the\\s+)?(.+)");
    private static final float SAME_SIZE = 0.5f;
    /** Between two review types a joint review names: "... Review and Child ...", "... Review / Child ...". */
    private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:and|&|/)\\s+");
    private static final Pattern FIRST_SENTENCE_END = Pattern.compile("(?<=\\p{L}{2})\\.\\s+");
    private final List<String> reviewTypes;
    private final List<String> authorLabels;
    private final List<String> partnershipWords;
    private final List<String> publishedLabels;
    private final List<String> documentKinds;
    private final List<String> briefingSubtitles;
    /**
     * The document kinds a title keeps as its subtitle ("Overview report"): the briefing forms among the document kinds
     * ("Briefing", "Practice briefing") name the document but are no part of its title.
     */
    private final List<String> titleKinds;
    private final Pattern areaLabel;
    /** "Region" after the place in "Safeguarding Board for the X Region": the kind of place, not its name. */
    private final Pattern placeKind;
    private final Pattern publicationTail;
    private final ChildNameReader childNames;
    private final CoverTitleReader coverTitles;

    MetadataReader(Vocabulary vocabulary) {
        this.reviewTypes = byLengthDescending(vocabulary.lowerWords("review-types", "title_page_names"));
        this.authorLabels = byLengthDescending(vocabulary.lowerWords("report-metadata", "author_labels"));
        this.partnershipWords = byLengthDescending(vocabulary.lowerWords("report-metadata", "partnerships"));
        this.publishedLabels = byLengthDescending(vocabulary.lowerWords("report-metadata", "published_labels"));
        this.documentKinds = vocabulary.lowerWords("report-metadata", "document_kinds");
        this.briefingSubtitles = vocabulary.lowerWords("report-metadata", "briefing_subtitles");
        this.titleKinds = documentKinds.stream().filter(kind -> !briefingSubtitles.contains(kind)).toList();
        // a bar or dot, an optional published label, then a date that ends the line: bounded and anchored
        this.publicationTail = Pattern.compile("(?i)\\s+[|\u00b7\u2022]\\s+(?:(?:" + String.join("|", publishedLabels.stream()
                .map(Pattern::quote).toList()) + ")\\s*:?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:\\p{L}{3,9}\\s+)?(?:19|20)\\d\\d\\s*$");
        this.areaLabel = Pattern.compile("(?i)(" + String.join("|", byLengthDescending(
                vocabulary.lowerWords("report-metadata", "area_labels")).stream().map(Pattern::quote).toList())
                + ")\\s*:\\s*(\\p{Lu}[\\p{L}' &-]+)");
        this.placeKind = Pattern.compile("(?i)\\s+(?:" + String.join("|", vocabulary.lowerWords("report-metadata",
                "place_kind_words").stream().map(Pattern::quote).toList()) + ")$");
        this.childNames = new ChildNameReader(reviewTypes, partnershipWords, documentKinds);
        SectionTyper typer = new SectionTyper(vocabulary);
        this.coverTitles = new CoverTitleReader(reviewTypes, partnershipWords, documentKinds, titleKinds,
                vocabulary.lowerWords("report-metadata", "bare_review_names"), heading -> !typer.typesNothing(heading));
    }

    /**
     * @param rawPages pages before furniture removal (the partnership is often in the running header)
     * @param info     PDF document information
     */
    ReportMetadata read(List<PageText> rawPages, PDDocumentInformation info, int pageCount) {
        return read(rawPages, BodyStyle.of(rawPages), info, pageCount);
    }

    /** {@link #read} with the body style of {@code rawPages} already known (the extractor's, shared with analysis). */
    ReportMetadata read(List<PageText> rawPages, BodyStyle body, PDDocumentInformation info, int pageCount) {
        List<TextLine> titleLines = new ArrayList<>();
        for (PageText page : rawPages) {
            if (page.number() == 1 || page.number() <= TITLE_PAGES && titleLines.size() < 3) {
                titleLines.addAll(page.lines());
            }
        }
        List<String> texts = titleLines.stream().map(l -> TextRepair.clean(l.text())).toList();
        String infoTitle = info == null ? null : blankToNull(info.getTitle());
        if (infoTitle != null && (FILE_LIKE.matcher(infoTitle).matches() || infoTitle.split("\\s+").length < 2)) {
            infoTitle = null;
        }
        String reviewType = findReviewType(infoTitle, titleLines, CoverTitleReader.runningText(titleLines, body));
        if (infoTitle != null && reviewType != null && typeIn(infoTitle) == null && !printed(infoTitle, texts)) {
            // "Kelderby learning briefing issue 7": a working name printed nowhere, while the page names the review
            infoTitle = null;
        }
        boolean imageCover = rawPages.isEmpty() || rawPages.get(0).lines().isEmpty();
        List<TextLine> runningHeads = RunningHeads.ofFirstPage(rawPages);
        List<TextLine> coverLines = titleLines.stream().filter(l -> !runningHeads.contains(l)).toList();
        String coverTitle = imageCover ? headerTitle(rawPages, reviewType).orElse(coverTitles.title(titleLines, reviewType, body))
                : coverTitles.title(coverLines.isEmpty() ? titleLines : coverLines, reviewType, body);
        if (infoTitle != null && reviewType != null && typeIn(infoTitle) == null && !printedAsLines(infoTitle, texts)
                && coverTitle != null && !key(coverTitle).contains(key(infoTitle))) {
            // "Learning on a page" printed only inside a strap line ("Learning on a page | ... | January 2026") while
            // the cover's title names the review: a kind of document, not its title
            infoTitle = null;
        }
        if (infoTitle != null && infoTitle.contains(SITE_NAME_BAR)) {
            infoTitle = withoutSiteName(infoTitle, coverLines.stream().map(l -> TextRepair.clean(l.text())).toList());
        }
        if (infoTitle != null && !printed(infoTitle, texts) && extendsCoverTitle(infoTitle, coverTitle)) {
            // "Ottermouth Learning Review Child L" over a cover printing "LEARNING REVIEW" / "Child L": the printed title
            infoTitle = null;
        }
        Optional<String> whole = infoTitle == null ? Optional.empty() : wholePrintedTitle(infoTitle, coverTitle, texts);
        if (whole.isPresent()) {
            // "Thematic review - self-harm" over a cover printing "THEMATIC REVIEW" / "Self-harm and Suicidal ...":
            // a working title cut short, the printed title whole
            infoTitle = null;
            coverTitle = whole.get();
        }
        String title = withoutPublicationTail(infoTitle == null ? coverTitle
                : withDocumentKind(withoutBriefingSubtitle(TextRepair.clean(infoTitle), titleLines), titleLines));
        String partnership = partnership(texts, titleLines, rawPages);
        String area = partnership == null ? null : area(partnership);
        if (area == null) {
            area = labelledArea(texts);
        }
        String childName = childName(title, titleLines, reviewType, partnership, rawPages, coverLines);
        // behind an image cover the first text is the body's: its dates are events, not the publication
        Integer year = publicationYear(texts, info, !imageCover, rawPages,
                imageCover ? titlePageDateBehindImage(rawPages, reviewType) : OptionalInt.empty());
        String author = author(texts, info);
        return new ReportMetadata(title, childName, reviewType, area, partnership, year, author, pageCount);
    }

    /** The child's pseudonym from the title, else from a letter's addressee on the cover; never the partnership's place. */
    private String childName(String title, List<TextLine> titleLines, String reviewType, String partnership,
            List<PageText> rawPages, List<TextLine> coverLines) {
        String childName = childNames.childName(title, titleLines, reviewType);
        if (childName != null && partnership != null && namesThePlace(childName, partnership)) {
            // "Learning Review: Cwm Taf" by the "Cwm Taf Regional Safeguarding Board": a place, not a pseudonym
            childName = null;
        }
        if (childName == null) {
            childName = LetterAddressee.named(rawPages, coverLines, word -> childNames.isPseudonym(word, reviewType)).orElse(null);
        }
        return childName;
    }

    /**
     * The review type named by the document information title, else the longest named on the title
     * pages, lines wrapped on the cover read together ("A Local Child Safeguarding" / "Practice Review"),
     * outside running text when a line there names one.
     */
    private String findReviewType(String infoTitle, List<TextLine> titleLines, Set<TextLine> runningText) {
        if (infoTitle != null) {
            String found = typeIn(infoTitle);
            if (found != null) {
                return found;
            }
        }
        String outsideText = longestTypeIn(titleLines.stream().filter(l -> !runningText.contains(l)).toList());
        return outsideText != null ? outsideText : longestTypeIn(titleLines);
    }

    /** The longest type named; a joint review's first-named type before any ({@link #jointType}). */
    private String longestTypeIn(List<TextLine> lines) {
        List<String> sources = new ArrayList<>(lines.stream().map(l -> TextRepair.clean(l.text())).toList());
        sources.addAll(wrappedPairs(lines));
        String best = null;
        for (String source : sources) {
            String found = typeIn(source);
            if (found != null && jointType(source, found)) {
                return found;
            }
            if (found != null && (best == null || found.length() > best.length())) {
                best = found;
            }
        }
        return best;
    }

    /**
     * "Joint Domestic Homicide Review and Child Safeguarding Practice Review": the source names a second review type
     * right after the first, joined by 'and' or a slash. A joint review's type is the one named first (the convention
     * of the reports-e2e truth: the Community Safety Partnership's DHR, named first, is the review).
     */
    private boolean jointType(String source, String first) {
        int end = source.toLowerCase(Locale.ROOT).indexOf(first.toLowerCase(Locale.ROOT)) + first.length();
        Matcher joined = JOINED.matcher(source.substring(end));
        if (!joined.lookingAt()) {
            return false;
        }
        String rest = source.substring(end + joined.end()).toLowerCase(Locale.ROOT);
        return reviewTypes.stream().anyMatch(type -> rest.startsWith(type) || rest.startsWith("local " + type));
    }

    /** The review type named first in the source; of those starting at one place the longest. */
    private String typeIn(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        int bestAt = -1;
        String best = null;
        for (String type : reviewTypes) {
            int at = lower.indexOf(type);
            if (at >= 0 && (best == null || at < bestAt)) {
                bestAt = at;
                best = source.substring(at, at + type.length());
            }
        }
        return best;
    }

    /** The cover's subtitle naming the kind of document, added to a document information title that lacks it. */
    private String withDocumentKind(String title, List<TextLine> titleLines) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (int i = 0; i < titleLines.size() && titleLines.get(i).page() == 1; i++) {
            String text = TextRepair.clean(titleLines.get(i).text());
            String kind = text.toLowerCase(Locale.ROOT);
            if (titleKinds.contains(kind) && !lower.contains(kind)) {
                // "Executive summary" over the body on page 1 is the first section, not a subtitle
                return CoverTitleReader.headsRunningText(titleLines, i) ? title : title + " - " + text;
            }
        }
        return title;
    }

    /**
     * "Title - Practitioner briefing" (beamer writes title and subtitle so): a subtitle naming a briefing, printed as
     * its own smaller line right under the printed title's last line, is no part of the review's title. Printed in
     * the title line, it stays.
     */
    private String withoutBriefingSubtitle(String title, List<TextLine> titleLines) {
        int at = Math.max(title.lastIndexOf(" - "), title.lastIndexOf(" \u2013 "));
        String subtitle = at <= 0 ? "" : title.substring(at + 3).strip();
        if (!briefingSubtitles.contains(subtitle.toLowerCase(Locale.ROOT))) {
            return title;
        }
        String main = title.substring(0, at).strip();
        for (int i = 1; i < titleLines.size() && titleLines.get(i).page() == 1; i++) {
            TextLine line = titleLines.get(i - 1);
            TextLine under = titleLines.get(i);
            String lineKey = key(TextRepair.clean(line.text()));
            boolean endsTitle = !lineKey.isEmpty() && key(main).endsWith(lineKey);
            if (endsTitle && key(TextRepair.clean(under.text())).equals(key(subtitle))
                    && under.fontSize() < line.fontSize() - SAME_SIZE) {
                return main;
            }
        }
        return title;
    }

    private String partnership(List<String> texts, List<TextLine> titleLines, List<PageText> rawPages) {
        List<String> sources = new ArrayList<>(texts);
        sources.addAll(wrappedPairs(titleLines));
        rawPages.stream().limit(4).forEach(p -> p.lines().forEach(l -> sources.add(TextRepair.clean(l.text()))));
        // a form with no cover names its partnership in a header cell, wrapped over lines beside other cells
        rawPages.stream().limit(1).forEach(p -> RuledCellTexts.wrapped(p.lines())
                .forEach(cell -> sources.add(TextRepair.clean(cell))));
        for (int index = 0; index < sources.size(); index++) {
            String source = sources.get(index);
            String lower = source.toLowerCase(Locale.ROOT);
            // "Safeguarding Board for Northern Ireland. Independent chair: ...": the name is the line's first sentence
            String sentence = FIRST_SENTENCE_END.split(source, 2)[0];
            for (String word : partnershipWords) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower);
                // "Safeguarding Board for Northern Ireland": the place follows the partnership words
                boolean placeAfter = m.find() && m.start() == 0 && sentence.split("\\s+").length <= 8
                        && lower.substring(m.end(), sentence.length()).matches("\\s+(for|of)\\s+(the\\s+)?\\p{L}[\\p{L}' -]+");
                if (placeAfter) {
                    boolean wrapped = sentence.equals(source) && index + 1 < titleLines.size()
                            && coverTitles.continuesName(titleLines.get(index), titleLines.get(index + 1));
                    // "Safeguarding Board for Northern" / "Ireland": the place goes on in the next line of its paragraph
                    return wrapped ? source.strip() + " " + texts.get(index + 1) : sentence.strip();
                }
                if (m.find(0) && m.start() > 0 && source.length() < 120) {
                    String place = PlaceWords.endingPlace(source.substring(0, m.start()));
                    if (!place.isEmpty()) {
                        return place + " " + source.substring(m.start(), m.end());
                    }
                }
            }
        }
        return null;
    }

    /**
     * A web page's title as the browser keeps it, "Review: Child R | Daneford Council": the page prints the title
     * without the site's name (the whole of it only in the browser's running header), so that is the title.
     */
    private static String withoutSiteName(String infoTitle, List<String> coverTexts) {
        String page = infoTitle.substring(0, infoTitle.lastIndexOf(SITE_NAME_BAR)).strip();
        return printed(page, coverTexts) && !printed(infoTitle, coverTexts) ? page : infoTitle;
    }

    /** "Tusla area: Slievebrack and Moyne": a cover line naming the area after a label. */
    private String labelledArea(List<String> texts) {
        for (String text : texts) {
            Matcher m = areaLabel.matcher(text.strip());
            if (m.matches()) {
                return m.group(2).strip();
            }
        }
        return null;
    }

    /** Two successive title-page lines of one size read as one: a partnership name wrapped on the cover. */
    private List<String> wrappedPairs(List<TextLine> titleLines) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < titleLines.size(); i++) {
            TextLine line = titleLines.get(i);
            TextLine next = titleLines.get(i + 1);
            if (line.page() == next.page() && Math.abs(line.fontSize() - next.fontSize()) < SAME_SIZE) {
                pairs.add(WrappedTitleWords.join(TextRepair.clean(line.text()), TextRepair.clean(next.text()),
                        text -> typeIn(text) != null));
            }
        }
        return pairs;
    }

    private static boolean namesThePlace(String name, String partnership) {
        return Pattern.compile("(?i)(^|[^\\p{L}])" + Pattern.quote(name) + "($|[^\\p{L}])").matcher(partnership).find();
    }

    private String area(String partnership) {
        String lower = partnership.toLowerCase(Locale.ROOT);
        for (String word : partnershipWords) {
            int at = lower.indexOf(word);
            if (at == 0 && lower.length() > word.length()) {
                Matcher place = PLACE_AFTER.matcher(partnership.substring(word.length()));
                if (!place.matches()) {
                    return null;
                }
                String named = placeKind.matcher(place.group(1).strip()).replaceFirst("");
                return named.isEmpty() ? place.group(1).strip() : named;
            }
            if (at > 0) {
                // "Ravensholme Children's Safeguarding Partnership": the children word belongs to the partnership name
                String area = partnership.substring(0, at).strip().replaceFirst("(?i)^the\\s+", "")
                        .replaceFirst("(?i)\\s+children[\u2019']?s?$", "").strip();
                return area.replaceAll("[,\u2019']s?$", "").strip().isEmpty() ? null : area.strip();
            }
        }
        return null;
    }

    /**
     * A cover that is an image leaves the title to the running header of the first page with text
     * ("Larchfield SCP - Child Safeguarding Practice Review: Child V"): from the review type on.
     */
    private static Optional<String> headerTitle(List<PageText> rawPages, String reviewType) {
        if (reviewType == null) {
            return Optional.empty();
        }
        return rawPages.stream().filter(p -> !p.lines().isEmpty()).findFirst().map(p -> TextRepair.clean(
                p.lines().get(0).text())).flatMap(header -> {
                    int at = header.toLowerCase(Locale.ROOT).indexOf(reviewType.toLowerCase(Locale.ROOT));
                    String title = at < 0 ? "" : header.substring(at).strip();
                    return title.length() > reviewType.length() + 2 ? Optional.of(title) : Optional.empty();
                });
    }

    private Integer publicationYear(List<String> texts, PDDocumentInformation info, boolean monthYearOnCover,
                                    List<PageText> rawPages, OptionalInt titlePageDate) {
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String label : publishedLabels) {
                if (lower.startsWith(label)) {
                    Matcher m = YEAR.matcher(text);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
        }
        for (String text : monthYearOnCover ? texts : List.<String>of()) {
            Matcher m = MONTH_YEAR.matcher(text);
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
        }
        OptionalInt signedOff = monthYearOnCover ? DateColumn.year(rawPages, TITLE_PAGES, MONTH_YEAR) : OptionalInt.empty();
        if (signedOff.isPresent()) {
            return signedOff.getAsInt();
        }
        OptionalInt yearLine = monthYearOnCover ? coverYearLine(rawPages) : OptionalInt.empty();
        if (yearLine.isPresent()) {
            return yearLine.getAsInt();
        }
        if (titlePageDate.isPresent()) {
            return titlePageDate.getAsInt();
        }
        Calendar created = info == null ? null : info.getCreationDate();
        if (created == null && info != null) {
            created = info.getModificationDate();
        }
        return created == null ? null : created.get(Calendar.YEAR);
    }

    /**
     * Behind a cover that is an image, the book's own title page in text may follow (calibre rasterises an EPUB's cover
     * and prints the title page after it): the first page with text, short, naming the review type, with one line that
     * is only a month and year ("October 2025"). That line is the publication's date; a body page's dated sentences,
     * or a chronology's column of dates, are not.
     */
    private static OptionalInt titlePageDateBehindImage(List<PageText> rawPages, String reviewType) {
        Optional<PageText> first = rawPages.stream().filter(p -> !p.lines().isEmpty()).findFirst();
        if (reviewType == null || first.isEmpty() || first.get().lines().size() > TITLE_PAGE_LINES) {
            return OptionalInt.empty();
        }
        List<String> lines = first.get().lines().stream().map(l -> TextRepair.clean(l.text()).strip()).toList();
        String type = reviewType.toLowerCase(Locale.ROOT);
        if (lines.stream().noneMatch(l -> l.toLowerCase(Locale.ROOT).contains(type))) {
            return OptionalInt.empty();
        }
        List<Integer> dates = lines.stream().map(MONTH_YEAR::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(2))).toList();
        return dates.size() == 1 ? OptionalInt.of(dates.get(0)) : OptionalInt.empty();
    }

    /**
     * A cover printing its year alone on a line ("Child P" / "2025"): the publication's year, before the file's creation
     * date. Only one such line on the first page: a column of years is a table's, not the cover's date.
     */
    private static OptionalInt coverYearLine(List<PageText> rawPages) {
        List<Integer> years = rawPages.stream().filter(p -> p.number() == 1).flatMap(p -> p.lines().stream())
                .map(l -> TextRepair.clean(l.text()).strip()).filter(t -> YEAR.matcher(t).matches())
                .map(Integer::parseInt).toList();
        return years.size() == 1 ? OptionalInt.of(years.get(0)) : OptionalInt.empty();
    }

    private String author(List<String> texts, PDDocumentInformation info) {
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String label : authorLabels) {
                if (lower.startsWith(label) && text.length() > label.length()) {
                    String rest = text.substring(label.length()).replaceFirst("^\\s*[:\u2013\u2014-]?\\s*", "").strip();
                    if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
                        return rest;
                    }
                }
            }
        }
        return info == null ? null : blankToNull(info.getAuthor());
    }

    /**
     * The document information title is the cover's title, naming the review type, with words added around it (a
     * place, a working prefix): its words in order hold the cover title's.
     */
    private boolean extendsCoverTitle(String infoTitle, String coverTitle) {
        String cover = coverTitle == null ? "" : key(coverTitle);
        return !cover.isEmpty() && typeIn(coverTitle) != null && key(infoTitle).contains(cover);
    }

    /**
     * The document information title read over the cover stops partway through the printed title's phrase (no colon
     * or dash after its last word there): its words are a cover line naming the kind ("THEMATIC REVIEW") or none,
     * then the beginning of the cover's title. The printed title whole, after that kind line. One that stops at a
     * separator is the printed title's main part, the rest a subtitle, and is kept.
     */
    private static Optional<String> wholePrintedTitle(String infoTitle, String coverTitle, List<String> coverTexts) {
        String info = key(infoTitle);
        String cover = coverTitle == null ? "" : key(coverTitle);
        for (int split = 0; split < info.length() && !cover.isEmpty(); split++) {
            String kind = info.substring(0, split);
            if (cover.startsWith(info.substring(split)) && goesOn(coverTitle, info.length() - split)) {
                if (split == 0) {
                    return Optional.of(coverTitle);
                }
                Optional<String> kindLine = cover.contains(kind) ? Optional.empty()
                        : coverTexts.stream().filter(t -> key(t).equals(kind)).findFirst();
                if (kindLine.isPresent()) {
                    return Optional.of(capitalised(kindLine.get()) + ": " + coverTitle);
                }
            }
        }
        return Optional.empty();
    }

    /** After its first {@code letters} letters and digits, at a word's end, the title's phrase goes on with a word. */
    private static boolean goesOn(String title, int letters) {
        int matched = 0;
        int at = 0;
        while (at < title.length() && matched < letters) {
            if (Character.isLetterOrDigit(title.charAt(at++))) {
                matched++;
            }
        }
        String rest = title.substring(at).strip();
        // at a word's end ("Child S" is no beginning of "Child Safeguarding ...")
        boolean wordEnds = at < title.length() && Character.isWhitespace(title.charAt(at));
        return matched == letters && wordEnds && !rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0));
    }

    /** "THEMATIC REVIEW" -> "Thematic Review"; a line in mixed case as printed. */
    private static String capitalised(String line) {
        if (line.codePoints().anyMatch(Character::isLowerCase)) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (String word : line.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(word.isEmpty() ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return out.toString();
    }

    /**
     * A title line that goes on after a bar with the publication date ("Child Safeguarding Practice Review: Child L |
     * Published January 2025"): the date is no part of the title.
     */
    private String withoutPublicationTail(String title) {
        if (title == null) {
            return null;
        }
        Matcher tail = publicationTail.matcher(title);
        return tail.find() && tail.start() > 0 ? title.substring(0, tail.start()).strip() : title;
    }

    /** The title pages print the words of the document information title, in order, line breaks aside. */
    private static boolean printed(String infoTitle, List<String> texts) {
        String wanted = key(infoTitle);
        return !wanted.isEmpty() && key(String.join(" ", texts)).contains(wanted);
    }

    /** The title is printed as whole lines of the title pages: one line, or lines one after another. */
    private static boolean printedAsLines(String infoTitle, List<String> texts) {
        String wanted = key(infoTitle);
        for (int i = 0; i < texts.size() && !wanted.isEmpty(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < texts.size() && run.length() < wanted.length(); j++) {
                run.append(key(texts.get(j)));
                if (run.toString().equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> byLengthDescending(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
