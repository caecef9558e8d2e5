package org.casereview.etl.link;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.text.ControlCharacters;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the operator's links.csv (columns {@code entry}, {@code file}; more columns are ignored).
 * Tolerates what spreadsheets write: a BOM, Windows-1252, ';' as separator, blank lines. Lines
 * starting with '#' are comments. A bad row becomes a problem, never an exception.
 */
public final class OperatorLinksReader {
    public static final String FILE_NAME = "links.csv";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private OperatorLinksReader() {
    }

    /**
     * The largest links.csv read: a month's links are rows by the hundred (about 100 bytes each). Session 40: one of
     * 2,000,000 rows (60 MB) was read whole, with its text and lines, and ran the run out of memory at 256 MB.
     */
    static final long MAX_BYTES = 1024 * 1024;

    /**
     * Reads {@code links.csv} from the folder; none when the folder has no such file. One too large, or a link to a
     * file outside the folder, is not read: a problem says why.
     */
    public static OperatorLinks readFolder(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return OperatorLinks.none();
        }
        if (!file.toRealPath().startsWith(folder.toRealPath())) {
            return notRead(RejectReason.UNSAFE_LINK, "a symbolic link to a place outside the input folder; not followed");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return notRead(RejectReason.TOO_LARGE, size + " bytes is more than the " + MAX_BYTES
                    + " bytes a links file may have; not read, no entry is linked by it");
        }
        return read(file);
    }

    private static OperatorLinks notRead(RejectReason reason, String why) {
        return new OperatorLinks(FILE_NAME, List.of(), List.of(new ParseProblem(FILE_NAME, reason, why)));
    }

    public static OperatorLinks read(Path file) throws IOException {
        return parse(file.getFileName().toString(), decode(Files.readAllBytes(file)));
    }

    static OperatorLinks parse(String source, String text) {
        List<String> lines = text.lines().toList();
        List<OperatorLink> links = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        ICSVParser parser = null;
        int entryColumn = 0;
        int fileColumn = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
                problems.add(problem(source, lineNo, "cannot parse the row: a quoted field is not closed"));
                continue;
            }
            String[] cells;
            try {
                if (parser == null) {
                    parser = new RFC4180ParserBuilder().withSeparator(separatorOf(line)).build();
                    String[] header = lower(parser.parseLine(line));
                    entryColumn = List.of(header).indexOf("entry");
                    fileColumn = List.of(header).indexOf("file");
                    if (entryColumn >= 0 && fileColumn >= 0) {
                        continue;
                    }
                    problems.add(problem(source, lineNo, "no header row naming the columns entry and file; "
                            + "reading the first two columns as entry, file"));
                    entryColumn = 0;
                    fileColumn = 1;
                }
                cells = parser.parseLine(line);
            } catch (IOException e) {
                problems.add(problem(source, lineNo, "cannot parse the row: " + e.getMessage()));
                continue;
            }
            row(source, lineNo, cells, entryColumn, fileColumn, links, problems);
        }
        return new OperatorLinks(source, links, problems);
    }

    private static void row(String source, int lineNo, String[] cells, int entryColumn, int fileColumn,
                            List<OperatorLink> links, List<ParseProblem> problems) {
        String entry = cell(cells, entryColumn);
        String file = cell(cells, fileColumn);
        if (entry.isEmpty() || file.isEmpty()) {
            problems.add(problem(source, lineNo, "the row needs both an entry and a file (use '-' for no report)"));
            return;
        }
        boolean none = file.equals("-") || file.equalsIgnoreCase("none");
        links.add(new OperatorLink(lineNo, entry, none ? null : file));
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length && cells[index] != null ? ControlCharacters.oneLine(cells[index]).strip() : "";
    }

    private static String[] lower(String[] cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] == null ? "" : cells[i].strip().toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /** Spreadsheets in some locales write ';' or tabs instead of ','. */
    private static char separatorOf(String headerLine) {
        if (headerLine.indexOf(',') >= 0) {
            return ',';
        }
        if (headerLine.indexOf(';') >= 0) {
            return ';';
        }
        return headerLine.indexOf('\t') >= 0 ? '\t' : ',';
    }

    static ParseProblem problem(String source, int lineNo, String message) {
        return new ParseProblem(source + " line " + lineNo, RejectReason.UNPARSEABLE_ENTRY, message);
    }

    /** UTF-8 (BOM dropped) when the bytes are valid UTF-8, else Windows-1252 as older Excel writes it. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
