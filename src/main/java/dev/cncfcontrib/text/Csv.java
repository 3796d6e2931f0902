package dev.cncfcontrib.text;

import java.util.List;

/** CSV as RFC 4180 quotes it (with Unix line endings, as pipelines expect), cells sanitised so that a CSV printed to a terminal is as safe as a table. */
public final class Csv {

    private Csv() {
    }

    public static String row(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = TerminalText.line(cells.get(i));
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.startsWith(" ") || cell.endsWith(" ")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        return out.append('\n').toString();
    }
}
