package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Test;

/** The title, child's name and area a report's cover gives, set in the many ways partnerships set them. */
class CoverTitleRulesTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();

    private static TextLine line(int page, String text, float y, float size, boolean bold) {
        return new TextLine(page, text, List.of(new TextFragment(text, 72, 72 + text.length() * size * 0.5f, y, size, bold)));
    }

    /** A line centred on an A4 page. */
    private static TextLine centred(String text, float y, float size, boolean bold) {
        float width = text.length() * size * 0.5f;
        return new TextLine(1, text, List.of(new TextFragment(text, 297.5f - width / 2, 297.5f + width / 2, y, size, bold)));
    }

    private final MetadataReader reader = new MetadataReader(VOCABULARY);

    private ReportMetadata read(TextLine... cover) {
        return reader.read(List.of(new PageText(1, 595, 842, List.of(cover))), null, 6);
    }

    @Test
    void aPartnershipSetAsLargeAsTheTitleDoesNotJoinTheTitle() {
        ReportMetadata m = read(line(1, "Northam Vale Local Safeguarding", 100, 20, true),
                line(1, "Children Board", 125, 20, true),
                line(1, "Serious Case Review: Child R", 160, 20, true),
                line(1, "March 2019", 300, 14, false));

        assertThat(m.title()).isEqualTo("Serious Case Review: Child R");
        assertThat(m.childName()).isEqualTo("Child R");
        assertThat(m.area()).isEqualTo("Northam Vale");
    }

    @Test
    void aChildrensWordBeforeThePartnershipWordsIsNotPartOfTheArea() {
        ReportMetadata m = read(line(1, "Ravensholme Children's Safeguarding Partnership", 80, 12, true),
                line(1, "Local Child Safeguarding Practice Review: Jade", 300, 24, true),
                line(1, "Published: 14 October 2024", 400, 11, false));

        assertThat(m.partnership()).isEqualTo("Ravensholme Children's Safeguarding Partnership");
        assertThat(m.area()).isEqualTo("Ravensholme");
    }

    @Test
    void aQuotedNameAfterADashIsTheChild() {
        ReportMetadata m = read(line(1, "CALDERBROOK", 80, 44, true),
                line(1, "Local Child Safeguarding Practice Review \u2013 'Freddie'", 300, 22, true),
                line(1, "Published: 14 February 2024", 400, 11, false));

        assertThat(m.childName()).isEqualTo("Freddie");
        assertThat(m.publicationYear()).isEqualTo(2024);
    }

    @Test
    void aTitleWrappedAfterItsDashIsReadWhole() {
        ReportMetadata m = read(line(1, "CALDERBROOK", 80, 44, true),
                line(1, "Local Child Safeguarding Practice Review \u2013", 300, 22, true),
                line(1, "'Freddie'", 326, 22, true),
                line(1, "Lead reviewer: Imogen Tratt", 400, 11, false));

        assertThat(m.title()).isEqualTo("Local Child Safeguarding Practice Review \u2013 'Freddie'");
        assertThat(m.childName()).isEqualTo("Freddie");
        assertThat(m.author()).isEqualTo("Imogen Tratt");
    }

    @Test
    void aTitleCutAfterAWordThatNamesNothingGoesOnInTheLineRightUnderIt() {
        ReportMetadata m = read(line(1, "Tarnside Safeguarding Children Partnership", 60, 13, true),
                line(1, "Learning", 120, 22, true),
                line(1, "Brief: Child E", 147, 22, true),
                line(1, "A summary of a local child", 200, 10.5f, false));

        assertThat(m.title()).isEqualTo("Learning Brief: Child E");
        assertThat(m.childName()).isEqualTo("Child E");
    }

    @Test
    void aStrapLineUnderTheTitleNamingTheReviewTypeStaysOutOfIt() {
        ReportMetadata m = read(line(1, "Tarnside Safeguarding Children Partnership", 50, 13, true),
                line(1, "Learning Brief: Child N", 100, 30, true),
                line(1, "What practitioners need to know from a local child safeguarding practice review", 130, 11.5f,
                        false),
                line(1, "November 2025", 165, 11, false));

        assertThat(m.title()).isEqualTo("Learning Brief: Child N");
    }

    @Test
    void aLineOfTheTitlesSizeFarBelowItIsNotPartOfIt() {
        ReportMetadata m = read(line(1, "Learning", 120, 22, true),
                line(1, "Brief: Child E", 220, 22, true));

        assertThat(m.title()).isEqualTo("Learning");
    }

    @Test
    void aNameSetLargerThanTheReviewTypeStillJoinsTheTitle() {
        ReportMetadata m = read(line(1, "Child Safeguarding Practice Review", 200, 16, false),
                line(1, "Kacper", 260, 30, true));

        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Kacper");
        assertThat(m.childName()).isEqualTo("Kacper");
    }

    @Test
    void aPlaceNameAfterTheColonIsNotAChild() {
        ReportMetadata m = read(line(1, "Cwm Taf Regional Safeguarding Board", 80, 11, false),
                line(1, "Learning Review: Cwm Taf", 200, 26, true),
                line(1, "March 2021", 300, 11, false));

        assertThat(m.title()).isEqualTo("Learning Review: Cwm Taf");
        assertThat(m.childName()).isNull();
        assertThat(m.area()).isEqualTo("Cwm Taf");
    }

    @Test
    void aPseudonymThatIsNotThePartnershipsPlaceIsKept() {
        ReportMetadata m = read(line(1, "Cwm Taf Regional Safeguarding Board", 80, 11, false),
                line(1, "Learning Review: Tomos", 200, 26, true));

        assertThat(m.childName()).isEqualTo("Tomos");
    }

    @Test
    void aCoverInCapitalsNamesTheChildInTheUsualCase() {
        ReportMetadata m = read(line(1, "ARDLOCHAN CHILD PROTECTION COMMITTEE", 100, 20, true),
                line(1, "SIGNIFICANT CASE REVIEW: CHILD K", 160, 20, true),
                line(1, "Published June 2017", 300, 14, false));

        assertThat(m.childName()).isEqualTo("Child K");
        assertThat(m.title()).isEqualTo("SIGNIFICANT CASE REVIEW: CHILD K");
        assertThat(m.area()).isEqualTo("ARDLOCHAN");
        assertThat(m.publicationYear()).isEqualTo(2017);
    }

    @Test
    void aWorkingFileNameInTheDocumentInformationGivesWayToTheCover() {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle("Hollinsford CSPR Baby N final v3");
        ReportMetadata m = reader.read(List.of(new PageText(1, 595, 842, List.of(
                line(1, "Child Safeguarding Practice Review", 100, 16, false),
                line(1, "Baby N", 140, 40, true)))), info, 3);

        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Baby N");
        assertThat(m.childName()).isEqualTo("Baby N");
    }

    @Test
    void aNameBeforeTheColonOfTheTitleIsTheChildAndTheCoverSubtitleJoinsTheTitle() {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle("Olivia: a Local Child Safeguarding Practice Review");
        ReportMetadata m = reader.read(List.of(new PageText(1, 595, 842, List.of(
                line(1, "Olivia: a Local Child Safeguarding", 100, 30, false),
                line(1, "Practice Review", 140, 30, false),
                line(1, "Executive summary", 180, 14, false)))), info, 2);

        assertThat(m.title()).isEqualTo("Olivia: a Local Child Safeguarding Practice Review - Executive summary");
        assertThat(m.childName()).isEqualTo("Olivia");
    }

    @Test
    void aPlaceBeforeTheColonIsNoChildWhenTheRestNamesNoReview() {
        ReportMetadata m = read(line(1, "Westmere: Safer sleep for babies", 100, 26, true));

        assertThat(m.childName()).isNull();
    }

    @Test
    void aBoardNamedForItsPlaceGivesThatPlaceAsArea() {
        ReportMetadata m = read(line(1, "SAFEGUARDING BOARD FOR NORTHERN IRELAND", 80, 12, true),
                line(1, "Case Management Review: Child Q", 300, 26, true));

        assertThat(m.partnership()).isEqualTo("SAFEGUARDING BOARD FOR NORTHERN IRELAND");
        assertThat(m.area()).isEqualTo("NORTHERN IRELAND");
        assertThat(m.title()).isEqualTo("Case Management Review: Child Q");
    }

    @Test
    void aBabyNamedByAFirstNameInALongTitleIsTheChild() {
        ReportMetadata m = read(line(1, "Tamsworth Safeguarding Children Partnership", 80, 13, true),
                line(1, "Child Safeguarding Practice Review into the death of Baby Amir", 200, 24, true));

        assertThat(m.childName()).isEqualTo("Baby Amir");
        assertThat(m.area()).isEqualTo("Tamsworth");
    }

    @Test
    void threeChildrenNamedTogetherInCapitalsAreReadInTheUsualCase() {
        ReportMetadata m = read(line(1, "Penhallow Safeguarding Partnership", 80, 13, true),
                line(1, "SERIOUS CASE REVIEW: CHILDREN D, E AND F", 200, 24, true));

        assertThat(m.childName()).isEqualTo("Children D, E and F");
    }

    @Test
    void aThematicTitleIsKeptWhenASmallerSubtitleNamesTheReviewType() {
        ReportMetadata m = read(line(1, "Kestrel Bay Safeguarding Partnership", 80, 20, true),
                line(1, "Thematic Review: Criminal Exploitation of Adolescents", 120, 20, true),
                line(1, "A thematic child safeguarding practice review of four children", 160, 14, false));

        assertThat(m.title()).isEqualTo("Thematic Review: Criminal Exploitation of Adolescents");
        assertThat(m.childName()).isNull();
        assertThat(m.area()).isEqualTo("Kestrel Bay");
    }

    @Test
    void aReviewTypeWrappedOverTwoCoverLinesIsFoundAndTheNameBelowCompletesTheTitle() {
        ReportMetadata m = read(line(1, "Ashby Vale Safeguarding Children", 80, 14, true),
                line(1, "Partnership", 98, 14, true),
                line(1, "Child Safeguarding Practice", 200, 26, true),
                line(1, "Review", 230, 26, true),
                line(1, "Child M", 280, 22, true));

        assertThat(m.reviewTypeText()).isEqualToIgnoringCase("Child Safeguarding Practice Review");
        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Child M");
        assertThat(m.area()).isEqualTo("Ashby Vale");
    }

    @Test
    void aTitleOverThreeCoverLinesIsReadWholeWithItsFullReviewType() {
        ReportMetadata m = read(line(1, "A Local Child Safeguarding", 200, 26, true),
                line(1, "Practice Review", 230, 26, true),
                line(1, "concerning Child D", 260, 26, true),
                line(1, "Colbridge Safeguarding Children Partnership", 320, 10, false));

        assertThat(m.reviewTypeText()).isEqualToIgnoringCase("Local Child Safeguarding Practice Review");
        assertThat(m.title()).isEqualTo("A Local Child Safeguarding Practice Review concerning Child D");
        assertThat(m.childName()).isEqualTo("Child D");
        assertThat(m.area()).isEqualTo("Colbridge");
    }

    @Test
    void aBodyHeadingLargerThanTheTitleOnASharedFirstPageIsNoPartOfTheTitle() {
        ReportMetadata m = read(line(1, "Dunmere Safeguarding Partnership", 80, 12, false),
                line(1, "Local Child Safeguarding Practice Review: Child Z", 110, 16, true),
                line(1, "Published: April 2021", 140, 11, false),
                line(1, "1. Introduction", 300, 18, true));

        assertThat(m.title()).isEqualTo("Local Child Safeguarding Practice Review: Child Z");
    }

    @Test
    void aDateBelowABareReviewTypeIsNoName() {
        ReportMetadata m = read(line(1, "Serious Case Review", 200, 26, true),
                line(1, "June 2019", 240, 24, false));

        assertThat(m.title()).isEqualTo("Serious Case Review");
    }

    @Test
    void anUnquotedPlaceAfterADashIsNoChild() {
        ReportMetadata m = read(line(1, "Learning Review \u2013 Cwm Taf", 300, 22, true));

        assertThat(m.childName()).isNull();
    }

    @Test
    void aBoardNameWrappedOverTwoCoverLinesGivesTheArea() {
        ReportMetadata m = read(line(1, "Mid Glanafon Regional Safeguarding Children", 100, 18, true),
                line(1, "Board", 122, 18, true),
                line(1, "Concise Child Practice Review: Child S", 160, 15, false));

        assertThat(m.partnership()).isEqualTo("Mid Glanafon Regional Safeguarding Children Board");
        assertThat(m.area()).isEqualTo("Mid Glanafon");
        assertThat(m.title()).isEqualTo("Concise Child Practice Review: Child S");
    }

    @Test
    void aScottishChildProtectionCommitteeGivesTheArea() {
        List<TextLine> lines = new ArrayList<>(List.of(line(1, "Strathmorven Child Protection Committee", 80, 13, true),
                line(1, "Learning Review: Child J", 300, 26, true)));
        ReportMetadata m = read(lines.toArray(TextLine[]::new));

        assertThat(m.area()).isEqualTo("Strathmorven");
        assertThat(m.reviewTypeText()).isEqualToIgnoringCase("Learning Review");
    }

    @Test
    void aDocumentKindSubtitleAfterTheNameIsNoPartOfTheName() {
        ReportMetadata m = read(line(1, "Child Safeguarding Practice Review: Harry", 200, 24, true),
                line(1, "Executive Summary", 230, 18, false),
                line(1, "Elmstead Safeguarding Children Partnership", 300, 11, false));

        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Harry - Executive Summary");
        assertThat(m.childName()).isEqualTo("Harry");
    }

    @Test
    void aReviewTypeBeforeADocumentKindIsStillNoChild() {
        ReportMetadata m = read(line(1, "Serious Case Review: Overview Report", 300, 22, true));

        assertThat(m.childName()).isNull();
    }

    @Test
    void aRunOfBodyLinesNamingALongerReviewTypeIsNoTitleUnderADocumentKind() {
        ReportMetadata m = read(line(1, "Brennock Safeguarding Children Partnership", 70, 11, false),
                line(1, "Learning briefing", 100, 20, true),
                line(1, "Child Safeguarding Practice Review: Child T", 124, 13, false),
                line(1, "Context", 190, 13, true),
                line(1, "Child T, a girl of fourteen, went missing from her foster home many times in", 205, 10, false),
                line(1, "the winter. This sheet sets out what the local child safeguarding practice review", 218.5f, 10,
                        false),
                line(1, "found and what the partnership has agreed to change as a result.", 232, 10, false),
                line(1, "The review spoke to her foster carers, her social worker and her teachers about", 250, 10, false),
                line(1, "what they knew of the adults she met when she was away from home.", 263.5f, 10, false));

        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Child T");
        assertThat(m.childName()).isEqualTo("Child T");
        assertThat(m.area()).isEqualTo("Brennock");
    }

    @Test
    void aChildNamedByAPrefixUnderABareReviewTypeCompletesTheTitleInASmallerSize() {
        ReportMetadata m = read(centred("Tollymore Safeguarding Board", 140, 20, true),
                centred("CASE MANAGEMENT REVIEW", 210, 20, true),
                centred("Child Q", 245, 14, false),
                centred("Report of the Review Panel", 280, 14, false));

        assertThat(m.title()).isEqualTo("CASE MANAGEMENT REVIEW: Child Q");
        assertThat(m.childName()).isEqualTo("Child Q");
    }

    @Test
    void aBoardNameWrappedAfterThePlaceBeganGivesTheWholePlace() {
        ReportMetadata m = read(centred("Safeguarding Partnership for North", 146, 20, true),
                centred("Kelvedon", 169, 20, true),
                centred("Learning Review: Child F", 212, 20, true),
                centred("Published May 2022", 250, 14, false));

        assertThat(m.area()).isEqualTo("North Kelvedon");
        assertThat(m.partnership()).isEqualTo("Safeguarding Partnership for North Kelvedon");
        assertThat(m.title()).isEqualTo("Learning Review: Child F");
    }

    @Test
    void aReviewTitleRightUnderABoardNamedForItsPlaceIsNoPartOfThePlace() {
        ReportMetadata m = read(centred("Safeguarding Board for Northern Ireland", 146, 20, true),
                centred("Case Management Review", 169, 20, true),
                centred("Child Q", 200, 14, false));

        assertThat(m.area()).isEqualTo("Northern Ireland");
        assertThat(m.title()).isEqualTo("Case Management Review: Child Q");
    }
}
