package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkSafetyTest {

    @TempDir
    Path dir;
    Path input;
    private final LinkSafety safety = new LinkSafety(FetchSettings.defaults());

    @BeforeEach
    void folder() throws IOException {
        input = Files.createDirectories(dir.resolve("input"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#", "", "Ashdown_CSPR_Child_Q.pdf", "reports/Child Q.pdf", "sub/../Child_Q.pdf",
            "Child%20Q.pdf", "https://learning.nspcc.org.uk/media/1234/child-q.pdf",
            "https://LIBRARY.nspcc.org.uk:443/HeritageScripts/Hapi.dll/filetransfer/2021ChildV.pdf?filename=ChildV.pdf"})
    void linksInsideTheFolderOrToAnAllowedHostAreUsable(String link) {
        assertThat(safety.refusalOfLink(link, input)).isEmpty();
    }

    @Test
    void anAbsolutePathInsideTheFolderIsUsable() {
        assertThat(safety.refusalOfLink(input.resolve("Child_Q.pdf").toString(), input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.pdf", "../../etc/passwd", "/etc/passwd", "sub/../../x.pdf", "..\\..\\x.pdf",
            "C:\\Users\\someone\\report.pdf", "c:/reports/x.pdf"})
    void localPathsThatLeaveTheFolderAreRefused(String link) {
        assertThat(safety.refusalOfLink(link, input)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\\\fileserver\\share\\Child_Z5.pdf", "//fileserver/share/x.pdf"})
    void networkPathsAreRefused(String link) {
        assertThat(safety.refusalOfLink(link, input)).contains("a network (UNC) path is never followed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2e%2e%2fsecret.pdf", "%2E%2E/secret.pdf", "..%2fsecret.pdf", "%252e%252e%252fsecret.pdf",
            "https://learning.nspcc.org.uk/media/%2e%2e%2f%2e%2e%2fadmin/report.pdf", "reports%5c..%5c..%5cx.pdf"})
    void percentEncodedTraversalsAreRefused(String link) {
        assertThat(safety.refusalOfLink(link, input)).contains("a percent-encoded '..' would climb out of where the link points");
    }

    /**
     * Digests b48 (kind 6): a Joplin export links a note's attached PDF as ':/<resource id>' (and another note the same
     * way): an app's own link, neither a web address nor a file in the input folder, so no report link.
     */
    @ParameterizedTest
    @ValueSource(strings = {":/6b58f7f8a85c9dcc9768a8e92902206d", ":/9a8b7c6d5e4f40312a1b2c3d4e5f6a7b#child-q", "1:/x.pdf"})
    void anAppsOwnLinkWithNoSchemeIsRefused(String link) {
        assertThat(safety.refusalOfLink(link, input).orElseThrow()).contains("neither a web address nor a file path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "FILE://server/share/x.pdf"})
    void fileLinksAreRefused(String link) {
        assertThat(safety.refusalOfLink(link, input)).contains("file: links are never followed");
    }

    @Test
    void refusedUrlsSayWhy() {
        assertThat(safety.refusalOfLink("https://evil.example.org/x.pdf", input).orElseThrow()).contains("'evil.example.org' is not in the allowed hosts");
        assertThat(safety.refusalOfLink("http://learning.nspcc.org.uk/x.pdf", input).orElseThrow()).contains("http on port 80 is not allowed");
        assertThat(safety.refusalOfLink("https://learning.nspcc.org.uk:8443/x.pdf", input).orElseThrow()).contains("https on port 8443 is not allowed");
        assertThat(safety.refusalOfLink("https://user:pw@learning.nspcc.org.uk/x.pdf", input).orElseThrow()).contains("user credentials");
        assertThat(safety.refusalOfLink("javascript:alert(1)", input).orElseThrow()).contains("not 'javascript'");
        assertThat(safety.refusalOfLink("ftp://learning.nspcc.org.uk/x.pdf", input).orElseThrow()).contains("not 'ftp'");
    }

    @Test
    void anOriginEntryAllowsExactlyThatSchemeHostAndPort() {
        LinkSafety local = new LinkSafety(FetchSettings.defaults().withAllowedHosts(List.of("http://127.0.0.1:8080")));
        assertThat(local.refusalOfLink("http://127.0.0.1:8080/r.pdf", input)).isEmpty();
        assertThat(local.refusalOfLink("http://127.0.0.1:8081/r.pdf", input)).isPresent();
        assertThat(local.refusalOfLink("https://127.0.0.1:8080/r.pdf", input)).isPresent();
        assertThat(local.refusalOfLink("http://127.0.0.1/r.pdf", input)).isPresent();
    }
}
