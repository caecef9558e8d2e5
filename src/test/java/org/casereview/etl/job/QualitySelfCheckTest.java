package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-check against real scores (issue 9.5: "every report that scores under 80% on sections or
 * items carries quality=doubtful"). Every held-out e2e report (src/test/resources/reports-e2e, the
 * asserted batches and the pending ones, which are still read badly in places) goes through one run of
 * the whole job; the shared scorer then scores each report on its own truth. Whatever extraction reads
 * well or badly today, a report under 80% must be {@code doubtful}, and few reports scoring 95% or more
 * may be.
 */
class QualitySelfCheckTest {

    private static final Path FIXTURES = Paths.get("src/test/resources/reports-e2e");
    private static final Path SCORER = SharedCorpus.resolve("tools/score.py");
    private static final Pattern RECALL = Pattern.compile("sections recall ([\\d.]+)%, items recall ([\\d.]+)%");
    private static final double BAD = 80.0;
    private static final double GOOD = 95.0;
    /**
     * Under 80% but not yet caught by any check, each with the reason; none today (lisnaharra-cmr-child-d.pdf
     * was listed until the header-less label tables kept their one-line rows; pending-batch13's ludford,
     * hadleigh-marsh and penrose-bay while their reading and the self-check gaps were fixed). Never add one
     * without an issue note. batch14 (issue 9.6, pending-batch14 until r15-fix; its README section lists the
     * miss kinds): kelsey-brook (fixed by r13-reports: parts above numbered sections), pelham-vale (r14-reports:
     * tagged box grid), tollerton (r15-fix: margin headings) and wyndham-cross (r15-fix: boxes floated beside
     * findings text) were listed here while under 80% and ok; all four now score 100%, and the checks that would
     * have flagged their old readings are in ReportChecks (heading and list marker opening a section's text,
     * markers beyond items, labels without items of their kind, the next item's number inside an item).
     * pending-batch15 (issue 9.6, measured on main unchanged; README miss kinds 1-7): ashby-carr (items 50%:
     * drawn-circle bullets given to the wrong lines), cwm-ffynnon (items 66.7%: two table rows sharing a
     * row-spanned cell joined), glenarden (sections 42.9%: memoir two columns read in interleaved bands) and
     * marlbury (items 57.1%: Calc action-plan cells joined across columns) said ok on main as measured, until
     * r16-tables added ReportShapeChecks (heading numbers found inside text, lead-in items, date and status cells
     * in an item, two agencies asked in one recommendation).
     * batch16 (issue 9.6, pending-batch16 until session 8, measured on main unchanged; README miss kinds): ferncliffe (items 77.8%: a
     * wkhtmltopdf findings-and-recommendations table continued on the next page without its header row, the
     * split row's recommendation cut at the page end and the last row's recommendation read as plain text)
     * said ok, until r19-b16 read the ruled table on over the page break (items 100%).
     * batch17 (issue 9.6, pending-batch17 until session 9, measured on main unchanged; README miss kinds): dunraven (items 50%: an rst2pdf
     * numbered list of learning points in a 'What did we find?' section after the lead-in 'The learning points
     * are:' gives no learning items, its one 'should' entry a recommendation) said ok, until r21-items read a list
     * whose lead-in names its kind as items of that kind (items 100%) and added AnnouncedLists (a lead-in announcing
     * more entries of a kind than the report gives items of it), which flags that reading.
     * batch18 (issue 9.6, pending-batch18 until session 10, measured on main unchanged at 9f684f8; README miss kinds): ashbury-vale (items 0%:
     * learning bullets in a form-table cell land in the section before, the landscape action-plan table typed
     * appendix gives no items), fairley-cross (items 62.5%: html2ps ruled recommendations table read as one
     * paragraph), holmesdale (items 77.8%: '+' good-practice markers hung in the margin are no bullets) say ok;
     * orrisdale-vale (Scribus learning summary) is read as a digest, so it has no report row at all. r22-items
     * read the '+' bullets (holmesdale items 100%) and added ReportItemGaps (an empty findings or learning section
     * in a report without learning items; a learning, recommendations or good-practice section still showing
     * its entries and giving no item of its kind), which flags ashbury-vale and fairley-cross. r22-tables read
     * fairley-cross's table and ashbury-vale's action plan and brantham-marsh's recommendations as three rows;
     * r22-columns has orrisdale-vale read as a report (100%).
     * batch19 (issue 9.6, pending-batch19 until session 11, measured on main unchanged at ac00332; README miss kinds): greyfriars-wharf (items 50%:
     * the Action column of a tagged Theme | Learning | Action table gives no recommendation items) and kinloch-ardrie
     * (items 62.5%: WeasyPrint 'What we found | What this means' div rows read across, no learning items) say ok;
     * r24-tables reads both (items 100%).
     * batch21, then pending (issue 9.6, measured on main unchanged at 20b623a; README miss kinds): elmscar (sections 60%, items
     * 42.9%: a pandoc/xelatex multicols page whose short balanced columns are read across, so 'Recommendations' and
     * 'Conclusion' share lines with the other column and give no section) and ravensholm (items 75%: a tagged Chromium
     * Learning point | Why it matters | What should happen table over a page break with its header repeated gives
     * two of five recommendation cells) say ok; r25-tables reads both (sections and items 100%).
     * batch22, then pending (issue 9.6; README miss kinds): brackmoor (items 60%: TCPDF's ruled action plan table whose
     * 'Recommended action' column gives no item, kind 2) says ok since r26-misc took TCPDF's 1 pt credit line out of
     * 'Next steps' (that line had made the one-paragraph section look like an unread list); r26-tables reads its table
     * (items 100%). Both batches are now batch21 / batch22.
     * batch24, then pending (issue 9.6, measured on main unchanged at 03ce679; README miss kinds): brenthurst-scr-child-l
     * (items 55.6%: bold 'Rec 1' labels set before a tab give one recommendation item holding all four, kind 1) and
     * kilbarrow-lcspr-child-s (items 41.7%: memoir 'Theme N:' sub-headings read as sections and the '1(a)' lettered
     * recommendations under them given as learning items with their labels, kind 2) said ok, until r28-items read both
     * (items 100%) and added ItemTextMarks (an item holding two or more labels of its own kind after sentences; items of
     * one kind keeping list markers with one number twice), which flags those readings.
     * batch26, then pending (issue 9, measured on main unchanged at 6e27f80; README miss kind 2): merrowfield-scr-child-c
     * (sections 62.5%, items 10%: a pandoc DOCX SCIE findings table Finding | Why it matters | Question for the
     * partnership, ruled under its header only, untagged, read as interleaved lines on one page and as label blocks on the
     * next; one learning item, no recommendation) said ok, until r30-items read the table (a header row over the
     * table's only rule, rows after ended cells, the findings learning and the questions recommendations: sections 100%,
     * items 100%) and took it out of this list.
     * batch25, then pending (issue 9.6, measured on main unchanged at 6e27f80; README miss kinds): brindlecote-lcspr-baby-f
     * (sections 66.7%, items 50%: Qt's QPdfWriter page in device units, glyph sizes read without the CTM so lines merge,
     * kind 1) and glenbirnie-learning-review-young-person-a (sections 77.8%: texinfo's 'Appendix A ...' headings not
     * matched to their outline entries 'A ...', kind 2) say ok; r31-misc matched glenbirnie's headings (sections 100%); r29-scale read brindlecote's lines (then
     * doubtful) and the lead's HeadingDetector.withoutStrayRules its chapters (sections and items 100%).
     * batch28, then pending (issue 9, measured on main unchanged at 0c1570b; README miss kinds): dunlaith-learning-from-reviews-
     * newsletter-child-m (sections 71.4%: a one-page newsletter whose first two article headings, beside an 'In this issue'
     * sidebar listing them, give no sections, kind 3), kelmscote-learning-review-jordan (items 62.5%: bold-lead bullets under
     * a 'What we found' banner give no learning items, kind 4) and whitlow-rapid-review-summary-baby-o (items 60%: the
     * Finding cells of a No | Finding | Recommendation table give no learning items, kind 5) say ok; r32-items read
     * Kelmscote's bold-lead bullets (items 100%) and took it out of this list; Whitlow stays (batch16's Ferncliffe has
     * the same table under the same heading with its finding cells no learning, the report having a Learning section).
     * batch27, then pending (issue 9, measured on main unchanged at 0c1570b; README miss kind 5): castlebrook-cspr-child-n-2up
     * (items 77.8%: a pdflatex A5 report imposed two pages to a sheet by pdfjam; the words of each run-in 'Learning point
     * N.' item's continuation lines that lie under the label are lost, two learning items under 0.9) said ok, until
     * r32-items read run-in labels whose paragraphs wrap back under them (items 100%) and took it out of this list.
     * r33-title (pending-batch28 kind 3): ContentsSidebar reads Dunlaith's 'In this issue' column by itself (sections
     * 100%) and took it out of this list.
     * r32-heads (pending-batch28 kind 2): brackwater-cspr-child-l-7-minute-briefing was doubtful for its untyped text;
     * with 'What should I do?' typed, items are 60% (the 'Information' panel's four learning bullets, under 'The review
     * found:', stay in a section typed other) and it says ok.
     * batch29, then pending (issue 9, measured on main unchanged at 1f40faf; README miss kind 1): wyndmoor-lcspr-child-k (items
     * 60%: a pandoc -> ConTeXt recommendations table ruled across only, its number column 3 pt from the text column, read
     * as running lines: the header joined to row 1, each recommendation cut at its first line, one row lost) said ok,
     * until r34-ctx read the rules' segment joints as column edges and the right-aligned number column (items 100%) and
     * took it out of this list.
     * r33-b28: the 'Information' panel opening with 'The review found:' is typed learning (LeadInSections) and Whitlow's
     * finding cells are its learning, the report stating it nowhere else (FindingColumns): both at 100% and out of this
     * list.
     * batch31, then pending (issue 9, measured on main unchanged at 68d385b; README miss kinds 1 and 2): tarnbridge (items 0%:
     * the report's text only in AcroForm field values, so its sections held bare list markers) said ok, until r35-track
     * made a section of list markers only an empty one (then doubtful) and d28-pdf read the fields in place (items 100%).
     * batch32, then pending (issue 9, measured on main unchanged at 6632b8b; README miss kinds 1 and 3):
     * fenmarsh-lcspr-child-p (items 50%, P 15%: LibreOffice's floating ODF text-box call-outs wrapped by their paragraph,
     * read line by line with it) and tidewell-cspr-child-t-web (items 62.5%: the 'What we learned' heading under a fixed
     * cookie banner dropped as furniture, its three items in the section before) said ok; tidewell until r37-banner kept
     * a once-only piece of a margin line whose other pieces repeat at their place (FurnitureFilter; 8/8 sections, 8/8
     * items), fenmarsh until r37-float read a box wrapped by the text beside it as a floated box whatever its type size
     * (FloatedBoxes; items 100%, P 100%).
     * batch34, then pending (issue 9, measured on main unchanged at d4b8cad; README miss kind 1):
     * castlemere-learning-review-child-j (sections 42.9%, items 50%: the glyphs of an optional content group switched off
     * in /OCProperties, a diagonal 'Draft watermark', read as text and interleaved with the body) said ok, until
     * r38-wmark left hidden layers out of the page readers (UnseenGlyphs): 100% and 100%, out of this list.
     * batch36, then pending (issue 9, measured on main unchanged at ec305f6; README miss kinds 1 and 2):
     * brantingley-lcspr-child-e (sections 28.6%, items 0%: margin notes in a narrow left column joined to the headings and
     * lines beside them, so five headings and every item were lost) and fenwardine-learning-from-reviews-child-f
     * (sections 33.3%, items 0%: a three-column PDFBox newsletter page read across the columns) said ok, until r41-b36
     * read a left margin-note column apart (MarginNotes) and let level headings in two of three columns be no table
     * header (ColumnGutters): 100% and 100% both, out of this list.
     * batch39, then pending (issue 9, measured on main unchanged at 71cf5be; README miss kinds 1 and 2):
     * tansley-scr-child-d (sections 28.6%: body-size bold headings ending in a colon run in to their paragraphs, not read
     * because two labels standing alone before lists already gave two typed sections) and
     * wrenfold-learning-review-child-b (sections 33.3%, items 50%: a two-column form of boxed fields read across the
     * columns) said ok, until r39-fix read such run-ins paragraph by paragraph by their layout (RunInHeadings) and each
     * stroked box of a two-column form as its own region (BoxedColumns): 100% and 100% both, out of this list.
     * batch40, then pending (issue 9, measured on main unchanged at 71cf5be; README miss kind 3):
     * kelmarsh-lcspr-child-r (items 50%, P 27.3%: a WeasyPrint action plan whose recommendation cells span two action
     * rows (rowspan), each wrapped line of a spanning cell read as an item of its own) said ok, until r40-fix measured
     * a table's cell line spacing only between lines sharing a column (TableRows): items 100%, out of this list.
     * batch41, then pending (issue 9, measured on main unchanged at 87e9cee; README miss kind 2):
     * hollinsworth-lcspr-child-d (items 33.3%, P 66.7%: a 'What we found | What we will do' table with no rulings at all
     * read across its two columns, the left cells' learning lost and the first right cell cut) said ok, until r41-fix
     * read a table's lines whose cells a gutter narrower than a cell gap parts at the table's columns as its rows
     * (BlockBuilder, TableRows.inColumnsApart): items 100%, out of this list.
     * batch42, then pending (issue 9, measured on main unchanged at 87e9cee; README miss kinds 1-3): its two reports under
     * 80% (weybourne-lcspr-baby-t, headings on filled bands; ashlingford-cspr-child-u, an action plan of touching cell
     * rectangles) said doubtful, rightly, until r42-fix read both (100% and 100%); none was ever in this list.
     * batch43, then pending (issue 9, measured on main unchanged at 5c4214e): hartswell-cspr-child-y (sections 25%, items
     * 50%: a ReportLab GRID table's top edge under its heading read as that heading's underline) said doubtful, rightly,
     * so it was never listed; r43-fix read that edge as the table's (RuledLines): 100% and 100%, ok.
     * batch44, then pending (issue 9, measured on main unchanged at 7b989cd; README miss kinds 1 and 2):
     * ashcombe-lcspr-child-p (items 50%: a pull quote floated beside the findings text, its words not in the body, read
     * line by line with the body and the 'Learning' heading beside it) and hollinbrook-cspr-child-j (items 66.7%: the
     * right column's hanging list numbers taken for the gutter's edge, its two recommendations put in the
     * introduction) said ok and were listed here; r44-fix read both (100% and 100%, ok) and took them out.
     * pending-batch45 (issue 9, measured on main 35af391 with src/main unchanged; README miss kind 2):
     * westbrook-lcspr-baby-a (sections 75%: a pod2pdf report with no cover page, its title a bold body-size paragraph,
     * so the first =head1 heading 'Why this review was carried out', larger and naming a review, is read as the title
     * and its section lost) says ok; listed here until a fix reads it. r45-fix read it (CoverTitleReader: body
     * headings on a page with no cover are no title; sections 100%, ok) and took it out; the batch is now batch45.
     * pending-batch47 (issue 9, measured on main cf21945 with src/main unchanged; README miss kinds 1 and 2):
     * felbridge-cspr-child-o (items 75%, precision 60%: an untagged Chromium 'Agency | Recommendation | Response |
     * Timescale' table whose first recommendation cell holds a numbered sub-list is read across the row, and the
     * sub-list's third part becomes an item of its own) and harrowfield-thematic-review-neglect (sections 83.3%, items
     * 71.4%: 'What the partnership has learned' is typed other, so its two learning bullets give no items) say ok;
     * listed here until a fix reads them, and a fixer's job is to take them out. r47-fix read both (a list inside a
     * ruled cell stays in its cell, RuledCellLines; statement headings with any subject, section-headings.yml
     * 'statements': items 100% each, ok) and took them out; the batch is now batch47.
     * pending-batch49 (issue 9, measured on main 868551c with src/main unchanged; README miss kinds 1-3):
     * brackley-heath-lcspr-child-j (items 0%: the body font's broken /ToUnicode makes every body word garbage such as
     * '7KH SDUWQHUVKLS', stored as items and section text), kilbride-moss-cspr-child-t (sections 73.3%: tagged 'Finding N:'
     * sub-headings each holding a 'Learning' box stay sub-headings under the numbered chapter '6. Findings') and
     * strathallan-learning-review-child-m (items 50%: 'Practice point' side boxes in the right margin read into the
     * paragraph beside them, the label no item label) say ok; listed here until a fix reads them or flags them, and a
     * fixer's job is to take them out. r49-fix read all three (a font's /ToUnicode making no words gives way to its
     * glyph names, report.FontReadings; numbered findings with their own learning are sections under numbered chapters
     * too; a margin box whose text runs past its fill is a call-out, 'practice point' a learning label: 100% each, ok)
     * and took them out; the batch is now batch49.
     * pending-batch50 (issue 9, measured on main b1fd3c86 with src/main unchanged; README miss kind 2):
     * thornaby-scr-child-k (items 73.7%, precision 87.5%: a groff tbl table whose Agency cells span several action rows
     * (tbl '^', text centred in the span) over a page break; where an agency's text shares a baseline with an action's
     * second line the rule under that action is not under the whole line and the next action joins it, and the first
     * action row after the repeated header on the next page joins the last row of the page before) says ok; listed
     * here until a fix reads it or flags it, and a fixer's job is to take it out. r50-fix read it (a rule under a table
     * line's last cells, from the gutter before a cell to the line's end, closes the row beside a spanning cell; after a
     * rule closed a page's last row, the next page's first line starts a row unless it goes on an open sentence: items
     * 100%, ok) and took it out.
     * pending-batch51 (issue 9, measured on main b2f96f7c with src/main unchanged; README miss kinds 1-2):
     * penmaen-cpr-child-m (items 50%: a scanned page with an OCR text layer; the learning bullets are only pixels of the
     * page image, the layer has no bullet glyph and no drawn shape, so the three bulleted learning points are read as
     * the section's text and give no items) and sedgecombe-lcspr-child-r (items 42.9%: learning points set as side
     * notes in italic small type in a left margin column beside the paragraphs they belong to are left out of the page
     * as margin notes, so all four are lost) say ok; listed here until a fix reads them or flags them, and a fixer's job
     * is to take them out. r51-fix read both (left-margin notes that are whole sentences, with no note call in the
     * body, are read as entries after the paragraph beside them, italic entries in findings learning, report.SideNoteItems;
     * points at one indent under a lead-in at the margin, split where a short line ends a sentence, report.SentenceRuns:
     * 100% each, ok) and took them out; the batch is now batch51.
     * pending-batch53 (issue 9, measured on main ccf80d3f with src/main unchanged; README miss kinds 2-3):
     * hexworthy-lcspr-baby-r (sections 40%: titlesec section titles in the left margin on the baseline of the first
     * body line glued to that line) was listed until r53's MarginHeadings change read it (100%, ok);
     * kelsall-moor-cspr-child-h (items 62.5%: the headings of a scanned, OCRed page between born-digital pages are
     * plain larger lines of tesseract's one font, not taken as headings, so its learning and good practice fall into
     * the findings) says ok; listed here until a fix reads it or flags it, and a fixer's job is to take it out.
     * ocr-head (session 33) read those headings (an OCR layer's page measured by its own running text): sections 6/6,
     * items 75% (6/8): the two good-practice points, whose bullets tesseract read as 'e', give no items; still ok, so
     * still listed, until the lead's OcrBullets (a misread bullet repeated down an OCR page's column is a marker) read
     * them (100%, ok) and took it out; the batch is now batch53.
     * pending-batch61 (issue 9, session 38, measured on main ea0b7479 with src/main unchanged; README 'Left'):
     * aldermoor-lcspr-sam (items 57.1%: a 'Finding | Recommendation' table drawn with hairlines only is read column
     * after column, and bold-labelled paragraphs under 'What we found' become learning items) and
     * stainmore-lcspr-child-p-booklet (sections 83.3%, items 66.7%: a pdfjam booklet whose sheets 1 and 3 are placed
     * turned 180 degrees is read sheet by sheet; pdf.ImposedPages runs only in the digest path) say ok; listed here
     * until a fix reads them or flags them, and a fixer's job is to take them out. left-s39 (session 39) read both
     * (a header rule drawn cell by cell is one rule, report.RuledHeaderRow: Aldermoor items 100%; turned booklet
     * sheets cut upright and read in page order on their sheets, pdf.ImposedPages and report.SheetPages: Stainmore
     * 100%) and took them out; the batch stays pending (metadata 90%: Kettlewick's title and type, Stainmore's title
     * and year).
     */
    private static final Set<String> KNOWN_UNFLAGGED = Set.of();
    /** At most one good report in ten may be doubtful (today none is). */
    private static final double MAX_FALSE_ALARM_SHARE = 0.1;

