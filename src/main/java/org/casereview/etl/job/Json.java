package org.casereview.etl.job;

import java.util.Collection;
import java.util.Map;

/** A tiny JSON writer for the run summary and {@code status --json} (maps, lists, strings, numbers). */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, "");
        return b.toString();
    }

    private static void write(Object value, StringBuilder b, String indent) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(inner);
                string(String.valueOf(e.getKey()), b);
                b.append(": ");
                write(e.getValue(), b, inner);
                b.append(++i < map.size() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            String inner = indent + "  ";
            int i = 0;
            for (Object o : list) {
                b.append(inner);
                write(o, b, inner);
                b.append(++i < list.size() ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else {
            string(value.toString(), b);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
