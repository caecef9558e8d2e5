package org.casereview.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** No method in src/main is longer than 60 lines, counted from its opening brace to its closing one. */
class MethodLengthTest {

    private static final int MAX_LINES = 60;

    @Test
    void noMethodInMainIsLongerThanSixtyLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (MethodScanner.Method m : MethodScanner.methods(Files.readString(file))) {
                    if (m.lines() > MAX_LINES) {
                        tooLong.add(file + ": " + m.name() + " at line " + m.startLine() + ", " + m.lines() + " lines");
                    }
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Nested
    class Scanner {
        @Test
        void countsAMethodFromItsOpeningToItsClosingBrace() {
            String source = "class A {\n  int f(int x) {\n" + "    x++;\n".repeat(59) + "    return x;\n  }\n}\n";
            assertThat(MethodScanner.methods(source))
                    .containsExactly(new MethodScanner.Method("f", 2, 62));
        }

        @Test
        void bracesInStringsCommentsLambdasAndInnerClassesStayInTheirMethod() {
            String source = """
                    class A {
                        // a comment with { and }
                        void g() throws java.io.IOException {
                            String s = "}{"; /* } */
                            char c = '}';
                            Runnable r = () -> { if (true) { s.length(); } };
                            new Object() { int h() { return 1; } };
                        }
                        record R(int x) { R { } }
                        private static final class Inner {
                            int k(List<String> l) {
                                return l.size();
                            }
                        }
                    }
                    """;
            assertThat(MethodScanner.methods(source)).containsExactly(
                    new MethodScanner.Method("g", 3, 6),
                    new MethodScanner.Method("k", 11, 3));
        }
    }
}
