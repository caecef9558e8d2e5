package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTableEntriesTest {

    @TempDir
    Path dir;

    @Test
    void eachCellOfATableOfEntriesIsItsOwnParagraphAndColumnCaptionsAreLeftOut() throws Exception {
        Path file = dir.resolve("update.html");
        Files.writeString(file, """
                <html><body><h1>Case reviews update</h1><table>
                <thead><tr><th>Review</th><th>Summary</th><th>Learning</th></tr></thead>
                <tbody><tr><td><strong>2023 - Marsh End - Baby RE</strong></td>
                <td>Serious injury to an 8-week-old girl in 2022.</td>
                <td><strong>Learning includes:</strong><ul><li>one point</li><li>another point</li></ul></td></tr>
                </tbody></table></body></html>
                """, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).isEqualTo("""
                # Case reviews update

                **2023 - Marsh End - Baby RE**

                Serious injury to an 8-week-old girl in 2022.

                **Learning includes:**

                - one point
                - another point""");
    }
}
