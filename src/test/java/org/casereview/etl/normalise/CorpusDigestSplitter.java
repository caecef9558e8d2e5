package org.casereview.etl.normalise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only, crude splitter of the corpus digests into entry texts, so that the normaliser can be
 * measured before the real digest grammar exists. Not a parser: good enough for the four samples.
 */
final class CorpusDigestSplitter {
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:\\d{1,2}\\.\\s+\\S.*|(?:19|20)\\d{2}\\s*[\u2013-].*)$");
    private static final Pattern LABEL = Pattern.compile(
            "(Learning (?:themes )?includes?:|Learning:|Key issues:(?: include:)?|Recommendations(?: to the partnership)?(?::)?(?: include:)?"
                    + "|Identifies good practice including:|Good practice identified includes:|Background:|Keywords:"
                    + "|Makes no recommendations|Other resources|\\[?Read (?:the )?(?:full overview|overview report|executive summary|practice review)[^\\]\\n]*)");

    record Entry(String heading, String summary, Map<String, String> sections, String linkText) {
        String section(String labelStart) {
            return sections.entrySet().stream().filter(e -> e.getKey().startsWith(labelStart))
                    .map(Map.Entry::getValue).reduce((a, b) -> a + " " + b).orElse(null);
        }
    }

    static List<Entry> split(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (file.toString().endsWith(".html")) {
            text = stripHtml(text);
        }
        text = text.replace("**", "").replace("\\(", "(").replace("\\)", ")").replace("\r", "");
        List<Entry> entries = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            if (HEADING.matcher(line).matches()) {
                if (heading != null) {
                    entries.add(entry(heading, body.toString()));
                }
                heading = line.strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            entries.add(entry(heading, body.toString()));
        }
        return entries;
    }

    private static Entry entry(String heading, String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        Matcher label = LABEL.matcher(flat);
        Map<String, String> sections = new LinkedHashMap<>();
        String summary = null;
        String linkText = null;
        String currentLabel = null;
        int from = 0;
        while (label.find()) {
            String before = flat.substring(from, label.start()).strip();
            if (currentLabel == null) {
                summary = before;
            } else {
                sections.merge(currentLabel, before, (a, b) -> a + " " + b);
            }
            currentLabel = label.group(1);
            if (currentLabel.contains("Read ")) {
                linkText = currentLabel.replace("[", "");
            }
            from = label.end();
        }
        if (currentLabel == null) {
            summary = flat;
        } else {
            sections.merge(currentLabel, flat.substring(from).strip(), (a, b) -> a + " " + b);
        }
        return new Entry(heading, summary, sections, linkText);
    }

    private static String stripHtml(String html) {
        return html.replaceAll("(?is)<(script|style|nav|footer)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)</(p|h\\d|li|div)>|<br\\s*/?>", "\n\n")
                .replaceAll("<[^>]+>", "")
                .replace("&#8217;", "\u2019").replace("&#8211;", "\u2013").replace("&amp;", "&")
                .replace("&gt;", ">").replace("&lt;", "<").replace("&nbsp;", " ");
    }
}
