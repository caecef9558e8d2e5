package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;

/**
 * Builds one {@link DigestEntry} from its heading and body units: the summary up to the first
 * label, then one section per label, the "makes no recommendations" sentence and the report link.
 */
final class EntryBuilder {

    private final UnitShapes shapes;
    private final HeadingReader headings;
    private final ListSplitter lists = new ListSplitter();
    /** A topic tag: a short phrase of up to five words, no sentence ('Physical abuse', 'Under 5s', '11 to 15'). */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "[\\p{L}\\d][\\p{L}\\d'\u2019&/-]*(?: [\\p{L}\\d'\u2019&/-]+){0,4}");
    /** A list marker before a section's only line ('- None identified.'). */
    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("^(?:[-*+\u2022\u00b7]|\\d{1,2}[.)])\\s+");

    EntryBuilder(UnitShapes shapes, HeadingReader headings) {
        this.shapes = shapes;
        this.headings = headings;
    }

    /** A piece of a unit: prose, or the start of a labelled section, or a no-recommendations sentence. */
    private record Piece(UnitShapes.LabelMatch label, boolean noRecommendations, String text) {
    }

    private static final class SectionDraft {
        final SectionType type;
        final String heading;
        final List<String> lines = new ArrayList<>();
        /** The label stood alone on its line: each line under it is one point (DOCX/HTML paragraphs). */
        boolean labelAlone;
        /** A row of the entry's facts ("Age: 13 years"), no labelled section: the prose goes on where it was. */
        boolean fact;

        SectionDraft(SectionType type, String heading) {
            this.type = type;
            this.heading = heading;
        }

        void add(String text, boolean newLine) {
            if (text.isBlank()) {
                return;
            }
            if (lines.isEmpty() || newLine) {
                lines.add(text.strip());
            } else {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + text.strip());
            }
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }

        String text() {
            if (labelAlone && lines.size() > 1) {
                return String.join("\n", lines.stream().map(l -> isListLine(l) ? l : "- " + l).toList());
            }
            return String.join("\n", lines);
        }

        private static boolean isListLine(String line) {
            return UnitShapes.BULLET.matcher(line).find() || UnitShapes.NUMBERED.matcher(line).find();
        }
    }

    /** @param groupArea the area a group heading over the entry names, when the entry states none of its own */
    DigestEntry build(int entryNo, Unit heading, List<Unit> body, String groupArea) {
        Reading reading = new Reading(headings.read(heading.text()));
        for (int u = 0; u < body.size(); u++) {
            reading.take(body.get(u).text(), onlyLinksAfter(body, u));
        }
        reading.linkFromHeading(heading.text());
        reading.dropNoneRecommendations();
        reading.areaFromGroup(groupArea);
        return reading.entry(entryNo, heading.line());
    }

    /**
     * One entry read unit by unit. Each kind of unit has its own method, tried in order; a unit
     * none of them takes is cut into pieces at its labels and goes into the sections.
     */
    private final class Reading {
        private final HeadingReader.Heading heading;
        private final SectionDraft summary = new SectionDraft(SectionType.SUMMARY, "Summary");
        private final List<SectionDraft> drafts = new ArrayList<>();
        /** The section prose goes into; null after a no-recommendations sentence or the closing link. */
        private SectionDraft current = summary;
        private boolean afterLink;
        /** True once a heading that is not the entry's came after its closing link: the rest is not the entry's. */
        private boolean closed;
        private String noRecsText;
        private String linkText;
        private String linkTarget;
        private String area;
        private String title;
        /** Year of the entry's own "Published 1 August 2025" line: its publication year when the heading has none. */
        private Integer dateLineYear;
        /** The background an entry opened with, when the paragraphs after it were read as the summary. */
        private SectionDraft backgroundBeforeSummary;
        /** Every unit read into the summary so far is a short phrase with no sentence in it (a listing's topic tag). */
        private boolean summaryOfTags = true;
        /** How many topic tags (short phrases, each a unit) were read into the summary. */
        private int tagUnits;

        Reading(HeadingReader.Heading heading) {
            this.heading = heading;
            this.area = heading.area();
            this.title = plain(heading.title());
        }

        void take(String text, boolean onlyLinksAfter) {
            closed = closed || pageMatterHeading(text);
            boolean taken = closed || (onlyLinksAfter && keywordLine(text)) || headingAfterList(text) || titleGoesOn(text) || link(text) || detail(text) || shapes.isLinkPrefixOnly(text);
            if (!taken) {
                boolean bullet = UnitShapes.BULLET.matcher(text).find();
                List<Piece> pieces = pieces(text);
                summaryAfterOpeningBackground(pieces.get(0), bullet);
                for (Piece piece : pieces) {
                    place(piece, bullet);
                }
            }
        }

        /**
         * "Background: the family moved here in 2028." then "Death of a 3-month-old boy in 2030 ...": an entry that
         * opens with its background before any summary tells what happened in the next paragraph. A paragraph of prose
         * after the opening background's own paragraph is the summary every entry has (else the summary stayed empty
         * and every later paragraph was background). A paragraph going on in lower case was joined to the background's
         * by the unit reader already; a background given as a list keeps all its lines.
         */
        private void summaryAfterOpeningBackground(Piece first, boolean bullet) {
            boolean openingBackground = summary.isEmpty() && drafts.size() == 1 && current == drafts.get(0)
                    && current.type == SectionType.BACKGROUND && !current.isEmpty();
            if (openingBackground && first.label() == null && !first.noRecommendations() && !bullet
                    && !first.text().isBlank() && current.lines.stream().noneMatch(SectionDraft::isListLine)) {
                backgroundBeforeSummary = current;
                current = summary;
            }
        }

        /**
         * A heading after the entry's closing link that is no label ("### Related resources" over a list of the
         * site's pages): it names no review (else it would head an entry), so it and what follows it up to the next
         * entry are the page's, not the entry's.
         */
        private boolean pageMatterHeading(String text) {
            return afterLink && current == null && UnitShapes.MARKDOWN_HEADING.matcher(text).find()
                    && shapes.labelAt(text, 0) == null;
        }

        /** "Substance misuse, pre-birth risk assessments, unknown men." under the last list: keywords, no item. */
        private boolean keywordLine(String text) {
            if (current == null || current == summary || !UnitShapes.isKeywordLine(text)) {
                return false;
            }
            SectionDraft keywords = new SectionDraft(SectionType.OTHER, null);
            drafts.add(keywords);
            keywords.add(plain(text), false);
            current = null;
            return true;
        }

        /** "## 4. What the review found worked well" after a list: a heading of its own, not a point of the list. */
        private boolean headingAfterList(String text) {
            if (current == null || current == summary || !current.type.hasItems()
                    || !UnitShapes.MARKDOWN_HEADING.matcher(text).find() || shapes.labelAt(text, 0) != null) {
                return false;
            }
            current = new SectionDraft(SectionType.OTHER, UnitShapes.stripHeadingMarkup(text));
            drafts.add(current);
            return true;
        }

        /** "### Child V" over a line "Child safeguarding practice review": one title on two lines. */
        private boolean titleGoesOn(String text) {
            boolean first = summary.isEmpty() && drafts.isEmpty() && title.equals(plain(heading.title()));
            if (!first || !shapes.isReviewTypeLine(text) || shapes.isReviewTypeLine(title)) {
                return false;
            }
            title = title + ": " + UnitShapes.stripHeadingMarkup(text);
            return true;
        }

        private boolean link(String text) {
            LinkShapes.Link link = shapes.link(text);
            if (link == null) {
                return false;
            }
            if (linkText == null) {
                linkText = link.text();
                linkTarget = link.target();
            } else if (linkTarget == null && link.text().equals(link.target())) {
                // "Read the overview report" with its address on the next line
                linkTarget = link.target();
            }
            // a link straight under the heading comes before the summary, not after the entry; so does one among facts
            // without a list ("Review type: ...", "Keywords: ...")
            afterLink = !summary.isEmpty() || drafts.stream().anyMatch(d -> d.type.hasItems());
            current = afterLink ? null : summary;
            return true;
        }

        /**
         * Area and date lines and rows of the entry's facts between the heading and the first label; a fact ("Sex:
         * Female", "Review type: ...") is kept as a section headed by its field, the prose going on where it was.
         */
        private boolean detail(String text) {
            if (drafts.stream().anyMatch(d -> !d.fact) || !shapes.details().isEntryDetail(text)) {
                return false;
            }
            DetailLines.Row row = shapes.details().row(text);
            if (row != null) {
                SectionDraft fact = new SectionDraft(SectionType.OTHER, row.field());
                fact.fact = true;
                fact.add(row.value(), false);
                drafts.add(fact);
                return true;
            }
            String named = shapes.details().areaOf(text);
            area = area == null && named != null && !named.isEmpty() ? named : area;
            Integer dated = shapes.details().dateLineYear(text);
            dateLineYear = dateLineYear == null ? dated : dateLineYear;
            if (summaryOfTags) {
                // the tags a listing prints under a title, before the entry's date line, describe it: no summary
                summary.lines.clear();
            }
            return true;
        }

        private void place(Piece piece, boolean bullet) {
            if (piece.label() != null && piece.label().type() == SectionType.SUMMARY) {
                // "Summary: ..." labels the paragraph every entry starts with
                summaryLabelAfterBackground();
                current = summary;
                summaryOfTags = false;
                current.add(plain(piece.text()), false);
            } else if (piece.label() != null) {
                current = new SectionDraft(piece.label().type(), piece.label().heading());
                drafts.add(current);
                current.labelAlone = piece.text().isBlank();
                current.add(plain(piece.text()), false);
            } else if (piece.noRecommendations()) {
                noRecsText = plain(piece.text()).strip();
                current = null;
            } else if (current != null && !(afterLink && current == summary)) {
                // each unit is a line of its own in a section (list lines stay apart); the summary is one
                // paragraph, because a blank line in a printed digest is as often a page or line break
                boolean newLine = current != summary || bullet;
                boolean tag = TAG.matcher(piece.text().strip()).matches();
                if (current == summary && !tag) {
                    tagsBeforeSummary();
                }
                summaryOfTags &= current != summary || tag;
                tagUnits += current == summary && tag ? 1 : 0;
                current.add(plain(piece.text()), newLine);
            }
        }

        /**
         * A listing's topic tags under a title ('Physical abuse', 'Under 5s', 'Care leavers'), each a short phrase of its
         * own, with no date line after them (which takes them out, {@link #detail}): when the first sentence comes, two
         * or more such phrases before it, and nothing else, are the entry's tags, not its summary.
         */
        private void tagsBeforeSummary() {
            if (summaryOfTags && tagUnits >= 2 && drafts.isEmpty()) {
                summary.lines.clear();
            }
        }

        /**
         * "Background: ..." over more background and then "Summary: ...": the paragraphs read as the summary after the
         * opening background were background after all, as the entry labels its summary itself.
         */
        private void summaryLabelAfterBackground() {
            if (backgroundBeforeSummary != null) {
                backgroundBeforeSummary.lines.addAll(summary.lines);
                summary.lines.clear();
                backgroundBeforeSummary = null;
            }
        }

        void linkFromHeading(String headingText) {
            LinkShapes.Link link = LinkShapes.headingLink(headingText);
            if (linkText == null && link != null) {
                linkText = link.text();
                linkTarget = link.target();
            }
        }

        void areaFromGroup(String groupArea) {
            area = area == null ? groupArea : area;
        }

        /** "Recommendations: none." says the same as "Makes no recommendations". */
        void dropNoneRecommendations() {
            for (SectionDraft d : List.copyOf(drafts)) {
                if (d.type == SectionType.RECOMMENDATIONS && shapes.saysNone(d.text())) {
                    drafts.remove(d);
                    noRecsText = noRecsText != null ? noRecsText : d.heading + ": " + d.text();
                }
            }
        }

        DigestEntry entry(int entryNo, int line) {
            Integer year = heading.year() != null ? heading.year() : dateLineYear;
            return new DigestEntry(entryNo, line, title, heading.childName(), area, year,
                    sections(summary, drafts), noRecsText != null, noRecsText, linkText, linkTarget);
        }
    }

    private boolean onlyLinksAfter(List<Unit> body, int index) {
        return body.subList(index + 1, body.size()).stream().allMatch(u -> u.text().isBlank() || shapes.link(u.text()) != null);
    }

    private List<Section> sections(SectionDraft summary, List<SectionDraft> drafts) {
        List<Section> sections = new ArrayList<>();
        if (!summary.isEmpty()) {
            sections.add(new Section(SectionType.SUMMARY, 1, null, summary.text(), null, null, List.of()));
        }
        for (SectionDraft d : drafts) {
            String text = d.text();
            List<Item> items = new ArrayList<>();
            // "None identified." in a form's good practice cell, "Learning: N/A": a section that says there is nothing
            if (d.type.hasItems() && !shapes.saysNone(LIST_MARKER.matcher(text.strip()).replaceFirst(""))) {
                List<String> parts = lists.split(text);
                for (int i = 0; i < parts.size(); i++) {
                    items.add(new Item(i + 1, parts.get(i), null));
                }
            }
            sections.add(new Section(d.type, sections.size() + 1, d.heading, text, null, null, items));
        }
        return sections;
    }

    /** True when the body holds something only an entry has: a label, a link or a no-recommendations sentence. */
    boolean hasEntryMarkers(List<Unit> body) {
        for (Unit unit : body) {
            // a row of the entry's facts ("Review type: ...") under its title marks no section of it
            if (shapes.link(unit.text()) != null || !shapes.labelsIn(unit.text()).isEmpty()
                    && shapes.details().row(unit.text()) == null
                    || !shapes.noRecommendationsIn(unit.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<Piece> pieces(String text) {
        List<int[]> cuts = new ArrayList<>();
        List<UnitShapes.LabelMatch> labels = shapes.labelsIn(text);
        for (UnitShapes.LabelMatch label : labels) {
            cuts.add(new int[] {label.start(), labels.indexOf(label)});
        }
        for (int pos : shapes.noRecommendationsIn(text)) {
            cuts.add(new int[] {pos, -1});
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Piece> pieces = new ArrayList<>();
        if (cuts.isEmpty() || cuts.get(0)[0] > 0 && !isListMarkerOnly(text, cuts.get(0)[0])) {
            int end = cuts.isEmpty() ? text.length() : cuts.get(0)[0];
            pieces.add(new Piece(null, false, text.substring(0, end)));
        }
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : text.length();
            int[] cut = cuts.get(i);
            if (cut[1] >= 0) {
                UnitShapes.LabelMatch label = labels.get(cut[1]);
                pieces.add(new Piece(label, false, text.substring(Math.min(label.end(), end), end)));
            } else {
                pieces.add(new Piece(null, true, text.substring(cut[0], end)));
            }
        }
        return pieces;
    }

    /** "- Learning includes:": a list item whose text is a label; its marker is no prose of the section before. */
    private static boolean isListMarkerOnly(String text, int labelStart) {
        Matcher marker = UnitShapes.BULLET.matcher(text);
        if (!marker.find()) {
            marker = UnitShapes.NUMBERED.matcher(text);
        }
        return marker.reset().find() && marker.end() == labelStart;
    }

    /** Markdown links inside prose become their text. */
    private static String plain(String text) {
        return text == null ? null : LinkShapes.MARKDOWN_LINK.matcher(text).replaceAll("$1").strip();
    }
}
