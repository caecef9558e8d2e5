package org.casereview.etl.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep copies of YAML trees: read-only for use, mutable for merging. Map order is kept. */
final class ReadOnly {

    private ReadOnly() {
    }

    static Map<String, Object> freeze(Map<?, ?> tree) {
        Map<String, Object> copy = new LinkedHashMap<>();
        tree.forEach((key, value) -> copy.put(key.toString(), freezeValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    static Map<String, Object> mutableCopy(Map<?, ?> tree) {
        Map<String, Object> copy = new LinkedHashMap<>();
        tree.forEach((key, value) -> copy.put(key.toString(), mutableValue(value)));
        return copy;
    }

    private static Object freezeValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freeze(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(freezeValue(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static Object mutableValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return mutableCopy(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(mutableValue(v)));
            return copy;
        }
        return value;
    }
}
