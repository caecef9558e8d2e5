package org.casereview.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No file under src names a folder of one machine; the shared corpus is taken through {@link SharedCorpus}. */
class MachinePathTest {

    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.])/(?:work|root|home|Users)/\\w");

    @Test
    void noTextFileUnderSrcHoldsAnAbsoluteMachinePath() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(MachinePathTest::isText).sorted().toList()) {
                String text = read(file);
                text.lines().filter(l -> MACHINE_PATH.matcher(l).find()).forEach(l -> found.add(file + ": " + l.strip()));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        assertThat(MACHINE_PATH.matcher("Path.of(\"/" + "work/shared/corpus\")").find()).isTrue();
        assertThat(MACHINE_PATH.matcher("python3 /" + "home/me/score.py").find()).isTrue();
        assertThat(MACHINE_PATH.matcher("../shared/corpus and https://example.org/work/x").find()).isFalse();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.matches(".*\\.(java|md|py|properties|yml|yaml|sql|txt|sh)$");
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            return "";
        }
    }
}
