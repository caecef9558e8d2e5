package org.casereview.etl.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the benchmark's synthetic month: N invented report PDFs of P pages each (cover, contents
 * page, running header and "Page N of M" footer, numbered chapters with sub-headings, paragraphs,
 * bullet and numbered lists, a chronology table, learning points and numbered recommendations) and
 * one Markdown digest whose entries link to them by file name. Deterministic: the same N and P
 * give the same bytes of text (PDF ids aside). Every review, child and partnership is invented.
 * <p>
 * Run by {@code bench/run.sh}: {@code java -cp ... org.casereview.etl.report.BenchCorpusWriter DIR N P}.
 */
public final class BenchCorpusWriter {

    private static final String[] AREAS = {"Benchshire", "Lowmere", "Thornvale", "Ashcombe", "Redwater", "Fallowby"};
    private static final String[] CHAPTERS = {"Introduction", "The family and the child", "Summary of key events",
            "Findings and learning", "Good practice", "Recommendations"};
    private static final int[] CHAPTER_WEIGHTS = {1, 2, 4, 6, 1, 2};
    private static final String[] WORDS = ("agency agencies worker practitioners health visitor school nurse "
            + "police social care assessment referral strategy meeting plan family mother father child home visit "
            + "records information shared risk concerns neglect injury bruising missing exploitation support "
            + "services early help review partnership multi-agency decision threshold escalation supervision "
            + "manager team contact episode period months weeks previous later earlier report chronology "
            + "learning evidence practice needs response understanding safeguarding protection procedures "
            + "attendance development emotional wellbeing housing domestic abuse alcohol mental parental "
            + "engagement consent voice lived experience professional curiosity challenge recorded noted "
            + "discussed agreed completed offered received considered identified reviewed").split(" ");
    private static final String[] VERBS = {"was", "were", "had been", "should have been", "could be", "is"};

    private final Random random;
    private final String child;
    private final String area;

    private BenchCorpusWriter(int index) {
        this.random = new Random(1_000_003L * index);
        this.child = "Child " + letters(index);
        this.area = AREAS[index % AREAS.length];
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int reports = Integer.parseInt(args[1]);
        int pages = Integer.parseInt(args[2]);
        writeAll(folder, reports, pages);
        System.out.println("wrote " + reports + " reports of " + pages + " pages and a digest to " + folder);
    }

    static void writeAll(Path folder, int reports, int pages) throws IOException {
        if (pages < CHAPTERS.length + 2) {
            throw new IllegalArgumentException("a benchmark report needs at least " + (CHAPTERS.length + 2) + " pages");
        }
        StringBuilder digest = new StringBuilder("NSPCC Repository \u2013 November 2026\n\n"
                + "Invented benchmark digest for casereview-etl \u2014 not real cases.\n\n");
        for (int i = 1; i <= reports; i++) {
            BenchCorpusWriter writer = new BenchCorpusWriter(i);
            writer.report(pages).save(folder.resolve(writer.fileName()));
            writer.digestEntry(digest, i);
        }
        Files.writeString(folder.resolve("bench-digest-2026-11.md"), digest, StandardCharsets.UTF_8);
    }

    private String fileName() {
        return area + "_CSPR_" + child.replace(' ', '_') + ".pdf";
    }

    private void digestEntry(StringBuilder out, int index) {
        int age = 1 + index % 16;
        out.append(index).append(". **").append(child).append(": Child safeguarding practice review**\n\n")
                .append("Neglect of a ").append(age).append("-year-old ").append(index % 2 == 0 ? "girl" : "boy")
                .append(" in ").append(2020 + index % 5).append(". ").append(sentence()).append("\n\n")
                .append("Learning includes: ").append(clause()).append("; ").append(clause()).append(".\n\n")
                .append("Recommendations include: ").append(clause()).append("; ").append(clause()).append(".\n\n")
                .append("Other resources [Read practice review (PDF)](").append(fileName()).append(")\n\n");
    }

