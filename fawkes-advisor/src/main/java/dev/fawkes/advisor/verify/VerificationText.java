package dev.fawkes.advisor.verify;

import java.util.ArrayList;
import java.util.List;

/** The verification as a plain-text section. */
final class VerificationText {
    private final Verification v;
    private final List<String> lines = new ArrayList<>();

    VerificationText(Verification v) {
        this.v = v;
    }

    String render() {
        lines.add("Verification: " + Figures.headline(v));
        v.indexes().forEach(b -> lines.add("  " + Figures.build(b)));
        int n = 1;
        for (StatementCheck c : v.statements()) {
            lines.add("");
            lines.add(n++ + ". " + Figures.statement(c.text()));
            lines.add("   " + (c.measured() ? measured(c) : "not measured: " + c.notMeasured()));
        }
        lines.add("");
        v.notes().forEach(note -> lines.add("note: " + note));
        lines.add(Figures.ending(v));
        return String.join("\n", lines) + "\n";
    }

    private static String measured(StatementCheck c) {
        return (c.slower() ? "SLOWER: " : "") + "time " + Figures.ms(c.before().timeMs()) + " → " + Figures.ms(c.after().timeMs())
                + " (" + Figures.change(c) + "), shared blocks " + Figures.blocks(c.before().sharedBlocks())
                + " → " + Figures.blocks(c.after().sharedBlocks());
    }
}
