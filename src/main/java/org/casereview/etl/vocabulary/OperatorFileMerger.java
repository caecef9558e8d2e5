package org.casereview.etl.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Merges an operator's vocabulary file into the bundled one. The file has the same syntax: its
 * top-level keys are the names of the bundled files ({@code section-headings:}, {@code review-types:},
 * ...) and below them the same keys as in those files. It only adds:
 * <ul>
 *   <li>a list of words gets the new words appended (words already there are skipped);</li>
 *   <li>a list of entries with a {@code code} (review types, harm types, ...) takes an entry of a
 *   known code, whose lists are appended to the first bundled entry of that code;</li>
 *   <li>a map of words to values (spelled numbers, abbreviations) takes new words.</li>
 * </ul>
 * It never replaces a single value or removes a word, and leaves the files of
 * {@link Vocabulary#FIXED_FILES} alone. Unknown file or list names, unknown codes and
 * a value of the wrong shape are errors naming the file and the line.
 */
final class OperatorFileMerger {

    private final String fileName;
    private final Map<String, Map<String, Object>> files;

    OperatorFileMerger(String fileName, Map<String, Map<String, Object>> files) {
        this.fileName = fileName;
        this.files = files;
    }

    void merge(Node root) {
        for (NodeTuple tuple : mapping(root, "the file").getValue()) {
            String name = text(tuple.getKeyNode());
            Map<String, Object> tree = files.get(name);
            if (tree == null) {
                throw error(tuple.getKeyNode(), "unknown vocabulary file name '" + name + "' (known: "
                        + String.join(", ", files.keySet()) + ")");
            }
            if (Vocabulary.FIXED_FILES.contains(name)) {
                throw error(tuple.getKeyNode(), name + " is compiled into the layout rules of the jar;"
                        + " an operator file cannot add to it");
            }
            mergeMap(tree, tuple.getValueNode(), name);
        }
    }

    @SuppressWarnings("unchecked")
    private void mergeMap(Map<String, Object> bundled, Node node, String where) {
        for (NodeTuple tuple : mapping(node, where).getValue()) {
            String key = text(tuple.getKeyNode());
            String path = where + "." + key;
            Object current = bundled.get(key);
            Node value = tuple.getValueNode();
            if (current == null) {
                if (!isWordMap(bundled)) {
                    throw error(tuple.getKeyNode(), "unknown list name '" + key + "' in " + where + " (known: "
                            + String.join(", ", bundled.keySet()) + ")");
                }
                bundled.put(key, scalar(value, path));
            } else if (current instanceof List<?> list) {
                mergeList((List<Object>) list, value, path);
            } else if (current instanceof Map<?, ?> map) {
                mergeMap((Map<String, Object>) map, value, path);
            } else if (!scalar(value, path).equals(current)) {
                throw error(value, path + " is a single value (" + current
                        + "); an operator file adds words and entries, it cannot replace a value");
            }
        }
    }

    private void mergeList(List<Object> bundled, Node node, String where) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "wrong shape: " + where + " is a list; write its entries as [a, b] or as '- a' lines");
        }
        boolean entries = !bundled.isEmpty() && bundled.get(0) instanceof Map<?, ?>;
        for (Node item : sequence.getValue()) {
            if (entries) {
                mergeEntry(bundled, item, where);
            } else {
                Object word = scalar(item, "an entry of " + where);
                checkPattern(item, word);
                if (!bundled.contains(word)) {
                    bundled.add(word);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void mergeEntry(List<Object> bundled, Node item, String where) {
        MappingNode entry = mapping(item, "an entry of " + where);
        Node codeNode = entry.getValue().stream().filter(t -> "code".equals(text(t.getKeyNode())))
                .map(NodeTuple::getValueNode).findFirst()
                .orElseThrow(() -> error(item, "an entry of " + where + " needs its code (code: ...)"));
        String code = text(codeNode);
        Map<String, Object> target = bundled.stream().map(e -> (Map<String, Object>) e)
                .filter(e -> code.equals(String.valueOf(e.get("code")))).findFirst()
                .orElseThrow(() -> error(codeNode, "unknown code '" + code + "' in " + where + " (known: "
                        + String.join(", ", bundled.stream().map(e -> String.valueOf(((Map<?, ?>) e).get("code")))
                        .distinct().toList()) + ")"));
        mergeMap(target, entry, where + "[" + code + "]");
    }

    /** Most lists are regular expressions: a broken one would fail later, without its line. */
    private void checkPattern(Node node, Object word) {
        try {
            Pattern.compile(word.toString());
        } catch (PatternSyntaxException e) {
            throw error(node, "'" + word + "' is not a valid regular expression (" + e.getDescription()
                    + "); write \\( or \\[ for a bracket");
        }
    }

    private static boolean isWordMap(Map<String, Object> map) {
        return map.values().stream().noneMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>);
    }

    private MappingNode mapping(Node node, String where) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw error(node, "wrong shape: " + where + " is a map; write 'name:' lines under it");
    }

    private Object scalar(Node node, String where) {
        if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
            throw error(node, "wrong shape: " + where + " takes a single word or number here");
        }
        String value = scalar.getValue();
        try {
            if (Tag.INT.equals(node.getTag())) {
                return Integer.valueOf(value);
            }
            if (Tag.FLOAT.equals(node.getTag())) {
                return Double.valueOf(value);
            }
        } catch (NumberFormatException e) {
            return value; // "0x1F", "1_000": kept as written
        }
        if (Tag.BOOL.equals(node.getTag())) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    private String text(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(node, "wrong shape: a name is expected here");
    }

    private VocabularyException error(Node node, String message) {
        return new VocabularyException("vocabulary file " + fileName + ", line "
                + (node.getStartMark().getLine() + 1) + ": " + message);
    }
}
