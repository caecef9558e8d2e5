package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;

/**
 * The invented digests of src/test/resources/digests-unseen (layouts the sample corpus does not
 * have), read as the job reads them (extractor, then parser), and their expected entries in
 * {@code expected.tsv}.
 */
final class UnseenDigests {

    private UnseenDigests() {
    }

    private static final String FOLDER = "/digests-unseen/";

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(UnseenDigests.class.getResource(FOLDER + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedDigest parse(Path file) throws Exception {
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    static ParsedDigest parse(String name) throws Exception {
        return parse(resource(name));
    }

    /** The digest's entries match the rows of expected.tsv for that file, field by field, and nothing was left over. */
    static ParsedDigest assertExpected(String name) throws Exception {
        return assertExpected(name, parse(name));
    }

    static ParsedDigest assertExpected(String name, ParsedDigest digest) throws IOException {
        List<String> want = new ArrayList<>();
        for (String line : Files.readAllLines(resource("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith(name + "\t")) {
                want.add(line);
            }
        }
        List<String> got = digest.entries().stream().map(e -> row(name, e)).toList();
        assertThat(digest.problems()).isEmpty();
        assertThat(want).isNotEmpty();
        assertThat(got).containsExactlyElementsOf(want);
        return digest;
    }

    private static String row(String file, DigestEntry e) {
        return String.join("\t", file, String.valueOf(e.entryNo()), e.title(), text(e.childName()), text(e.area()),
                text(e.headingYear()), String.valueOf(count(e, SectionType.LEARNING)),
                String.valueOf(count(e, SectionType.RECOMMENDATIONS)), String.valueOf(count(e, SectionType.GOOD_PRACTICE)),
                String.valueOf(e.noRecommendations()), text(e.linkText()), text(e.linkTarget()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static int count(DigestEntry entry, SectionType type) {
        return items(entry, type).size();
    }

    static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }
}
