package dev.fawkes.bench.report;

import dev.fawkes.bench.report.Comparison.Cell;
import dev.fawkes.bench.report.Comparison.Row;
import java.util.Locale;

/**
 * Grouped horizontal bars of each operation's p95 per index set on a logarithmic millisecond axis,
 * with a legend and a dashed marker at each operation's target, as hand-written SVG.
 */
final class SvgChart {
    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1"};
    private static final int WIDTH = 860;
    private static final int LEFT = 180;
    private static final int RIGHT = 90;
    private static final int TOP = 64;
    private static final int BAR = 14;
    private static final int GAP = 18;

    private final String title;
    private final Comparison comparison;
    private final LogAxis axis;
    private final StringBuilder svg = new StringBuilder();

    SvgChart(String title, Comparison comparison) {
        this.title = title;
        this.comparison = comparison;
        this.axis = LogAxis.covering(comparison, LEFT, WIDTH - RIGHT);
    }

    /** The complete SVG document. */
    String render() {
        int height = TOP + 8 + comparison.rows().size() * groupHeight() + 48;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(LEFT, 20, "start", "font-size=\"15\" font-weight=\"bold\"", title + " — p95 latency per operation");
        legend();
        grid(height - 40);
        for (int i = 0; i < comparison.rows().size(); i++) {
            group(comparison.rows().get(i), TOP + 8 + i * groupHeight());
        }
        return svg.append("</svg>\n").toString();
    }

    private int groupHeight() {
        return comparison.entries().size() * (BAR + 2) + GAP;
    }

    private void legend() {
        int x = LEFT;
        for (int i = 0; i < comparison.entries().size(); i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"32\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    x, color(i)));
            String name = comparison.entries().get(i).indexSet();
            text(x + 16, 42, "start", "", name);
            x += 28 + 8 * name.length();
        }
        line(x + 8, 38, x + 28, 38, "stroke=\"#d62728\" stroke-width=\"2\" stroke-dasharray=\"4 3\"");
        text(x + 32, 42, "start", "", "target");
    }

    private void grid(int bottom) {
        for (double tick : axis.ticks()) {
            double x = axis.x(tick);
            line(x, TOP - 6, x, bottom, "stroke=\"#ddd\"");
            text(x, bottom + 14, "middle", "", LogAxis.label(tick));
        }
        text((LEFT + WIDTH - RIGHT) / 2.0, bottom + 32, "middle", "", "p95 latency, ms (log scale)");
    }

    private void group(Row row, int y) {
        text(LEFT - 8, y + (comparison.entries().size() * (BAR + 2)) / 2.0 + 4, "end", "", row.operation());
        for (int i = 0; i < row.cells().size(); i++) {
            bar(row.cells().get(i), i, y + i * (BAR + 2));
        }
        if (row.target() != null && row.target().hasLimit()) {
            double x = axis.x(row.target().maxMs());
            line(x, y - 3, x, y + comparison.entries().size() * (BAR + 2) + 1,
                    "stroke=\"#d62728\" stroke-width=\"2\" stroke-dasharray=\"4 3\"");
            // a p50 or p99 target is drawn on the p95 axis too, so the marker says which percentile it limits
            text(x + 3, y - 4, "start", "font-size=\"10\" fill=\"#d62728\"", Figures.target(row.target()));
        }
    }

    private void bar(Cell cell, int index, int y) {
        if (cell.stats() == null) {
            text(LEFT + 4, y + BAR - 3, "start", "fill=\"#888\"", cell.indexSet() + ": no data");
            return;
        }
        double p95 = cell.stats().p95Ms();
        double end = axis.x(p95);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                + "<title>%s</title></rect>%n", LEFT, y, Math.max(1, end - LEFT), BAR, color(index),
                escape(cell.indexSet() + ": p95 " + Figures.ms(p95) + " ms")));
        text(end + 4, y + BAR - 3, "start", "font-size=\"11\"", Figures.ms(p95) + " ms");
    }

    private void line(double x1, double y1, double x2, double y2, String style) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>%n",
                x1, y1, x2, y2, style));
    }

    private void text(double x, double y, String anchor, String style, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>%n",
                x, y, anchor, style, escape(content)));
    }

    private static String color(int index) {
        return COLORS[index % COLORS.length];
    }

    /** Escapes the five XML special characters. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
