package dev.fawkes.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A table of text cells that renders as aligned plain text or as a GitHub-style Markdown table. */
final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** Appends a row with one cell per header. */
    Table add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("a row has " + cells.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Columns padded to their widest cell, two spaces apart. */
    String text() {
        int[] widths = widths();
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    /** Escapes what Markdown would read as a table border or an HTML tag. */
    static String escapeMarkdown(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }

    /** A Markdown table; pipes and tags inside cells are escaped. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        markdownLine(out, headers);
        markdownLine(out, headers.stream().map(h -> "---").toList());
        rows.forEach(row -> markdownLine(out, row));
        return out.toString();
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length() + 2));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static void markdownLine(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(escapeMarkdown(c)).append(" |"));
        out.append('\n');
    }
}
