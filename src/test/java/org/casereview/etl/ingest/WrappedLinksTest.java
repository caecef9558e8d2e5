package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Report links wrapped in a Google Docs or Outlook safe-links redirect (invented addresses). */
class WrappedLinksTest {

    private static final String TARGET = "https://learning.nspcc.org.uk/media/4321/eastmoor-cspr-child-py.pdf";

    @TempDir
    Path dir;

    private final LinkSafety safety = new LinkSafety(FetchSettings.defaults());

    @Test
    void aGoogleDocsRedirectGivesItsTargetDecodedOnce() {
        assertThat(WrappedLinks.unwrap("https://www.google.com/url?q=" + TARGET
                + "&sa=D&source=editors&ust=1751000000000000&usg=AOvVaw0abc")).isEqualTo(TARGET);
        assertThat(WrappedLinks.unwrap("https://www.google.com/url?sa=D&q=https%3A%2F%2Flearning.nspcc.org.uk"
                + "%2Fmedia%2F4321%2Fchild%2520py.pdf&usg=x"))
                .isEqualTo("https://learning.nspcc.org.uk/media/4321/child%20py.pdf");
    }

    @Test
    void anOutlookSafeLinkGivesItsTarget() {
        assertThat(WrappedLinks.unwrap("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
                + "learning.nspcc.org.uk%2Fmedia%2F4321%2Feastmoor-cspr-child-py.pdf&data=05%7C02%7C&reserved=0"))
                .isEqualTo(TARGET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.google.com/search?q=child+py+review",
            "https://www.google.com.evil.example.org/url?q=https://evil.example.org/x.pdf",
            "https://evil.example.org/url?q=https://learning.nspcc.org.uk/x.pdf",
            "https://safelinks.protection.outlook.com.example.org/?url=https://evil.example.org/x.pdf",
            "https://www.google.com/url?sa=D&usg=x", "eastmoor-cspr-child-py.pdf", "#"})
    void otherAddressesStayAsTheyAre(String link) {
        assertThat(WrappedLinks.unwrap(link)).isEqualTo(link);
    }

    @Test
    void aWrappedLinkToAnAllowedHostIsNotRefusedAndAWrappedLinkElsewhereIsRefusedForItsTarget() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        assertThat(safety.refusalOfLink("https://www.google.com/url?q=" + TARGET + "&sa=D&usg=x", input)).isEmpty();
        assertThat(safety.refusalOfLink("https://eur02.safelinks.protection.outlook.com/?url="
                + "https%3A%2F%2Fevil.example.org%2Fx.pdf&data=05", input).orElseThrow())
                .contains("'evil.example.org' is not in the allowed hosts");
        assertThat(safety.refusalOfLink("https://www.google.com/url?q=file:///etc/passwd&sa=D", input))
                .contains("file: links are never followed");
        assertThat(safety.refusalOfLink("https://www.google.com/url?q=..%2F..%2Fsecret.pdf&sa=D", input))
                .contains("the local path leaves the input folder");
    }
}
