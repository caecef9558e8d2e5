package org.casereview.etl.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, for the console and for {@code run-summary.json}.
 *
 * @param rejectsByReason reject rows per reason code
 * @param steps           main steps in order (partition workers folded into their step)
 * @param doubtful        the self-check's doubtful documents: file name and reasons, in file-name order
 */
public record RunSummary(long executionId, String month, String status, String exitMessage,
                         LocalDateTime start, LocalDateTime end, int reviews, int sections, int items,
                         int documents, int rejects, Map<String, Integer> rejectsByReason, long reportPages,
                         double pagesPerSecond, List<StepLine> steps, String outputFolder,
                         Map<String, String> doubtful) {

    public RunSummary {
        doubtful = Collections.unmodifiableMap(new LinkedHashMap<>(doubtful));
    }

    public record StepLine(String name, String status, int read, int written, int skipped, Duration duration) {
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Execution ").append(executionId).append(", month ").append(month).append(": ").append(status).append('\n');
        b.append(String.format("  reviews %d, sections %d, items %d, documents %d, rejects %d%n",
                reviews, sections, items, documents, rejects));
        if (!rejectsByReason.isEmpty()) {
            b.append("  rejects by reason: ").append(rejectsByReason).append(" (see rejects.csv)\n");
        }
        if (!doubtful.isEmpty()) {
            b.append("  doubtful documents ").append(doubtful.size()).append(" (quality in documents.csv):\n");
            doubtful.forEach((file, notes) -> b.append("    ").append(file).append(": ").append(notes).append('\n'));
        }
        if (reportPages > 0) {
            b.append(String.format("  report pages extracted %d (%.1f pages/s)%n", reportPages, pagesPerSecond));
        }
        for (StepLine s : steps) {
            b.append(String.format("  %-22s %-10s %6.1fs  read %d, written %d, skipped %d%n", s.name(), s.status(),
                    s.duration().toMillis() / 1000.0, s.read(), s.written(), s.skipped()));
        }
        if (exitMessage != null && !exitMessage.isBlank()) {
            b.append("  ").append(exitMessage.lines().findFirst().orElse("")).append('\n');
        }
        b.append("  outputs in ").append(outputFolder).append('\n');
        return b.toString();
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("execution_id", executionId);
        root.put("month", month);
        root.put("status", status);
        root.put("exit_message", exitMessage);
        root.put("start", start == null ? null : start.toString());
        root.put("end", end == null ? null : end.toString());
        root.put("reviews", reviews);
        root.put("sections", sections);
        root.put("items", items);
        root.put("documents", documents);
        root.put("rejects", rejects);
        root.put("rejects_by_reason", rejectsByReason);
        root.put("doubtful_documents", doubtful.size());
        root.put("doubtful", doubtful.entrySet().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source_file", d.getKey());
            m.put("quality_notes", d.getValue());
            return m;
        }).toList());
        root.put("report_pages", reportPages);
        root.put("pages_per_second", Math.round(pagesPerSecond * 10) / 10.0);
        root.put("steps", steps.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("status", s.status());
            m.put("read", s.read());
            m.put("written", s.written());
            m.put("skipped", s.skipped());
            m.put("seconds", s.duration().toMillis() / 1000.0);
            return m;
        }).toList());
        return Json.write(root) + "\n";
    }
}
