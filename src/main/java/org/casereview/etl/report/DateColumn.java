package org.casereview.etl.report;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The year of a month and year printed in the 'Date' column of a table on the first pages: a document-control,
 * sign-off or revision table (DocBook's collaborators page, a council's version table) when the title page prints no
 * date.
 */
final class DateColumn {

    private static final Pattern DATE_HEADER = Pattern.compile("(?i)date");
    /** Header cells a row needs to be a table's header row. */
    private static final int MIN_HEADER_CELLS = 3;

    private DateColumn() {
    }

    /** The first month-year under a 'Date' header cell on pages up to {@code lastPage}, if any. */
    static OptionalInt year(List<PageText> pages, int lastPage, Pattern monthYear) {
        for (PageText page : pages) {
            if (page.number() > lastPage) {
                break;
            }
            List<TextLine> lines = page.lines();
            for (int h = 0; h < lines.size(); h++) {
                TextLine header = lines.get(h);
                int date = dateCell(header);
                if (date < 0) {
                    continue;
                }
                // the column runs halfway to the cells either side: a centred cell's text starts left of its header
                List<TextFragment> cells = header.fragments();
                TextFragment cell = cells.get(date);
                float left = date > 0 ? (cells.get(date - 1).endX() + cell.x()) / 2 : cell.x() - cell.fontSize();
                float right = date + 1 < cells.size() ? (cell.endX() + cells.get(date + 1).x()) / 2 : Float.MAX_VALUE;
                for (TextLine row : lines.subList(h + 1, lines.size())) {
                    if (row.fragments().stream().anyMatch(f -> f.x() < left && f.endX() > left)) {
                        break; // running text across the column: the table has ended
                    }
                    String inColumn = row.fragments().stream().filter(f -> f.x() >= left && f.x() < right)
                            .map(TextFragment::text).collect(Collectors.joining(" "));
                    Matcher m = monthYear.matcher(inColumn);
                    if (m.find()) {
                        return OptionalInt.of(Integer.parseInt(m.group(2)));
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the header row's 'Date' cell, -1 when the line is no header row with one. */
    private static int dateCell(TextLine line) {
        List<TextFragment> cells = line.fragments();
        if (cells.size() < MIN_HEADER_CELLS || cells.stream().anyMatch(f -> f.text().chars().anyMatch(Character::isDigit))
                || cellGaps(cells) < MIN_HEADER_CELLS - 1) {
            return -1;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (DATE_HEADER.matcher(cells.get(i).text().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Gaps wider than the type size between the row's words: the gaps between a header row's cells. */
    private static int cellGaps(List<TextFragment> cells) {
        int gaps = 0;
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).x() - cells.get(i - 1).endX() > cells.get(i).fontSize()) {
                gaps++;
            }
        }
        return gaps;
    }
}
