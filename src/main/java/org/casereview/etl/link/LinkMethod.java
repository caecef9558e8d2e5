package org.casereview.etl.link;

import java.util.Locale;

/** The evidence a link rests on, strongest first. */
public enum LinkMethod {
    /** a row of the operator's links.csv */
    OPERATOR,
    /** the file name in the entry's link equals the report's file name */
    LINK_NAME,
    /** child name, review type and title agree well enough, with a margin over the runner-up */
    SIMILARITY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
