package org.casereview.etl.document;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One row of reviews.csv / table review, in the column order of DATA-MODEL.md (the column of a
 * component is its name in snake case). Built with {@link #builder()} or changed with
 * {@link #toBuilder()}: a new column is a component here, its builder field and the schema.
 */
public record ReviewRow(String reviewId, String digestMonth, String sourceFile, Integer entryNo, String title,
                        String childName, String reviewType, boolean thematic, String documentType,
                        String summary, String outcome, Integer incidentYear, String ageText,
                        BigDecimal ageYears, String ageBand, String sex, int nChildren, String ethnicity,
                        String harmTypes, String riskFactors, String childContext, int learningCount,
                        int recommendationCount, int goodPracticeCount, boolean noRecommendations,
                        String reportLink, String reportFile, String reportSha256, Integer reportPages,
                        ReportStatus reportStatus, String area, Integer publicationYear) {

    /** The column names, in order: the components' names in snake case. */
    public static final List<String> COLUMNS = Arrays.stream(ReviewRow.class.getRecordComponents())
            .map(c -> snakeCase(c.getName())).toList();

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this row's values, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.reviewId = reviewId;
        b.digestMonth = digestMonth;
        b.sourceFile = sourceFile;
        b.entryNo = entryNo;
        b.title = title;
        b.childName = childName;
        b.reviewType = reviewType;
        b.thematic = thematic;
        b.documentType = documentType;
        b.summary = summary;
        b.outcome = outcome;
        b.incidentYear = incidentYear;
        b.ageText = ageText;
        b.ageYears = ageYears;
        b.ageBand = ageBand;
        b.sex = sex;
        b.nChildren = nChildren;
        b.ethnicity = ethnicity;
        b.harmTypes = harmTypes;
        b.riskFactors = riskFactors;
        b.childContext = childContext;
        b.learningCount = learningCount;
        b.recommendationCount = recommendationCount;
        b.goodPracticeCount = goodPracticeCount;
        b.noRecommendations = noRecommendations;
        b.reportLink = reportLink;
        b.reportFile = reportFile;
        b.reportSha256 = reportSha256;
        b.reportPages = reportPages;
        b.reportStatus = reportStatus;
        b.area = area;
        b.publicationYear = publicationYear;
        return b;
    }

    public ReviewRow withReviewId(String id) {
        return toBuilder().reviewId(id).build();
    }

    /** The values in {@link #COLUMNS} order. */
    public List<Object> values() {
        List<Object> values = new ArrayList<>(COLUMNS.size());
        for (RecordComponent c : ReviewRow.class.getRecordComponents()) {
            try {
                values.add(c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return values;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** Sets columns by name; whatever is not set stays empty (null, 0 or false). */
    public static final class Builder {
        private String reviewId;
        private String digestMonth;
        private String sourceFile;
        private Integer entryNo;
        private String title;
        private String childName;
        private String reviewType;
        private boolean thematic;
        private String documentType;
        private String summary;
        private String outcome;
        private Integer incidentYear;
        private String ageText;
        private BigDecimal ageYears;
        private String ageBand;
        private String sex;
        private int nChildren;
        private String ethnicity;
        private String harmTypes;
        private String riskFactors;
        private String childContext;
        private int learningCount;
        private int recommendationCount;
        private int goodPracticeCount;
        private boolean noRecommendations;
        private String reportLink;
        private String reportFile;
        private String reportSha256;
        private Integer reportPages;
        private ReportStatus reportStatus;
        private String area;
        private Integer publicationYear;

        private Builder() {
        }

        public Builder reviewId(String value) {
            this.reviewId = value;
            return this;
        }

        public Builder digestMonth(String value) {
            this.digestMonth = value;
            return this;
        }

        public Builder sourceFile(String value) {
            this.sourceFile = value;
            return this;
        }

        public Builder entryNo(Integer value) {
            this.entryNo = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder childName(String value) {
            this.childName = value;
            return this;
        }

        public Builder reviewType(String value) {
            this.reviewType = value;
            return this;
        }

        public Builder thematic(boolean value) {
            this.thematic = value;
            return this;
        }

        public Builder documentType(String value) {
            this.documentType = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder outcome(String value) {
            this.outcome = value;
            return this;
        }

        public Builder incidentYear(Integer value) {
            this.incidentYear = value;
            return this;
        }

        public Builder ageText(String value) {
            this.ageText = value;
            return this;
        }

        public Builder ageYears(BigDecimal value) {
            this.ageYears = value;
            return this;
        }

        public Builder ageBand(String value) {
            this.ageBand = value;
            return this;
        }

        public Builder sex(String value) {
            this.sex = value;
            return this;
        }

        public Builder nChildren(int value) {
            this.nChildren = value;
            return this;
        }

        public Builder ethnicity(String value) {
            this.ethnicity = value;
            return this;
        }

        public Builder harmTypes(String value) {
            this.harmTypes = value;
            return this;
        }

        public Builder riskFactors(String value) {
            this.riskFactors = value;
            return this;
        }

        public Builder childContext(String value) {
            this.childContext = value;
            return this;
        }

        public Builder learningCount(int value) {
            this.learningCount = value;
            return this;
        }

        public Builder recommendationCount(int value) {
            this.recommendationCount = value;
            return this;
        }

        public Builder goodPracticeCount(int value) {
            this.goodPracticeCount = value;
            return this;
        }

        public Builder noRecommendations(boolean value) {
            this.noRecommendations = value;
            return this;
        }

        public Builder reportLink(String value) {
            this.reportLink = value;
            return this;
        }

        public Builder reportFile(String value) {
            this.reportFile = value;
            return this;
        }

        public Builder reportSha256(String value) {
            this.reportSha256 = value;
            return this;
        }

        public Builder reportPages(Integer value) {
            this.reportPages = value;
            return this;
        }

        public Builder reportStatus(ReportStatus value) {
            this.reportStatus = value;
            return this;
        }

        public Builder area(String value) {
            this.area = value;
            return this;
        }

        public Builder publicationYear(Integer value) {
            this.publicationYear = value;
            return this;
        }

        /** The columns the normaliser codes; lists of codes are joined with {@code "; "} as in the CSV. */
        public Builder facts(ReviewFacts f) {
            return reviewType(f.reviewType()).thematic(f.thematic()).documentType(f.documentType())
                    .outcome(f.outcome()).incidentYear(f.incidentYear()).ageText(f.ageText()).ageYears(f.ageYears())
                    .ageBand(f.ageBand()).sex(f.sex()).nChildren(f.nChildren()).ethnicity(f.ethnicity())
                    .harmTypes(String.join("; ", f.harmTypes())).riskFactors(String.join("; ", f.riskFactors()))
                    .childContext(String.join("; ", f.childContext()));
        }

        public ReviewRow build() {
            return new ReviewRow(reviewId, digestMonth, sourceFile, entryNo, title, childName, reviewType,
                    thematic, documentType, summary, outcome, incidentYear, ageText, ageYears, ageBand, sex,
                    nChildren, ethnicity, harmTypes, riskFactors, childContext, learningCount, recommendationCount,
                    goodPracticeCount, noRecommendations, reportLink, reportFile, reportSha256, reportPages,
                    reportStatus, area, publicationYear);
        }
    }
}
