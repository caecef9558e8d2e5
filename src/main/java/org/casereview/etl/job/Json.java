package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the run summary, {@code status --json} and the live status file, through Jackson.
 * Indented two spaces, {@code "key": value}, one array element per line, {@code {}} and {@code []} when empty.
 */
final class Json {

    /** Records are written with snake_case names, as the maps of the run summary are. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final ObjectWriter WRITER = MAPPER.writer().with(prettyPrinter());

    private Json() {
    }

    static String write(Object value) {
        return WRITER.writeValueAsString(value);
    }

    static <T> T read(Path file, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (JacksonException e) {
            throw new IOException(file + " is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
