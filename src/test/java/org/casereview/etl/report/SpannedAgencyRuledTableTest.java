package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruled grid (every cell boxed, as groff tbl's {@code allbox}) of Agency | Action whose Agency cells span one to three
 * action rows, the agency's name centred in its span: where the span's middle falls on a line of the Action cell, the
 * name stands on that line's baseline, and the rule closing the action row runs under the Action column only. The
 * table runs over a page break with its header repeated, the span of the last agency cut by it, the first line on the
 * new page a one-cell line. Each action row is one recommendation. Invented content.
 */
class SpannedAgencyRuledTableTest {

    private static final float SIZE = 11f;
    private static final float LEADING = 14f;
    private static final float LEFT = 70f;
    private static final float SPLIT = 205f;
    private static final float RIGHT = 525f;
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    @TempDir
    Path dir;

    /** An agency (blank: its name is printed on the next page, where its span goes on) and its action rows' lines. */
    private record Span(String agency, List<List<String>> rows) {
    }

    @Test
    void actionRowsBesideASpanningAgencyCellAreRowsOfTheirOwnAcrossThePageBreak() throws Exception {
        List<Span> first = List.of(
                new Span("Health visiting service", List.of(
                        List.of("Ask where the baby will sleep on every night of the week", "at each contact."),
                        List.of("Check that a cot is in place at the new birth visit and", "record what was seen."),
                        List.of("See fathers at the new birth visit wherever possible and", "record when they are not."))),
                new Span("Children's services", List.of(
                        List.of("Call the referrer about every referral that does not say", "why help is needed."),
                        List.of("Offer a home visit to families who do not answer a letter."))),
                new Span("Housing service", List.of(
                        List.of("Tell the health visitor when a family with a baby moves", "into temporary housing."))),
                new Span("", List.of(
                        List.of("Fund a cot for any family with a baby that does not have", "one."))));
        List<Span> second = List.of(
                new Span("Partnership board", List.of(
                        List.of("Run a safe sleep campaign aimed at fathers and wider", "family members."),
                        List.of("Audit the use of the sleep assessment in twelve months."))));
        Path pdf = write(dir.resolve("spanned.pdf"), first, second);

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Recommendations", "Conclusion");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "Ask where the baby will sleep on every night of the week at each "
                        + "contact.", 2),
                tuple(SectionType.RECOMMENDATIONS, "Check that a cot is in place at the new birth visit and record what "
                        + "was seen.", 2),
                tuple(SectionType.RECOMMENDATIONS, "See fathers at the new birth visit wherever possible and record when "
                        + "they are not.", 2),
                tuple(SectionType.RECOMMENDATIONS, "Call the referrer about every referral that does not say why help is "
                        + "needed.", 2),
                tuple(SectionType.RECOMMENDATIONS, "Offer a home visit to families who do not answer a letter.", 2),
                tuple(SectionType.RECOMMENDATIONS, "Tell the health visitor when a family with a baby moves into "
                        + "temporary housing.", 2),
                tuple(SectionType.RECOMMENDATIONS, "Fund a cot for any family with a baby that does not have one.", 2),
                tuple(SectionType.RECOMMENDATIONS, "Run a safe sleep campaign aimed at fathers and wider family members.",
                        3),
                tuple(SectionType.RECOMMENDATIONS, "Audit the use of the sleep assessment in twelve months.", 3));
    }

    @Test
    void aRuleUnderShortCellsBesideACellStillBeingWrittenLeavesTheRowOpen() throws Exception {
        // each short cell (Who, When) is ruled under its own last line while the Recommendation cell goes on below
        Path pdf = dir.resolve("cell-bottoms.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, BOLD, 20, LEFT, 780, "Local Child Safeguarding Practice Review: Child W");
                text(out, BOLD, 14, LEFT, 740, "Recommendations");
                float top = 720;
                float bottom = top - 18 - 2 * (4 + 3 * LEADING);
                out.setLineWidth(0.5f);
                for (float x : new float[] {LEFT, 250, 400, RIGHT}) {
                    out.moveTo(x, top);
                    out.lineTo(x, bottom);
                    out.stroke();
                }
                hRule(out, LEFT, RIGHT, top);
                text(out, BOLD, SIZE, LEFT + 6, top - 13, "Recommendation");
                text(out, BOLD, SIZE, 256, top - 13, "Who");
                text(out, BOLD, SIZE, 406, top - 13, "When");
                float y = top - 18;
                hRule(out, LEFT, RIGHT, y);
                String[][] rows = {{"The partnership should check that", "every plan names the adult who", "collects the child.",
                        "Children's social care", "By March 2026"}, {"Schools should tell the social", "worker the same day when a",
                        "child is not collected.", "Education service", "By April 2026"}};
                for (String[] row : rows) {
                    float base = y - 13;
                    text(out, REGULAR, SIZE, 256, base, row[3]);
                    text(out, REGULAR, SIZE, 406, base, row[4]);
                    hRule(out, 250, RIGHT, base - 4);
                    for (int l = 0; l < 3; l++) {
                        text(out, REGULAR, SIZE, LEFT + 6, base - l * LEADING, row[l]);
                    }
                    y = base - 2 * LEADING - 5;
                    hRule(out, LEFT, RIGHT, y);
                }
            }
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should check that every plan names the adult who "
                        + "collects the child."),
                tuple(SectionType.RECOMMENDATIONS, "Schools should tell the social worker the same day when a child is "
                        + "not collected."));
    }

    private static Path write(Path path, List<Span> first, List<Span> second) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage cover = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                text(out, BOLD, 20, LEFT, 700, "Serious Case Review: Child W");
                text(out, REGULAR, 13, LEFT, 670, "Elmstead Local Safeguarding Children Board");
                text(out, REGULAR, 12, LEFT, 650, "Published May 2024");
                text(out, BOLD, 14, LEFT, 590, "Introduction");
                text(out, REGULAR, SIZE, LEFT, 570, "This invented review concerns Child W, a baby of seven months, and");
                text(out, REGULAR, SIZE, LEFT, 570 - LEADING, "the work of the agencies that knew the family.");
            }
            PDPage page = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, BOLD, 14, LEFT, 760, "Recommendations");
                text(out, REGULAR, SIZE, LEFT, 740, "The actions agreed with each agency are set out below.");
                table(out, 715, first);
            }
            PDPage next = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, next)) {
                float bottom = table(out, 780, second);
                text(out, BOLD, 14, LEFT, bottom - 36, "Conclusion");
                text(out, REGULAR, SIZE, LEFT, bottom - 56, "The Board will follow the action plan through its learning group.");
            }
            doc.save(path.toFile());
        }
        return path;
    }

    private static PDPage page(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return page;
    }

    /**
     * The header row and the spans from {@code top} down, boxed (the uprights drawn first): a rule under every action row, across the Agency
     * column only where the span ends. A span's name stands on its middle line's baseline when the span has an odd
     * number of lines, else between the two middle lines; a span without a name goes on on the next page, where its
     * name is printed (as tbl prints a span cut by a page break). The y of the table's bottom rule.
     */
    private static float table(PDPageContentStream out, float top, List<Span> spans) throws IOException {
        float bottom = top - 18 - (float) spans.stream().flatMap(span -> span.rows().stream())
                .mapToDouble(row -> 4 + LEADING * row.size()).sum();
        out.setLineWidth(0.5f);
        for (float x : new float[] {LEFT, SPLIT, RIGHT}) {
            out.moveTo(x, top);
            out.lineTo(x, bottom);
            out.stroke();
        }
        hRule(out, LEFT, RIGHT, top);
        text(out, BOLD, SIZE, 118, top - 13, "Agency");
        text(out, BOLD, SIZE, 346, top - 13, "Action");
        float y = top - 18;
        hRule(out, LEFT, RIGHT, y);
        for (Span span : spans) {
            List<Float> baselines = new ArrayList<>();
            for (int r = 0; r < span.rows().size(); r++) {
                List<String> row = span.rows().get(r);
                float base = y - 13;
                for (String line : row) {
                    text(out, REGULAR, SIZE, SPLIT + 7, base, line);
                    baselines.add(base);
                    base -= LEADING;
                }
                y = base + LEADING - 5;
                boolean spanEnds = r == span.rows().size() - 1 && !span.agency().isEmpty();
                hRule(out, spanEnds ? LEFT : SPLIT, RIGHT, y);
            }
            String agency = span.agency();
            int n = baselines.size();
            float at = n % 2 == 1 ? baselines.get(n / 2) : (baselines.get(n / 2 - 1) + baselines.get(n / 2)) / 2;
            if (!agency.isEmpty()) {
                text(out, REGULAR, SIZE, LEFT + 6, at, agency);
            }
        }
        return y;
    }

    private static void hRule(PDPageContentStream out, float from, float to, float y) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(from, y);
        out.lineTo(to, y);
        out.stroke();
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
