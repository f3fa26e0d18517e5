package dev.fawkes.cli;

import dev.fawkes.monitor.Status;
import dev.fawkes.server.CheckView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The text form of {@code fawkes check}: one row per check, then evidence and remedy of each check that is not OK. */
final class CheckText {
    private static final int EVIDENCE_ROWS = 20;

    private CheckText() {
    }

    static void print(List<CheckView> views, PrintWriter out) {
        if (views.isEmpty()) {
            out.println("no checks to run");
            out.flush();
            return;
        }
        TextTable table = new TextTable("STATUS", "CHECK", "SUMMARY");
        views.forEach(v -> table.row(v.status(), v.id(), v.summary()));
        table.print(out);
        views.stream().filter(v -> v.status() != Status.OK).forEach(v -> details(v, out));
        out.flush();
    }

    private static void details(CheckView view, PrintWriter out) {
        out.println();
        out.println(view.status() + " " + view.id() + " — " + view.title());
        if (!view.evidence().isEmpty()) {
            List<String> columns = List.copyOf(view.evidence().getFirst().keySet());
            TextTable evidence = new TextTable(columns.toArray(String[]::new));
            view.evidence().stream().limit(EVIDENCE_ROWS).forEach(row -> evidence.row(cells(row, columns)));
            evidence.print(out);
            if (view.evidence().size() > EVIDENCE_ROWS) {
                out.println("… and " + (view.evidence().size() - EVIDENCE_ROWS) + " more (--format json shows all)");
            }
        }
        if (view.remedy() != null) {
            out.println("remedy: " + view.remedy());
        }
    }

    private static Object[] cells(Map<String, Object> row, List<String> columns) {
        return columns.stream().map(row::get).toArray();
    }
}
