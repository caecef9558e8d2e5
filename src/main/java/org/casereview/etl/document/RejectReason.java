package org.casereview.etl.document;

/** The {@code reason_code} list of rejects.csv. */
public enum RejectReason implements Coded {
    ENCRYPTED, CORRUPT, EMPTY, UNSUPPORTED_TYPE, NO_TEXT_LAYER, TOO_LARGE, TIMEOUT,
    UNPARSEABLE_ENTRY, UNSAFE_LINK, DUPLICATE, OTHER;

    public static RejectReason fromCode(String code) {
        return Coded.fromCode(RejectReason.class, code);
    }
}