    @TempDir
    Path dir;

    record Scored(String file, double sections, double items, String quality, String notes) {
        boolean bad() {
            return sections < BAD || items < BAD;
        }

        boolean good() {
            return sections >= GOOD && items >= GOOD;
        }
    }

    @Test
    void everyReportScoringUnder80PercentIsDoubtfulAndFewGoodOnesAre() throws Exception {
        SharedCorpus.require(Files.isRegularFile(SCORER), SCORER + " is missing");
        SharedCorpus.require(EndToEndReportScoreTest.python3Runs(), "python3 on the PATH");
        Path input = Files.createDirectories(dir.resolve("input"));
        Path truths = Files.createDirectories(dir.resolve("truth"));
        for (Path folder : fixtureFolders()) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.copy(f, (f.toString().endsWith(".truth.json") ? truths : input).resolve(f.getFileName()));
                }
            }
        }
        Path output = dir.resolve("out");
        assertThat(CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2026-11")).isZero();

        List<Scored> scored = scoreEach(truths, output);
        assertThat(scored).as("every e2e report scored").hasSizeGreaterThanOrEqualTo(30);
        assertThat(scored).filteredOn(Scored::bad).filteredOn(r -> !KNOWN_UNFLAGGED.contains(r.file()))
                .as("reports under %.0f%% on sections or items", BAD)
                .allSatisfy(r -> assertThat(r.quality()).as("%s", r).isEqualTo("doubtful"));
        List<Scored> good = scored.stream().filter(Scored::good).toList();
        assertThat(good).filteredOn(r -> !"ok".equals(r.quality())).as("false alarms among %d good reports", good.size())
                .hasSizeLessThanOrEqualTo((int) Math.floor(good.size() * MAX_FALSE_ALARM_SHARE));
    }

    /** The asserted batches and the pending ones, whatever they are called; not the generator folder. */
    private static List<Path> fixtureFolders() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("make"))
                    .sorted().toList();
        }
    }

    /**
     * Each report scored alone: the scorer given a truth folder holding only its truth file and an output folder
     * holding only its review's rows (the scorer then reads a few rows, not the whole run's), scorers run side by
     * side.
     */
    private List<Scored> scoreEach(Path truths, Path output) throws Exception {
        Map<String, Map<String, String>> documents = CsvFiles.read(output.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(d -> d.get("source_file"), Function.identity()));
        ReportRows rows = ReportRows.read(output);
        List<Callable<Scored>> jobs = new ArrayList<>();
        try (Stream<Path> files = Files.list(truths)) {
            for (Path truth : files.sorted().toList()) {
                String pdf = truth.getFileName().toString().replace(".truth.json", "");
                Path alone = Files.createDirectories(dir.resolve("alone").resolve(pdf));
                Files.copy(truth, alone.resolve(truth.getFileName()));
                Path slice = rows.writeSlice(pdf, Files.createDirectories(dir.resolve("slices").resolve(pdf)));
                Map<String, String> document = documents.getOrDefault(pdf, Map.of());
                jobs.add(() -> scored(pdf, score(slice, alone), document));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Scored> scored = new ArrayList<>();
            for (Future<Scored> each : pool.invokeAll(jobs)) {
                scored.add(each.get());
            }
            return scored;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Scored scored(String pdf, String report, Map<String, String> document) {
        Matcher recall = RECALL.matcher(report);
        assertThat(recall.find()).as("score of %s: %s", pdf, report).isTrue();
        return new Scored(pdf, Double.parseDouble(recall.group(1)), Double.parseDouble(recall.group(2)),
                document.get("quality"), document.get("quality_notes"));
    }

    private static String score(Path output, Path truth) throws IOException, InterruptedException {
        Process scorer = new ProcessBuilder(List.of("python3", SCORER.toString(), "reports", output.toString(),
                truth.toString())).redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scorer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return report;
    }
}
