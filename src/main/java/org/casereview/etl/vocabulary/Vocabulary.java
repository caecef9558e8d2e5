package org.casereview.etl.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Every word list, synonym and code, read from the files {@code vocabulary/<name>.yml} on the
 * classpath, with an optional operator file merged on top (see {@link OperatorFileMerger}).
 * Values are plain YAML: maps, lists, strings, numbers and booleans, read-only.
 */
public final class Vocabulary {

    /** The Spring property naming the operator's vocabulary file (empty: none). */
    public static final String PROPERTY = "casereview.vocabulary";

    /** The bundled vocabulary files, by name ({@code vocabulary/<name>.yml}). */
    public static final List<String> FILES = List.of(
            "review-types", "section-headings", "item-labels", "report-metadata", "layout-words",
            "digest-labels", "digest-grammar", "link-words", "html-noise",
            "case-facts", "cues", "harm-types", "risk-factors", "child-context", "themes", "people");

    /** Files compiled once into constants of the layout rules: an operator file cannot add to them. */
    static final List<String> FIXED_FILES = List.of("layout-words", "html-noise");

    private static final Vocabulary BUNDLED = new Vocabulary(readBundled());

    private final Map<String, Map<String, Object>> files;

    private Vocabulary(Map<String, Map<String, Object>> files) {
        this.files = files;
    }

    /** The vocabulary built into the jar. */
    public static Vocabulary bundled() {
        return BUNDLED;
    }

    /**
     * The bundled vocabulary with the operator's file merged on top: it adds words and entries,
     * never replaces or removes one. A file that cannot be used throws {@link VocabularyException}
     * naming the file and the line.
     */
    public static Vocabulary withOperatorFile(Path file) {
        Node root = parse(file);
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        BUNDLED.files.forEach((name, tree) -> merged.put(name, ReadOnly.mutableCopy(tree)));
        new OperatorFileMerger(file.toString(), merged).merge(root);
        Map<String, Map<String, Object>> frozen = new LinkedHashMap<>();
        merged.forEach((name, tree) -> frozen.put(name, ReadOnly.freeze(tree)));
        return new Vocabulary(Map.copyOf(frozen));
    }

    /** For a setting that may be blank (no operator file): the bundled vocabulary, else {@link #withOperatorFile}. */
    public static Vocabulary forSetting(String operatorFile) {
        return operatorFile == null || operatorFile.isBlank() ? BUNDLED
                : withOperatorFile(Path.of(operatorFile.strip()));
    }

    /** The whole tree of one file, e.g. {@code file("review-types")}. */
    public Map<String, Object> file(String name) {
        Map<String, Object> tree = files.get(name);
        if (tree == null) {
            throw new IllegalArgumentException("no vocabulary file " + name + " (known: " + FILES + ")");
        }
        return tree;
    }

    /** The value at a path of keys in one file; an error when absent. */
    public Object value(String file, String... path) {
        Object value = file(file);
        StringBuilder where = new StringBuilder(file);
        for (String key : path) {
            where.append('.').append(key);
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
            if (value == null) {
                throw new IllegalStateException("vocabulary has no " + where);
            }
        }
        return value;
    }

    /** A list of words at a path, each as text. */
    public List<String> strings(String file, String... path) {
        return strings(value(file, path));
    }

    /** A map at a path. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String file, String... path) {
        return (Map<String, Object>) value(file, path);
    }

    /** A single value at a path, as text. */
    public String text(String file, String... path) {
        return value(file, path).toString();
    }

    /** The entries of a list as text (a missing list is empty). */
    public static List<String> strings(Object list) {
        if (list == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) list) {
            out.add(o.toString());
        }
        return List.copyOf(out);
    }

    private static Map<String, Map<String, Object>> readBundled() {
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        for (String name : FILES) {
            files.put(name, ReadOnly.freeze(readResource("/vocabulary/" + name + ".yml")));
        }
        return Map.copyOf(files);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readResource(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource not found: " + resource);
            }
            Object root = yaml().load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?>)) {
                throw new VocabularyException("vocabulary file " + resource + ": not a map of lists");
            }
            return (Map<String, Object>) root;
        } catch (MarkedYAMLException e) {
            throw new VocabularyException("vocabulary file " + resource + ", line "
                    + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
    }

    private static Node parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new VocabularyException("vocabulary file " + file + ": no such file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = yaml().compose(in);
            if (root == null) {
                throw new VocabularyException("vocabulary file " + file + ", line 1: the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = (e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()).getLine() + 1;
            // no cause: the message is what an operator sees, also as the root message of a failed start
            throw new VocabularyException("vocabulary file " + file + ", line " + line + ": not valid YAML: "
                    + e.getProblem());
        } catch (IOException e) {
            throw new VocabularyException("vocabulary file " + file + ": cannot be read: " + e.getMessage());
        }
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
