package org.casereview.etl.output;

import java.util.List;
import java.util.Map;

/**
 * Renders a {@link RunReport} as one self-contained HTML page: inline CSS and SVG bar charts,
 * no script, no fonts or images from the network, so it opens anywhere, offline, and prints.
 */
public final class RunReportPage {

    private static final int LABEL_WIDTH = 280;
    private static final int BAR_AREA = 360;
    private static final int ROW_HEIGHT = 24;

    private RunReportPage() {
    }

    public static String render(RunReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>casereview-etl run ").append(escape(report.title())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Case reviews loaded: ").append(escape(report.title())).append("</h1>\n");
        tiles(html, report);
        html.append("<div class=\"charts\">\n");
        report.counts().forEach((name, counts) -> chart(html, name, counts));
        html.append("</div>\n");
        table(html, "Rejected documents and entries", List.of("file", "place", "reason", "message"),
                report.rejects(), "No rejects.");
        table(html, "Documents the self-check doubts", List.of("file", "why"), report.doubtful(),
                "No doubtful documents.");
        return html.append("</body>\n</html>\n").toString();
    }

    private static void tiles(StringBuilder html, RunReport report) {
        html.append("<div class=\"tiles\">\n");
        tile(html, "reviews", report.reviews());
        tile(html, "items", sum(report.counts().get(RunReport.ITEM_KIND)));
        tile(html, "documents", sum(report.counts().get(RunReport.DOCUMENTS)));
        tile(html, "rejects", report.rejects().size());
        html.append("</div>\n");
    }

    private static void tile(StringBuilder html, String label, int value) {
        html.append("<div class=\"tile\" data-tile=\"").append(label).append("\"><span class=\"n\">")
                .append(value).append("</span> ").append(label).append("</div>\n");
    }

    private static void chart(StringBuilder html, String name, Map<String, Integer> counts) {
        html.append("<section class=\"chart\" data-chart=\"").append(escape(name)).append("\">\n<h2>")
                .append(escape(name)).append("</h2>\n");
        if (counts.isEmpty()) {
            html.append("<p class=\"none\">none</p>\n</section>\n");
            return;
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int height = counts.size() * ROW_HEIGHT + 4;
        html.append("<svg width=\"").append(LABEL_WIDTH + BAR_AREA + 50)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(name)).append("\">\n");
        int row = 0;
        for (Map.Entry<String, Integer> bar : counts.entrySet()) {
            bar(html, row++, bar.getKey(), bar.getValue(), max);
        }
        html.append("</svg>\n</section>\n");
    }

    private static void bar(StringBuilder html, int row, String label, int count, int max) {
        int y = row * ROW_HEIGHT;
        int width = Math.max(2, Math.round((float) BAR_AREA * count / Math.max(1, max)));
        html.append("<g class=\"bar\" data-label=\"").append(escape(label)).append("\" data-count=\"")
                .append(count).append("\">")
                .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
                .append("\" text-anchor=\"end\">").append(escape(label)).append("</text>")
                .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                .append(width).append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"#1f6f8b\"/>")
                .append("<text x=\"").append(LABEL_WIDTH + width + 6).append("\" y=\"").append(y + 17)
                .append("\">").append(count).append("</text></g>\n");
    }

    private static void table(StringBuilder html, String title, List<String> header, List<List<String>> rows,
                              String none) {
        html.append("<h2>").append(escape(title)).append("</h2>\n");
        if (rows.isEmpty()) {
            html.append("<p class=\"none\">").append(escape(none)).append("</p>\n");
            return;
        }
        html.append("<table>\n<tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static int sum(Map<String, Integer> counts) {
        return counts == null ? 0 : counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Escapes text for HTML and drops control characters, so document text cannot shape the page. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.appendCodePoint(c);
                    } else if (c == '\n' || c == '\t') {
                        out.append(' ');
                    }
                }
            }
        });
        return out.toString();
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#1b1b1b}
            h1{font-size:22px;margin:0 0 16px}h2{font-size:15px;margin:16px 0 8px}.chart h2{margin-top:0}
            .tiles{display:flex;gap:12px;margin-bottom:20px;flex-wrap:wrap}
            .tile{border:1px solid #c8d3da;border-radius:6px;padding:10px 16px;background:#f4f8fa}
            .tile .n{font-size:22px;font-weight:600}
            .charts{display:flex;flex-wrap:wrap;gap:18px}
            .chart{border:1px solid #dde4e8;border-radius:6px;padding:12px;break-inside:avoid}
            svg text{font-size:13px;fill:#1b1b1b}.none{color:#666}
            table{border-collapse:collapse;margin-top:8px;font-size:13px}
            td,th{border:1px solid #c8d3da;padding:4px 8px;text-align:left;vertical-align:top}
            """;
}
