package org.casereview.etl.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the corpus report sources (.rpt) with {@link PdfFixtureBuilder}: a third PDF producer
 * with its own fonts, spacing and text drawing, and a layout variant, recording where every
 * level-1 heading and item lands so that extraction can be measured on PDFs nobody tuned for.
 */
final class RptRenderer {

    /** Layout choices that differ from the corpus PDFs. */
    /**
     * Layout options: "tables" (recommendations as a table), "dashes" (en-dash bullets), "breaks"
     * (every level-1 heading on a new page), "unnumbered" (headings without numbers), "columns"
     * (paragraphs side by side), "outline" (bookmarks), "flat" (level-1 headings bold at body size),
     * "bare" (no cover, no contents), "noinfo" (no document information), "loose" (wide leading in
     * list entries, header and footer at body size, page number alone).
     */
    record Variant(java.util.Set<String> options) {

        static Variant of(String... options) {
            return new Variant(java.util.Set.of(options));
        }

        boolean has(String option) {
            return options.contains(option);
        }
    }

    record ExpectedSection(String heading, List<String> types, int page) {
    }

    record ExpectedItem(String type, String text, int page) {
    }

    record Rendered(Path pdf, List<ExpectedSection> sections, List<ExpectedItem> items, Map<String, String> header) {
    }

    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{([^}]*)}\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]*]");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^([A-Z]?\\d+(\\.\\d+)+)\\s+(.*)$");

    private RptRenderer() {
    }

    static Rendered render(Path rpt, Path pdf, Variant variant) throws IOException {
        List<String> lines = Files.readAllLines(rpt);
        Map<String, String> header = new HashMap<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).equals("---")) {
            String line = lines.get(i++);
            int colon = line.indexOf(':');
            if (!line.startsWith("%") && colon > 0) {
                header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        List<String> body = lines.subList(i + 1, lines.size());
        // first pass finds the heading pages for the contents page, the second writes it
        Map<String, Integer> headingPages = new LinkedHashMap<>();
        pass(body, header, variant, headingPages, null, pdf);
        return pass(body, header, variant, new LinkedHashMap<>(), headingPages, pdf);
    }

    private static Rendered pass(List<String> body, Map<String, String> header, Variant variant,
                                 Map<String, Integer> headingPages, Map<String, Integer> contents, Path pdf)
            throws IOException {
        PdfFixtureBuilder b = new PdfFixtureBuilder();
        if (!variant.has("noinfo")) {
            b.info(header.get("title"), header.get("author"), Integer.parseInt(header.get("publication_year")));
        }
        b.runningHeader(header.get("header_left"), header.get("header_right"))
                .footer("Page {page} of {pages}");
        if (variant.has("outline")) {
            b.withOutline();
        }
        if (variant.has("loose")) {
            b.furnitureSize(PdfFixtureBuilder.BODY).footer("{page}").listLeading(1.9f);
        }
        String pendingParagraph = null;
        List<ExpectedSection> sections = new ArrayList<>();
        List<ExpectedItem> items = new ArrayList<>();
        Map<String, Integer> labelCounters = new HashMap<>();
        boolean firstHeading = true;
        int i = 0;
        while (i < body.size()) {
            String line = body.get(i);
            if (line.startsWith("@") || line.startsWith("#")) {
                pendingParagraph = flush(b, pendingParagraph);
            }
            if (line.isBlank()) {
                i++;
            } else if (variant.has("bare") && (line.equals("@cover") || line.equals("@contents"))) {
                while (line.equals("@cover") && !body.get(i).equals("@end")) {
                    i++;
                }
                i++;
            } else if (line.equals("@cover")) {
                List<Object> cover = new ArrayList<>();
                for (i++; !body.get(i).equals("@end"); i++) {
                    String[] kv = body.get(i).split(":", 2);
                    float size = switch (kv[0]) {
                        case "org", "band" -> 18;
                        case "kind" -> 20;
                        case "title" -> 30;
                        case "subtitle" -> 16;
                        default -> 12;
                    };
                    if (kv.length == 2 && !kv[1].isBlank()) {
                        cover.add(kv[1].strip());
                        cover.add(size);
                    }
                }
                b.cover(cover.toArray());
                i++;
            } else if (line.equals("@contents")) {
                List<Object> entries = new ArrayList<>();
                (contents == null ? Map.<String, Integer>of() : contents)
                        .forEach((heading, page) -> { entries.add(heading); entries.add(page); });
                b.contents(entries.toArray());
                i++;
            } else if (line.startsWith("# ")) {
                Matcher attributes = ATTRIBUTES.matcher(line);
                String attrs = attributes.find() ? attributes.group(1) : "";
                String heading = ATTRIBUTES.matcher(line.substring(2)).replaceFirst("").strip();
                if (variant.has("unnumbered")) {
                    heading = heading.replaceFirst("^\\d+\\.\\s+", "");
                }
                if (firstHeading || variant.has("breaks") || attrs.contains("break")
                        || "yes".equals(header.get("h1_break"))) {
                    b.newPage();
                }
                firstHeading = false;
                if (variant.has("flat")) {
                    b.heading(heading, PdfFixtureBuilder.BODY, true, true);
                } else {
                    b.heading1(heading);
                }
                headingPages.put(heading, b.lastBlockPage());
                List<String> types = new ArrayList<>();
                for (String attr : attrs.split("\\s+")) {
                    if (attr.startsWith("type=") || attr.startsWith("accept=")) {
                        types.addAll(List.of(attr.substring(attr.indexOf('=') + 1).split(",")));
                    }
                }
                sections.add(new ExpectedSection(heading, types, b.lastBlockPage()));
                i++;
            } else if (line.startsWith("## ")) {
                String sub = line.substring(3).strip();
                b.heading2(variant.has("unnumbered") ? sub.replaceFirst("^\\d+(\\.\\d+)+\\s+", "") : sub);
                i++;
            } else if (line.startsWith("@items")) {
                String kind = attribute(line, "kind");
                String style = attribute(line, "style");
                List<String> entries = new ArrayList<>();
                for (i++; !body.get(i).equals("@end"); i++) {
                    if (body.get(i).startsWith("- ")) {
                        entries.add(body.get(i).substring(2).strip());
                    }
                }
                i++;
                writeItems(b, kind, style, entries, variant, labelCounters, items);
            } else if (line.startsWith("@list")) {
                List<String> entries = new ArrayList<>();
                for (i++; !body.get(i).equals("@end"); i++) {
                    if (body.get(i).startsWith("- ")) {
                        entries.add(body.get(i).substring(2).strip());
                    }
                }
                i++;
                b.bullets(entries.toArray(String[]::new));
            } else if (line.startsWith("@table") || line.startsWith("@glossary")) {
                List<String[]> rows = new ArrayList<>();
                for (i++; !body.get(i).equals("@end"); i++) {
                    rows.add(body.get(i).split("\\s*\\|\\s*"));
                }
                i++;
                String[] cols = line.startsWith("@table") ? attribute(line, "cols").split("\\|") : new String[] {"Term", "Meaning"};
                float[] widths = new float[cols.length];
                String[] w = line.startsWith("@table") ? attribute(line, "widths").split("\\|") : new String[] {"30", "70"};
                for (int c = 0; c < cols.length; c++) {
                    widths[c] = Float.parseFloat(w[c]) / 100;
                }
                b.table(widths, cols, rows.toArray(String[][]::new));
            } else if (line.startsWith("@box")) {
                for (i++; !body.get(i).equals("@end"); i++) {
                    if (!body.get(i).isBlank()) {
                        b.paragraph(body.get(i).strip());
                    }
                }
                i++;
            } else {
                String text = FOOTNOTE.matcher(line).replaceAll("").strip();
                Matcher numbered = PARAGRAPH_NUMBER.matcher(text);
                if (variant.has("columns")) {
                    if (pendingParagraph == null) {
                        pendingParagraph = text;
                    } else {
                        b.twoColumns(pendingParagraph, text);
                        pendingParagraph = null;
                    }
                } else if (numbered.matches()) {
                    b.numberedParagraph(numbered.group(1), numbered.group(3));
                } else {
                    b.paragraph(text);
                }
                i++;
            }
        }
        flush(b, pendingParagraph);
        b.save(pdf);
        return new Rendered(pdf, sections, items, header);
    }

    private static String flush(PdfFixtureBuilder b, String pendingParagraph) throws IOException {
        if (pendingParagraph != null) {
            b.paragraph(pendingParagraph);
        }
        return null;
    }

    private static void writeItems(PdfFixtureBuilder b, String kind, String style, List<String> entries,
                                   Variant variant, Map<String, Integer> counters, List<ExpectedItem> items)
            throws IOException {
        if (variant.has("tables") && kind.equals("recommendations")) {
            String[][] rows = new String[entries.size()][];
            for (int n = 0; n < entries.size(); n++) {
                rows[n] = new String[] {String.valueOf(n + 1), entries.get(n), "Safeguarding partnership", "Six months"};
            }
            b.table(new float[] {0.08f, 0.57f, 0.2f, 0.15f},
                    new String[] {"No.", "Recommendation", "Lead agency", "Timescale"}, rows);
            List<Integer> pages = b.lastRowPages();
            for (int n = 0; n < entries.size(); n++) {
                items.add(new ExpectedItem(kind, entries.get(n), pages.get(n)));
            }
            return;
        }
        String word = switch (kind) {
            case "learning" -> "Learning point";
            case "recommendations" -> "Recommendation";
            default -> "Good practice";
        };
        for (int n = 0; n < entries.size(); n++) {
            String text = entries.get(n);
            int number = counters.merge(kind, 1, Integer::sum);
            switch (style) {
                case "labelled" -> b.labelled(word + " " + number + ":", text);
                case "labelled_block" -> {
                    b.labelled(word + " " + number, "");
                    b.paragraph(text);
                }
                case "rcode" -> b.labelled("R" + number, text);
                case "boxed" -> b.boldParagraph(text);
                case "numbered" -> b.numberedFrom(n + 1, text);
                default -> {
                    if (variant.has("dashes")) {
                        b.dashed(text);
                    } else {
                        b.bullets(text);
                    }
                }
            }
            items.add(new ExpectedItem(kind, text, b.lastBlockPage()));
        }
    }

    private static String attribute(String line, String name) {
        Matcher m = Pattern.compile(name + "=(\"([^\"]*)\"|(\\S+))").matcher(line);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : "";
    }
}
