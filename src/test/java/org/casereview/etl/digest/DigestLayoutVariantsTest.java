package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casereview.etl.SharedCorpus;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same digest laid out differently (blank lines dropped or doubled, hard-wrapped at another
 * width, running headers with page numbers, indents, CRLF, tabs, trailing spaces) must give the same
 * entries: titles, names, areas, item counts, no-recommendation flags and link texts.
 */
class DigestLayoutVariantsTest {

    private static final Map<String, UnaryOperator<String>> VARIANTS = Map.ofEntries(
            Map.entry("no blank lines", t -> t.replaceAll("\n\\s*\n", "\n")),
            Map.entry("double blank lines", t -> t.replace("\n\n", "\n\n\n")),
            Map.entry("wrapped at 100", t -> wrap(t, 100)),
            Map.entry("wrapped at 80", t -> wrap(t, 80)),
            Map.entry("wrapped at 60", t -> wrap(t, 60)),
            Map.entry("wrapped at 50", t -> wrap(t, 50)),
            Map.entry("wrapped at 80 without blank lines", t -> wrap(t, 80).replaceAll("\n\\s*\n", "\n")),
            Map.entry("page headers every 30 lines", t -> pageHeaders(wrap(t, 90), 30)),
            Map.entry("page headers every 12 lines without blank lines",
                    t -> pageHeaders(wrap(t, 80), 12).replaceAll("\n\\s*\n", "\n")),
            Map.entry("indented", t -> t.replace("\n", "\n   ")),
            Map.entry("trailing spaces", t -> t.replace("\n", "  \n")),
            Map.entry("tab after colons", t -> t.replace(": ", ":\t")),
            Map.entry("CRLF", t -> t.replace("\n", "\r\n")));

    static Stream<Arguments> digestsAndVariants() {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("seed-2021-11.txt", "v1-2022-style.txt", "v3-2016-key-issues.txt")) {
            SharedCorpus.optionalPath("corpus/digests/" + name).ifPresent(files::add);
        }
        for (String name : List.of("u02-printed-2019-11.txt", "u07-crlf-2020-07.txt", "u08-yearly-2015-printed.txt",
                "u12-grouped-numbering-2017-06.txt", "u14-pdf-text-2018-08.txt", "u15-copied-web-text-2020-02.txt")) {
            files.add(UnseenDigests.resource(name));
        }
        return files.stream().flatMap(f -> VARIANTS.keySet().stream().sorted().map(v -> Arguments.of(f.getFileName().toString(), v, f)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("digestsAndVariants")
    void sameEntries(String name, String variant, Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
        ParsedDigest original = new DigestParser().parse(text);
        ParsedDigest changed = new DigestParser().parse(VARIANTS.get(variant).apply(text));
        assertThat(original.entries()).isNotEmpty();
        assertThat(signature(changed)).isEqualTo(signature(original));
    }

    /** Each line a Word paragraph, as when a text digest is pasted into Word and saved. */
    @ParameterizedTest(name = "{0} saved as DOCX")
    @ValueSource(strings = {"u02-printed-2019-11.txt", "u07-crlf-2020-07.txt", "u08-yearly-2015-printed.txt",
            "u12-grouped-numbering-2017-06.txt", "u14-pdf-text-2018-08.txt", "u15-copied-web-text-2020-02.txt"})
    void savedAsWord(String name, @TempDir Path dir) throws Exception {
        String text = Files.readString(UnseenDigests.resource(name), StandardCharsets.UTF_8).replace("\r", "");
        Path docx = dir.resolve(name.replace(".txt", ".docx"));
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    doc.createParagraph().createRun().setText(line.strip());
                }
            }
            doc.write(out);
        }
        ParsedDigest original = new DigestParser().parse(text);
        ParsedDigest word = UnseenDigests.parse(docx);
        assertThat(signature(word)).isEqualTo(signature(original));
    }

    private static List<String> signature(ParsedDigest digest) {
        return digest.entries().stream().map(DigestLayoutVariantsTest::signature).toList();
    }

    private static String signature(DigestEntry e) {
        StringBuilder sb = new StringBuilder().append(e.entryNo()).append(' ').append(e.title()).append(" | ")
                .append(e.childName()).append(" | ").append(e.area());
        for (Section s : e.sections()) {
            if (s.type().hasItems()) {
                sb.append(' ').append(s.type().code()).append('=').append(s.items().size());
            }
        }
        return sb.append(" | ").append(e.noRecommendations()).append(" | ").append(e.linkText()).toString();
    }

    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                    out.append(current).append('\n');
                    current.setLength(0);
                }
                current.append(current.length() > 0 ? " " : "").append(word);
            }
            out.append(current).append('\n');
        }
        return out.toString();
    }

    private static String pageHeaders(String text, int every) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (i > 0 && i % every == 0) {
                out.append("\nCase reviews digest | Page ").append(i / every + 1).append("\n\n");
            }
        }
        return out.toString();
    }
}
