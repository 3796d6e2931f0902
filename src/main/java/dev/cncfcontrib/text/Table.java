package dev.cncfcontrib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A left-aligned text table. Cells are sanitised on the way in. Given a width limit, the columns marked
 * shrinkable give up space, widest first, and their cells end with an ellipsis, so a row never wraps.
 */
public final class Table {

    private final List<String> headers;
    private final boolean[] shrinkable;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Map<Integer, UnaryOperator<String>>> stylers = new ArrayList<>();

    /** @param headers column titles; a title starting with '~' marks a column that may be shortened */
    public Table(String... headers) {
        this.headers = new ArrayList<>();
        this.shrinkable = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            shrinkable[i] = headers[i].startsWith("~");
            this.headers.add(shrinkable[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    public Table row(String... cells) {
        return styledRow(Map.of(), cells);
    }

    /** Adds a row; {@code styles} colours the cells of the columns it names after their widths are known. */
    public Table styledRow(Map<Integer, UnaryOperator<String>> styles, String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        String[] clean = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            clean[i] = TerminalText.line(cells[i]);
        }
        rows.add(clean);
        stylers.add(styles);
        return this;
    }

    /**
     * Renders the table.
     *
     * @param maxWidth columns available, or 0 for no limit
     * @param style    header styling
     */
    public String render(int maxWidth, Style style) {
        int columns = headers.size();
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = TerminalText.width(headers.get(i));
        }
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(row[i]));
            }
        }
        if (maxWidth > 0) {
            shrink(widths, maxWidth);
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, headers.toArray(new String[0]), widths, Map.of(), style, true);
        for (int r = 0; r < rows.size(); r++) {
            appendLine(out, rows.get(r), widths, stylers.get(r), style, false);
        }
        return out.toString();
    }

    private static final int GAP = 2;
    private static final int MIN_SHRUNK = 5;

    private void shrink(int[] widths, int maxWidth) {
        int total = GAP * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > maxWidth) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (shrinkable[i] && widths[i] > MIN_SHRUNK && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return; // nothing left to give: let the terminal wrap rather than hide whole columns
            }
            widths[widest]--;
            total--;
        }
    }

    private void appendLine(StringBuilder out, String[] cells, int[] widths, Map<Integer, UnaryOperator<String>> styles, Style style, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = TerminalText.truncate(cells[i], widths[i]);
            boolean last = i == cells.length - 1;
            UnaryOperator<String> cellStyle = styles.get(i);
            String shown = header ? style.bold(cell) : cellStyle != null ? cellStyle.apply(cell) : cell;
            line.append(shown);
            if (!last) {
                line.append(" ".repeat(widths[i] - TerminalText.width(cell) + GAP));
            }
        }
        out.append(line).append('\n');
    }
}
