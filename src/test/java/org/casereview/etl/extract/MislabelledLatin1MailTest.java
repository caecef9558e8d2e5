package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b52 (kind 6): an HTML-only e-mail whose part says 'charset="iso-8859-1"' over Windows-1252 bytes (0x92
 * apostrophes, 0x96 dashes), as a Windows client's text labelled by its mail gateway arrives. Browsers and mail
 * programs read the label as windows-1252 (WHATWG Encoding); so does the job. Invented review: its child does not exist.
 */
class MislabelledLatin1MailTest {

    private static final String BODY = "<html><body><div>Dear colleagues,</div><div>&nbsp;</div>"
            + "<div><b><font size=\"5\">Case reviews published in August 2031</font></b></div>"
            + "<div><b><font size=\"4\">Child ZQ: Child safeguarding practice review</font></b></div>"
            + "<div>Neglect of a 5-year-old boy in 2030 \u2013 the family\u2019s rent was unpaid for a year. Child ZQ is White"
            + " British.</div><div><b>Learning includes:</b></div>"
            + "<ul><li>the mother\u2019s debts were not asked about</li><li>the school\u2019s worries were not shared</li></ul>"
            + "</body></html>";

    @TempDir
    Path dir;

    @Test
    void windows1252BytesUnderAnIso88591LabelReadAsWindows1252() throws Exception {
        byte[] html = BODY.getBytes(Charset.forName("windows-1252"));
        String mail = """
                From: Learning team <learning@example.org>
                Subject: =?iso-8859-1?Q?Case_reviews_=96_August_2031?=
                MIME-Version: 1.0
                Content-Type: text/html; charset="iso-8859-1"
                Content-Transfer-Encoding: base64

                """ + Base64.getMimeEncoder().encodeToString(html) + "\n";
        Path file = dir.resolve("reviews-2031-08.eml");
        Files.write(file, mail.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
        ExtractedText text = new DocumentTextExtractor().extract(file);
        assertThat(text.text()).doesNotContain("\ufffd");
        List<DigestEntry> found = new DigestParser().parse(text.text(), text.pageBreaks()).entries();
        assertThat(found).singleElement().extracting(DigestEntry::summary).isEqualTo(
                "Neglect of a 5-year-old boy in 2030 \u2013 the family\u2019s rent was unpaid for a year. Child ZQ is White British.");
        assertThat(found.get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the mother\u2019s debts were not asked about", "the school\u2019s worries were not shared");
    }

    @Test
    void latin1AndAsciiLabelsAreWindows1252OthersAsJavaReadsThem() {
        Charset cp1252 = Charset.forName("windows-1252");
        assertThat(DeclaredCharsets.forLabel("ISO-8859-1")).contains(cp1252);
        assertThat(DeclaredCharsets.forLabel("\"latin1\"")).contains(cp1252);
        assertThat(DeclaredCharsets.forLabel("us-ascii")).contains(cp1252);
        assertThat(DeclaredCharsets.forLabel("utf-8")).contains(StandardCharsets.UTF_8);
        assertThat(DeclaredCharsets.forLabel("iso-8859-15")).contains(Charset.forName("ISO-8859-15"));
        assertThat(DeclaredCharsets.forLabel("no-such-charset")).isEmpty();
        assertThat(DeclaredCharsets.forLabel("")).isEmpty();
    }
}
