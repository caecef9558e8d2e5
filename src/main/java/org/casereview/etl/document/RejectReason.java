package org.casereview.etl.document;

import java.util.Locale;

/** The {@code reason_code} list of rejects.csv. */
public enum RejectReason {
    ENCRYPTED, CORRUPT, EMPTY, UNSUPPORTED_TYPE, NO_TEXT_LAYER, TOO_LARGE, TIMEOUT,
    UNPARSEABLE_ENTRY, UNSAFE_LINK, DUPLICATE, INTERNAL_ERROR, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
