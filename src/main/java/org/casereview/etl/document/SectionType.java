package org.casereview.etl.document;

import java.util.Locale;

/** The {@code section_type} codes of DATA-MODEL.md. */
public enum SectionType implements Coded {
    SUMMARY, LEARNING, RECOMMENDATIONS, GOOD_PRACTICE,
    INTRODUCTION, METHODOLOGY, BACKGROUND, FINDINGS, CONCLUSION, APPENDIX, OTHER;

    public static SectionType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Sections whose items are counted in reviews.csv. */
    public boolean hasItems() {
        return this == LEARNING || this == RECOMMENDATIONS || this == GOOD_PRACTICE;
    }
}
