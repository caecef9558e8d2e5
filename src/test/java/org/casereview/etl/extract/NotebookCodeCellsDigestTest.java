package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b64, kind 1): a Jupyter notebook exported to HTML by nbconvert holds the digest in its markdown
 * cells and its computation in code cells: the prompt, the source, and the output (a pandas table listing the reviews'
 * titles, a warning). The table's rows were read as entries before the real ones. A code cell (JupyterLab's
 * {@code jp-CodeCell}, the classic template's {@code code_cell}) is left out whole; markdown cells stay. Invented digest.
 */
class NotebookCodeCellsDigestTest {
    private static String markdownCell(String html) {
        return "<div class=\"jp-Cell jp-MarkdownCell jp-Notebook-cell\"><div class=\"jp-Cell-inputWrapper\">"
                + "<div class=\"jp-InputArea jp-Cell-inputArea\"><div class=\"jp-InputPrompt jp-InputArea-prompt\"></div>"
                + "<div class=\"jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput\" data-mime-type=\"text/markdown\">"
                + html + "</div></div></div></div>\n";
    }

    private static final String LAB_CODE_CELL = """
            <div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper"><div class="jp-InputArea jp-Cell-inputArea">
            <div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[1]:</div>
            <div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor"><div class="highlight hl-ipython3"><pre><span></span>reviews = pd.read_csv("published.csv")
            reviews[["title", "outcome"]]</pre></div></div></div></div>
            <div class="jp-Cell-outputWrapper"><div class="jp-OutputArea jp-Cell-outputArea">
            <div class="jp-OutputArea-child jp-OutputArea-executeResult"><div class="jp-OutputPrompt jp-OutputArea-prompt">Out[1]:</div>
            <div class="jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output" data-mime-type="text/html"><div>
            <table border="1" class="dataframe"><thead><tr><th></th><th>title</th><th>outcome</th></tr></thead><tbody>
            <tr><th>0</th><td>Child CW: Child safeguarding practice review</td><td>death</td></tr>
            <tr><th>1</th><td>Child DW: Child safeguarding practice review</td><td>serious_harm</td></tr>
            </tbody></table></div></div></div></div></div></div>
            """;

    private static final String CLASSIC_CODE_CELL = """
            <div class="cell border-box-sizing code_cell rendered"><div class="input"><div class="prompt input_prompt">In&nbsp;[2]:</div>
            <div class="inner_cell"><div class="input_area"><div class="highlight hl-ipython3"><pre>print(len(reviews))</pre></div></div></div></div>
            <div class="output_wrapper"><div class="output"><div class="output_area"><div class="prompt"></div>
            <div class="output_subarea output_stream output_stdout output_text"><pre>Reviews this month: 2</pre></div></div></div></div></div>
            """;

    @TempDir
    Path dir;

    @Test
    void theMarkdownCellsAreTheDigestAndTheCodeCellsAreLeftOut() throws Exception {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>reviews-2037-03</title></head>"
                + "<body class=\"jp-Notebook\"><main>\n"
                + markdownCell("<h1 id=\"Reviews\">Reviews published in March 2037<a class=\"anchor-link\" href=\"#Reviews\">\u00b6</a></h1>"
                        + "<p>Two reviews were published in March 2037. Every child and place here is invented.</p>")
                + LAB_CODE_CELL
                + markdownCell("<h2>Child CW: Child safeguarding practice review</h2><p>Death of a 2-year-old boy in 2036 who drowned"
                        + " in a pond. Child CW is White British.</p><p><strong>Learning includes:</strong></p>"
                        + "<ul><li>the garden pond was not fenced</li><li>the family's move was not known</li></ul>")
                + markdownCell("<h2>Child DW: Child safeguarding practice review</h2><p>Serious harm to a 9-year-old girl in 2036"
                        + " who was hit by her stepfather. Child DW is of Polish heritage.</p><p><strong>Learning includes:</strong></p>"
                        + "<ul><li>earlier marks were not recorded</li></ul>")
                + CLASSIC_CODE_CELL
                + "</main></body></html>";
        Path file = dir.resolve("reviews-2037-03.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("Two reviews were published in March 2037.")
                .doesNotContain("read_csv", "Out[1]", "serious_harm", "Reviews this month");
        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child CW: Child safeguarding practice review",
                "Child DW: Child safeguarding practice review");
        assertThat(entries.get(0).summary()).isEqualTo("Death of a 2-year-old boy in 2036 who drowned in a pond. Child CW is White British.");
        assertThat(entries.get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the garden pond was not fenced", "the family's move was not known");
        assertThat(entries.get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("earlier marks were not recorded");
    }
}
