package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html of the sample month in headless Chromium (as a person would open it), takes a
 * screenshot and prints it to PDF, then checks that the charts were drawn and show the CSV counts.
 * Chromium is installed by .ci/run; without it the test is skipped, except in CI where it fails.
 */
class RunReportBrowserTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/input");
    private static final int BAR_RGB = 0x1f6f8b;

    @TempDir
    static Path folder;

    private static Path page;

    @BeforeAll
    static void writeTheReport() throws IOException {
        for (String csv : List.of("reviews.csv", "items.csv", "documents.csv", "rejects.csv")) {
            Files.copy(GOLDEN.resolve(csv), folder.resolve(csv));
        }
        page = RunReportWriter.write(folder, "2026-11");
    }

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium is missing on CI: .ci/run installs the Debian package chromium");
        }
        assumeTrue(false, "no Chromium here: the browser check of report.html is skipped");
        return null;
    }

    private static void runChromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory(folder, "profile");
        List<String> command = new java.util.ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("chromium.log").toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    }

    @Test
    void theScreenshotShowsTheBarsOfTheCharts() throws Exception {
        Path png = folder.resolve("report.png");
        runChromium("--window-size=1280,2400", "--screenshot=" + png);
        BufferedImage image = ImageIO.read(png.toFile());
        long barPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == BAR_RGB) {
                    barPixels++;
                }
            }
        }
        // about twenty bars of 18 px height and at least a few px width each
        assertThat(barPixels).as("pixels in the bar colour").isGreaterThan(20 * 18 * 4);
    }

    @Test
    void theRenderedPageShowsTheCountsOfTheCsvFiles() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        runChromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        List<Map<String, String>> reviews = RunReportWriter.read(folder.resolve("reviews.csv"));
        List<Map<String, String>> items = RunReportWriter.read(folder.resolve("items.csv"));
        assertThat(text).contains(reviews.size() + " reviews", items.size() + " items");
        Map<String, Integer> outcomes = RunReport.tally(reviews, "outcome", false);
        assertThat(outcomes).isNotEmpty();
        outcomes.forEach((outcome, n) -> assertThat(text).contains(outcome + " " + n));
        Map<String, Integer> bands = RunReport.tally(reviews, "age_band", false);
        bands.forEach((band, n) -> assertThat(text).contains(band + " " + n));
        // the month's top item themes (issue 12): the three most frequent, with their counts
        Map<String, Integer> themes = RunReport.tally(items, "themes", true);
        assertThat(themes).hasSizeGreaterThanOrEqualTo(3);
        assertThat(text).contains(RunReport.THEMES);
        themes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> assertThat(text).contains(e.getKey() + " " + e.getValue()));
    }
}
