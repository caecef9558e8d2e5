package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.layout.OutlineReader;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.guard.Mutations;
import org.junit.jupiter.api.Test;

/**
 * Property: the report analyser takes any pages of positioned text (random words, sizes, weights,
 * positions, overlaps, bookmarks) and gives sections and items within the document deadline;
 * never an exception. Seeded: a failure names its seed.
 */
class ReportAnalyserPropertyTest {

    private static final int CASES = 200;
    private static final float WIDTH = 595;
    private static final float HEIGHT = 842;
    private static final float[] SIZES = {8, 9, 10, 11, 11, 11, 11, 12.5f, 14, 16, 20};
    private static final DocumentGuard GUARD = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(Duration.ofSeconds(20)));

    private final Vocabulary vocabulary = Vocabulary.defaults();
    private final MetadataReader metadataReader = new MetadataReader(vocabulary);
    private final ItemLabels labels = new ItemLabels(vocabulary);
    private final ReportAnalyser analyser = new ReportAnalyser(new SectionTyper(vocabulary), labels,
            new AnsweredQuestions(vocabulary, labels));

    @Test
    void randomPagesGiveSectionsAndItemsOnly() {
        int withSections = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<PageText> pages = randomPages(random);
            List<OutlineReader.Entry> outline = random.nextInt(3) == 0 ? randomOutline(random, pages.size()) : List.of();
            DocumentOutcome<ExtractedReport> outcome = GUARD.run("seed " + seed, () -> {
                ReportMetadata metadata = metadataReader.read(pages, new PDDocumentInformation(), pages.size());
                return analyser.analyse("random.pdf", pages, outline, List.of(), metadata, new ArrayList<>());
            });
            assertThat(outcome).as("seed " + seed).isInstanceOf(DocumentOutcome.Done.class);
            ExtractedReport report = ((DocumentOutcome.Done<ExtractedReport>) outcome).value();
            withSections += report.document().sections().isEmpty() ? 0 : 1;
        }
        // random headings open sections often enough that the property reaches the block and item code
        assertThat(withSections).isGreaterThan(CASES / 4);
    }

    private static List<PageText> randomPages(Random random) {
        int count = 1 + random.nextInt(12);
        List<PageText> pages = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            List<TextFragment> fragments = new ArrayList<>();
            float y = 60;
            int lines = random.nextInt(70);
            for (int l = 0; l < lines; l++) {
                float size = SIZES[random.nextInt(SIZES.length)];
                y += switch (random.nextInt(10)) {
                    case 0 -> 0; // overlapping line
                    case 1 -> -random.nextInt(200); // a jump back up: a second column or a call-out
                    case 2 -> size * 3;
                    default -> size * 1.4f;
                };
                float x = random.nextInt(4) == 0 ? 40 + random.nextInt(400) : 60 + 12 * random.nextInt(3);
                int parts = 1 + random.nextInt(3);
                for (int p = 0; p < parts && x < WIDTH; p++) {
                    String text = Mutations.randomText(random, 8).replace('\n', ' ').replace('\r', ' ');
                    if (text.isBlank()) {
                        text = "Recommendation";
                    }
                    float endX = x + text.length() * size * 0.5f;
                    fragments.add(new TextFragment(text, x, endX, y, size, random.nextInt(4) == 0, random.nextInt(10) == 0));
                    x = endX + (random.nextBoolean() ? size * 0.3f : size * 4);
                }
            }
            pages.add(new PageText(number, WIDTH, HEIGHT, LineAssembler.assemble(number, WIDTH, fragments)));
        }
        return pages;
    }

    private static List<OutlineReader.Entry> randomOutline(Random random, int pages) {
        List<OutlineReader.Entry> outline = new ArrayList<>();
        int entries = random.nextInt(10);
        for (int i = 0; i < entries; i++) {
            outline.add(new OutlineReader.Entry(Mutations.randomText(random, 4), 1 + random.nextInt(pages + 1), 1 + random.nextInt(3)));
        }
        return outline;
    }
}
