package org.casereview.etl.document;

import java.util.Locale;

/**
 * An enum whose constants are written to the CSV files and tables as lower-case codes
 * ({@code NOT_LINKED} is {@code not_linked}).
 */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant with this code; an unknown code is an error naming the type. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code '" + code + "'");
    }
}
