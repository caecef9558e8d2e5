package org.casereview.etl.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A job-configs/*.yml file, read with SnakeYAML: a flat map of the command line's options (without
 * the dashes). Keys are checked against the options picocli knows, so a typo is refused by name
 * instead of silently falling back to a default.
 */
final class JobConfigFile {

    private JobConfigFile() {
    }

    /** Option name (without dashes) to its value as command-line text; blank values are left out. */
    static Map<String, String> read(Path file, CommandSpec options) {
        Map<?, ?> map = load(file);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals("config") || options.findOption("--" + key) == null) {
                throw new UsageException("config file " + file + ": unknown option '" + key + "'");
            }
            String value = asText(e.getValue());
            if (!value.isBlank()) {
                values.put(key, value);
            }
        }
        return values;
    }

    private static Map<?, ?> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("config file " + file + " does not exist");
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new UsageException("config file " + file + " cannot be read: " + e.getMessage());
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new UsageException("config file " + file + " must be a map of option: value");
        }
        return map;
    }

    private static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
