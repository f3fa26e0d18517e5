package dev.fawkes.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.sql.SqlLexer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void bindsTheGivenParameters_quotesTheirValues_andRenumbersTheRestDensely() {
        String sql = "SELECT 1 FROM t WHERE a = $1 AND b = $2 AND c = $3 AND d = $4 AND e = $2";

        String bound = Parameters.bind(SqlLexer.lex(sql).tokens(), sql, Map.of(2, "it's", 3, "%"));

        assertThat(bound).isEqualTo("SELECT 1 FROM t WHERE a = $1 AND b = 'it''s' AND c = '%' AND d = $2 AND e = 'it''s'");
    }
}
