package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Test;

/**
 * The area and title as the pages print them: a place phrase before the partnership words (not the words of a
 * sentence or list around it, not a breadcrumb), a board's name as the first sentence of a cover line, an area after
 * a label; a browser's page title without the site's name; a document information title printed nowhere giving way
 * to the cover's; a centred cover note no running text under a subtitle.
 */
class CoverPlacesAndWebTitlesTest {

    private static final float PAGE_CENTRE = 297.5f;
    private final MetadataReader reader = new MetadataReader(Vocabulary.defaults());

    private static TextLine line(int page, String text, float x, float y, float size, boolean bold) {
        return new TextLine(page, text, List.of(new TextFragment(text, x, x + text.length() * size * 0.5f, y, size, bold)));
    }

    private static TextLine left(int page, String text, float y, float size) {
        return line(page, text, 72, y, size, false);
    }

    private static TextLine centred(String text, float y, float size, boolean bold) {
        float width = text.length() * size * 0.5f;
        return line(1, text, PAGE_CENTRE - width / 2, y, size, bold);
    }

    private static PDDocumentInformation info(String title) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        return info;
    }

    private ReportMetadata read(PDDocumentInformation info, List<TextLine> first, List<TextLine> second) {
        return reader.read(List.of(new PageText(1, 595, 842, first), new PageText(2, 595, 842, second)), info, 8);
    }

    @Test
    void aBoardNamedAsTheFirstSentenceOfACoverLineGivesItsPlaceNotTheWordsBeforeItInTheBody() {
        ReportMetadata m = read(info("Case Management Review: Child P"), List.of(
                centred("Case Management Review: Child P", 100, 24, true),
                centred("Executive Summary", 135, 18, true),
                centred("Safeguarding Board for Northern Ireland. Independent chair: Mr Ronan", 165, 12, false),
                centred("Ferriter-Blaney", 179, 12, false)), List.of(
                left(2, "This case management review was carried out under the Safeguarding Board for", 100, 11),
                left(2, "Northern Ireland regulations after Child P was admitted to hospital.", 114, 11)));

        assertThat(m.area()).isEqualTo("Northern Ireland");
        // the centred cover note under the subtitle is no running text the subtitle heads
        assertThat(m.title()).isEqualTo("Case Management Review: Child P - Executive Summary");
    }

    @Test
    void aBoardForARegionGivesThePlaceWithoutTheWordRegion() {
        ReportMetadata m = read(info("Case Management Review: Child N"), List.of(
                centred("Case Management Review: Child N", 100, 24, true),
                centred("Safeguarding Board for the Ballykeel Region", 140, 14, false),
                centred("Published April 2024", 170, 12, false)), List.of(
                left(2, "Child N was nine when she was taken into care after a period of neglect.", 100, 11)));

        assertThat(m.partnership()).isEqualTo("Safeguarding Board for the Ballykeel Region");
        assertThat(m.area()).isEqualTo("Ballykeel");
    }

    @Test
    void aPartnershipInADistributionListGivesOnlyItsPlace() {
        ReportMetadata m = read(null, List.of(
                centred("Domestic Homicide Review: Marie", 100, 24, true),
                centred("Overview Report", 135, 18, true)), List.of(
                left(2, "The report will be shared with the family, the Home Office, the", 100, 11),
                left(2, "Police and Crime Commissioner, the Elmbury Vale Safeguarding Children Partnership and", 114, 11)));

        assertThat(m.area()).isEqualTo("Elmbury Vale");
    }

    @Test
    void aBreadcrumbIsNoAreaAndTheBrowsersSiteNameIsNoPartOfTheTitle() {
        String header = "3/2/25, 10:02 AM Practice review: Child W | Coldharbour Council";
        ReportMetadata m = read(info("Practice review: Child W | Coldharbour Council"), List.of(
                left(1, header, 20, 8),
                left(1, "Home > Children and families > Safeguarding children partnership > Reviews", 90, 10),
                line(1, "Practice review: Child W", 72, 130, 26, true),
                left(1, "Coldharbour Safeguarding Children Partnership. Published 3 February 2025.", 165, 11),
                left(1, "file:///tmp/review.html 1/5", 820, 8)), List.of(
                left(2, header, 20, 8),
                left(2, "Child W was fifteen when he was stabbed near the bus station.", 90, 11),
                left(2, "file:///tmp/review.html 2/5", 820, 8)));

        assertThat(m.area()).isEqualTo("Coldharbour");
        assertThat(m.title()).isEqualTo("Practice review: Child W");
    }

    @Test
    void aWorkingTitlePrintedNowhereGivesWayToTheCoverWhoseLabelledAreaIsTheArea() {
        ReportMetadata m = read(info("NRP review - Aoife"), List.of(
                left(1, "National Review Panel", 80, 14),
                line(1, "Review of a serious incident concerning a young", 72, 200, 20, true),
                line(1, "person in foster care: Aoife", 72, 226, 20, true),
                left(1, "Tusla area: Ballykeel West", 280, 12),
                left(1, "Date of publication: May 2024", 320, 12)), List.of(
                left(2, "1. Introduction", 80, 14)));

        assertThat(m.title()).isEqualTo("Review of a serious incident concerning a young person in foster care: Aoife");
        assertThat(m.childName()).isEqualTo("Aoife");
        assertThat(m.reviewTypeText()).isEqualToIgnoringCase("review of a serious incident");
        assertThat(m.area()).isEqualTo("Ballykeel West");
    }

    @Test
    void childrenNamedByTheirFamilysLetterAreTheChildren() {
        ReportMetadata m = read(null, List.of(
                centred("Local Child Safeguarding Practice Review: Siblings W", 100, 22, true),
                centred("Brackwater Safeguarding Partnership", 140, 14, false)), List.of());

        assertThat(m.childName()).isEqualTo("Siblings W");
        assertThat(m.area()).isEqualTo("Brackwater");
    }
}
