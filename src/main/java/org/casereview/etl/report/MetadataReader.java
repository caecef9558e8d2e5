package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern CHILD = Pattern.compile(
            "\\b(Child|Baby|Infant|Sibling|Young Person)\\s+([A-Z]{1,2}\\d{0,2})(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+(19[89]\\d|20\\d\\d)\\b");
    private static final Pattern FILE_LIKE = Pattern.compile("(?i).*(\\.docx?|\\.pdf|\\.odt|microsoft word|untitled).*");
    private static final int TITLE_PAGES = 2;

    private final List<String> reviewTypes;
    private final List<String> authorLabels;
    private final List<String> partnershipWords;
    private final List<String> publishedLabels;
    private final List<String> documentKinds;

    MetadataReader(Vocabulary vocabulary) {
        this.reviewTypes = byLengthDescending(vocabulary.lowerWords("review_type"));
        this.authorLabels = byLengthDescending(vocabulary.lowerWords("author_label"));
        this.partnershipWords = byLengthDescending(vocabulary.lowerWords("partnership"));
        this.publishedLabels = byLengthDescending(vocabulary.lowerWords("published_label"));
        this.documentKinds = vocabulary.lowerWords("document_kind");
    }

    /**
     * @param rawPages pages before furniture removal (the partnership is often in the running header)
     * @param info     PDF document information
     */
    ReportMetadata read(List<PageText> rawPages, PDDocumentInformation info, int pageCount) {
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
        String reviewType = findReviewType(infoTitle, texts);
        String title = infoTitle != null ? TextRepair.clean(infoTitle) : titleFromPage(titleLines, reviewType);
        String childName = childName(title, titleLines, reviewType);
        String partnership = partnership(texts, rawPages);
        String area = partnership == null ? null : area(partnership);
        Integer year = publicationYear(texts, info);
        String author = author(texts, info);
        return new ReportMetadata(title, childName, reviewType, area, partnership, year, author, pageCount);
    }

    private String findReviewType(String infoTitle, List<String> texts) {
        List<String> sources = new ArrayList<>();
        if (infoTitle != null) {
            sources.add(infoTitle);
        }
        sources.addAll(texts);
        for (String source : sources) {
            String lower = source.toLowerCase(Locale.ROOT);
            for (String type : reviewTypes) {
                int at = lower.indexOf(type);
                if (at >= 0) {
                    return source.substring(at, at + type.length());
                }
            }
        }
        return null;
    }

    /**
     * The line naming the review type and the largest line of the title page, with a subtitle
     * naming the kind of document: "Serious Case Review: Baby E - Overview Report".
     */
    private String titleFromPage(List<TextLine> titleLines, String reviewType) {
        List<TextLine> cover = titleLines.stream().filter(l -> l.page() == 1).toList();
        TextLine largest = cover.stream().max(Comparator.comparingDouble(TextLine::fontSize)).orElse(null);
        if (largest == null) {
            return reviewType;
        }
        String main = TextRepair.clean(largest.text());
        String title = main;
        if (reviewType != null && !main.toLowerCase(Locale.ROOT).contains(reviewType.toLowerCase(Locale.ROOT))) {
            String kind = cover.stream().map(l -> TextRepair.clean(l.text()))
                    .filter(t -> t.toLowerCase(Locale.ROOT).contains(reviewType.toLowerCase(Locale.ROOT)) && t.length() < 80)
                    .findFirst().orElse(reviewType);
            title = kind + ": " + main;
        }
        int next = cover.indexOf(largest) + 1;
        if (next < cover.size() && documentKinds.contains(TextRepair.clean(cover.get(next).text()).toLowerCase(Locale.ROOT))) {
            title = title + " - " + TextRepair.clean(cover.get(next).text());
        }
        return title;
    }

    private String childName(String title, List<TextLine> titleLines, String reviewType) {
        boolean thematic = title != null && title.toLowerCase(Locale.ROOT).contains("thematic")
                || titleLines.stream().anyMatch(l -> l.text().toLowerCase(Locale.ROOT).contains("thematic"));
        if (thematic) {
            return null;
        }
        for (String text : candidatesForName(title, titleLines)) {
            Matcher m = CHILD.matcher(text);
            if (m.find()) {
                return m.group(1) + " " + m.group(2);
            }
        }
        if (title != null && title.contains(":")) {
            String after = title.substring(title.lastIndexOf(':') + 1).strip();
            if (isPseudonym(after, reviewType)) {
                return after;
            }
        }
        TextLine largest = titleLines.stream().filter(l -> l.page() == 1)
                .max(Comparator.comparingDouble(TextLine::fontSize)).orElse(null);
        if (largest != null && isPseudonym(TextRepair.clean(largest.text()), reviewType)) {
            return TextRepair.clean(largest.text());
        }
        return null;
    }

    private static List<String> candidatesForName(String title, List<TextLine> titleLines) {
        List<String> texts = new ArrayList<>();
        if (title != null) {
            texts.add(title);
        }
        titleLines.stream().filter(l -> l.page() == 1)
                .sorted(Comparator.comparingDouble(TextLine::fontSize).reversed())
                .forEach(l -> texts.add(TextRepair.clean(l.text())));
        return texts;
    }

    /** One or two capitalised words that name no review type or partnership: "Kacper", "Lily Rose". */
    private boolean isPseudonym(String text, String reviewType) {
        if (!text.matches("\\p{Lu}[\\p{L}'\u2019-]+( \\p{Lu}[\\p{L}'\u2019-]+)?")) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean reviewWords = reviewTypes.stream().anyMatch(t -> t.contains(lower) || lower.contains(t))
                || partnershipWords.stream().anyMatch(lower::contains)
                || lower.matches(".*\\b(report|review|overview|summary|contents|thematic|executive|final|draft)\\b.*");
        return !reviewWords && (reviewType == null || !reviewType.toLowerCase(Locale.ROOT).contains(lower));
    }

    private String partnership(List<String> texts, List<PageText> rawPages) {
        List<String> sources = new ArrayList<>(texts);
        rawPages.stream().limit(4).forEach(p -> p.lines().forEach(l -> sources.add(TextRepair.clean(l.text()))));
        for (String source : sources) {
            String lower = source.toLowerCase(Locale.ROOT);
            for (String word : partnershipWords) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower);
                if (m.find() && m.start() > 0 && source.length() < 120) {
                    String printed = source.substring(0, m.end());
                    int sentenceStart = Math.max(printed.lastIndexOf(". "), printed.lastIndexOf(": "));
                    printed = sentenceStart >= 0 ? printed.substring(sentenceStart + 2) : printed;
                    printed = printed.replaceFirst("(?i)^(the|this report is published by the|published by the)\\s+", "");
                    return printed.strip();
                }
            }
        }
        return null;
    }

    private String area(String partnership) {
        String lower = partnership.toLowerCase(Locale.ROOT);
        for (String word : partnershipWords) {
            int at = lower.indexOf(word);
            if (at > 0) {
                String area = partnership.substring(0, at).replaceFirst("(?i)^the\\s+", "").strip();
                return area.replaceAll("[,\u2019']s?$", "").strip().isEmpty() ? null : area.strip();
            }
        }
        return null;
    }

    private Integer publicationYear(List<String> texts, PDDocumentInformation info) {
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
        for (String text : texts) {
            Matcher m = MONTH_YEAR.matcher(text);
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
        }
        Calendar created = info == null ? null : info.getCreationDate();
        if (created == null && info != null) {
            created = info.getModificationDate();
        }
        return created == null ? null : created.get(Calendar.YEAR);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> byLengthDescending(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