    private PdfFixtureBuilder report(int pages) throws IOException {
        String partnership = area + " Safeguarding Children Partnership";
        int[] starts = chapterStarts(pages);
        Object[] contents = new Object[CHAPTERS.length * 2];
        for (int c = 0; c < CHAPTERS.length; c++) {
            contents[2 * c] = (c + 1) + ". " + CHAPTERS[c];
            contents[2 * c + 1] = starts[c];
        }
        PdfFixtureBuilder b = new PdfFixtureBuilder()
                .info("Child Safeguarding Practice Review: " + child, "Invented Reviewer", 2026)
                .runningHeader(partnership, "Invented benchmark report")
                .footer("Page {page} of {pages}")
                .cover(partnership, 18, "Child Safeguarding Practice Review", 20, child, 30,
                        "Invented for the casereview-etl benchmark \u2014 not a real case", 12)
                .contents(contents);
        for (int c = 0; c < CHAPTERS.length; c++) {
            int end = c + 1 < CHAPTERS.length ? starts[c + 1] - 1 : pages;
            b.newPage().heading1((c + 1) + ". " + CHAPTERS[c]);
            fillChapter(b, c, end);
        }
        return b;
    }

    /** Page where each chapter starts: cover and contents first, body pages shared by weight. */
    private static int[] chapterStarts(int pages) {
        int body = pages - 2;
        int weights = 0;
        for (int w : CHAPTER_WEIGHTS) {
            weights += w;
        }
        int[] starts = new int[CHAPTERS.length];
        int page = 3;
        for (int c = 0; c < CHAPTERS.length; c++) {
            starts[c] = page;
            int left = CHAPTERS.length - c - 1;
            int share = Math.max(1, Math.round((float) body * CHAPTER_WEIGHTS[c] / weights));
            page = Math.min(page + share, pages - left + 1);
        }
        return starts;
    }

    private void fillChapter(PdfFixtureBuilder b, int chapter, int endPage) throws IOException {
        int block = 0;
        int number = 1;
        while (b.currentPage() < endPage) {
            block++;
            switch (chapter) {
                case 2 -> {
                    if (block % 6 == 3) {
                        chronology(b);
                    } else {
                        b.numberedParagraph((chapter + 1) + "." + number++, paragraph(3 + random.nextInt(4)));
                    }
                }
                case 3 -> {
                    if (block % 5 == 1) {
                        b.heading2("Finding " + number + ": " + capitalised(clause()));
                    } else if (block % 5 == 4) {
                        b.labelled("Learning point " + number++ + ": ", capitalised(clause()) + ".");
                    } else if (block % 5 == 2) {
                        b.bullets(capitalised(clause()) + ";", capitalised(clause()) + ";", capitalised(clause()) + ".");
                    } else {
                        b.paragraph(paragraph(4 + random.nextInt(4)));
                    }
                }
                case 5 -> b.numberedFrom(number++, "The partnership should make sure that " + clause() + ".");
                default -> b.paragraph(paragraph(3 + random.nextInt(5)));
            }
        }
    }

    private void chronology(PdfFixtureBuilder b) throws IOException {
        String[][] rows = new String[4][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new String[] {(1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + "/2024",
                    capitalised(WORDS[random.nextInt(WORDS.length)]), capitalised(clause()) + "."};
        }
        b.table(new float[] {0.2f, 0.25f, 0.55f}, new String[] {"Date", "Agency", "What happened"}, rows);
    }

    private String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(s == 0 ? "" : " ").append(sentence());
        }
        return text.toString();
    }

    private String sentence() {
        return capitalised(clause()) + (random.nextInt(4) == 0 ? ", and " + clause() : "") + ".";
    }

    private String clause() {
        StringBuilder text = new StringBuilder("the");
        for (int w = 0; w < 2 + random.nextInt(3); w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append(' ').append(VERBS[random.nextInt(VERBS.length)]);
        for (int w = 0; w < 2 + random.nextInt(5); w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(3) == 0) {
            text.append(" for ").append(child);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A, B, ... Z, AA, AB, ...: a child's letters by index. */
    private static String letters(int index) {
        List<Character> out = new ArrayList<>();
        for (int n = index; n > 0; n = (n - 1) / 26) {
            out.add(0, (char) ('A' + (n - 1) % 26));
        }
        StringBuilder text = new StringBuilder();
        out.forEach(text::append);
        return text.toString();
    }
}
