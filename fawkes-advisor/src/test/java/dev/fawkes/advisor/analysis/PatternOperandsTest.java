package dev.fawkes.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.PatternOperands.Operand;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternOperandsTest {

    @Test
    void readsParametersAndConstants_ofEveryTextMatchInOrder_butNotNegatedOnes() {
        List<Operand> operands = PatternOperands.of(
                "SELECT 1 FROM t WHERE a LIKE $1 AND b ~~* 'x%'::text AND c NOT ILIKE $2 AND d ILIKE '%' || $3 || '%'");

        assertThat(operands).containsExactly(new Operand(List.of(1), null), new Operand(List.of(), "x%"),
                new Operand(List.of(3), null));
    }

    @Test
    void anOperandWithAnythingButConstants_hasNoConstant() {
        assertThat(PatternOperands.of("SELECT 1 FROM t WHERE a LIKE '%' || lower(b) AND c LIKE d"))
                .extracting(Operand::constant).containsExactly(null, null);
        assertThat(PatternOperands.of("SELECT 1 FROM t WHERE a LIKE 'it''s%'"))
                .extracting(Operand::constant).containsExactly("it's%");
    }
}
