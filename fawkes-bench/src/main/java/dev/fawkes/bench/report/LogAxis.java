package dev.fawkes.bench.report;

import dev.fawkes.bench.report.Comparison.Cell;
import dev.fawkes.bench.report.Comparison.Row;
import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import java.math.MathContext;

/** A base-10 logarithmic axis from one power of ten to another, mapped onto pixel positions. */
record LogAxis(double lowMs, double highMs, double left, double right) {

    /** The axis spanning every p95 and target limit in the comparison, whole decades wide. */
    static LogAxis covering(Comparison comparison, double left, double right) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Row row : comparison.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.stats() != null && cell.stats().p95Ms() > 0) {
                    min = Math.min(min, cell.stats().p95Ms());
                    max = Math.max(max, cell.stats().p95Ms());
                }
            }
            if (row.target() != null && row.target().hasLimit() && row.target().maxMs() > 0) {
                min = Math.min(min, row.target().maxMs());
                max = Math.max(max, row.target().maxMs());
            }
        }
        return max == 0 ? new LogAxis(0.1, 100, left, right) : spanning(min, max, left, right);
    }

    private static LogAxis spanning(double min, double max, double left, double right) {
        double low = Math.pow(10, Math.floor(Math.log10(min)));
        double high = Math.pow(10, Math.ceil(Math.log10(max)));
        return new LogAxis(low, high > low ? high : low * 10, left, right);
    }

    /** The pixel position of a value; values below the axis sit at its start. */
    double x(double ms) {
        double fraction = (Math.log10(Math.max(ms, lowMs)) - Math.log10(lowMs)) / (Math.log10(highMs) - Math.log10(lowMs));
        return left + Math.min(1, fraction) * (right - left);
    }

    /** One tick per power of ten, both ends included. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long decades = Math.round(Math.log10(highMs / lowMs));
        for (long d = 0; d <= decades; d++) {
            ticks.add(lowMs * Math.pow(10, d));
        }
        return ticks;
    }

    /** A tick's label: "0.01 ms", "1 ms", "1000 ms". */
    static String label(double ms) {
        return Figures.limit(ms >= 1 ? Math.round(ms) : new BigDecimal(ms).round(new MathContext(1)).doubleValue())
                + " ms";
    }
}
