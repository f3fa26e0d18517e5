package dev.fawkes.advisor.verify;

import java.util.ArrayList;
import java.util.List;

/** The verification as a Markdown section: the indexes built, then one table row per statement. */
final class VerificationMarkdown {
    private final Verification v;
    private final List<String> lines = new ArrayList<>();

    VerificationMarkdown(Verification v) {
        this.v = v;
    }

    String render() {
        lines.add("## Verification");
        lines.add("");
        lines.add("**" + Figures.headline(v) + "**.");
        lines.add("");
        v.indexes().forEach(b -> lines.add("- `" + b.sql() + "` " + (b.built() ? "built in " + Figures.ms(b.buildMs())
                : "not built: " + b.failure())));
        lines.add("");
        lines.add("| time before | time after | change | blocks before | blocks after | statement |");
        lines.add("|---:|---:|---|---:|---:|---|");
        v.statements().forEach(c -> lines.add(c.measured() ? measured(c) : notMeasured(c)));
        lines.add("");
        v.notes().forEach(note -> lines.add("Note: " + note));
        lines.add("_" + Figures.ending(v) + "_");
        return String.join("\n", lines) + "\n";
    }

    private static String measured(StatementCheck c) {
        return "| " + Figures.ms(c.before().timeMs()) + " | " + Figures.ms(c.after().timeMs()) + " | "
                + (c.slower() ? "**" + Figures.change(c) + "**" : Figures.change(c)) + " | "
                + Figures.blocks(c.before().sharedBlocks()) + " | " + Figures.blocks(c.after().sharedBlocks()) + " | "
                + code(c.text()) + " |";
    }

    private static String notMeasured(StatementCheck c) {
        return "| | | not measured: " + c.notMeasured().replace("|", "\\|") + " | | | " + code(c.text()) + " |";
    }

    private static String code(String sql) {
        return "`" + Figures.statement(sql).replace("|", "\\|").replace("`", "'") + "`";
    }
}
