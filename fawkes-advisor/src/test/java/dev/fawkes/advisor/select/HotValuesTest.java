package dev.fawkes.advisor.select;

import static dev.fawkes.advisor.TestCatalogs.catalog;
import static dev.fawkes.advisor.TestCatalogs.column;
import static dev.fawkes.advisor.TestCatalogs.skewed;
import static dev.fawkes.advisor.TestCatalogs.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.ColumnStats;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HotValuesTest {
    private static final long[] NO_WRITES = {0, 0, 0, 0};
    private static final String SQL = "SELECT model, sum(tokens) FROM usage u WHERE u.at >= $1 AND u.owner_id = $2"
            + " AND u.at < $3 GROUP BY model";

    private static Catalog withOwner(ColumnStats owner) {
        return catalog(null, table("usage", 1_000_000, NO_WRITES, List.of(column("owner_id", "uuid", owner)), List.of()));
    }

    private static List<TableAccess> filtering(ColumnUse.Operator operator, String literal) {
        return List.of(new TableAccess("public", "usage", List.of(new ColumnUse("owner_id", null, operator, literal)),
                List.of(), List.of(), List.of(), Set.of(), false, false, Set.of()));
    }

    @Test
    void bindsTheMostCommonValue_ofASkewedColumn_andRenumbersTheParametersAfterIt() {
        Catalog catalog = withOwner(skewed(50_000, 16, "o'hot", 0.03, "warm", 0.01));

        assertThat(HotValues.variant(SQL, filtering(ColumnUse.Operator.EQUALS, null), catalog)).contains(
                "SELECT model, sum(tokens) FROM usage u WHERE u.at >= $1 AND u.owner_id = 'o''hot' AND u.at < $2 GROUP BY model");
    }

    @Test
    void leavesTheStatementAlone_whenTheColumnIsNotSkewed_orTheHotValueOwnsFewRows() {
        // 1/50,000 on average: 0.0001 is only 5 times that; 0.03 of 20,000 rows is 600 rows.
        assertThat(HotValues.variant(SQL, filtering(ColumnUse.Operator.EQUALS, null),
                withOwner(skewed(50_000, 16, "a", 0.0001)))).isEmpty();
        Catalog small = catalog(null, table("usage", 20_000, NO_WRITES,
                List.of(column("owner_id", "uuid", skewed(5_000, 16, "a", 0.03))), List.of()));
        assertThat(HotValues.variant(SQL, filtering(ColumnUse.Operator.EQUALS, null), small)).isEmpty();
    }

    @Test
    void leavesTheStatementAlone_whenTheColumnIsNotComparedWithAParameter() {
        Catalog catalog = withOwner(skewed(50_000, 16, "hot", 0.03));

        assertThat(HotValues.variant(SQL, filtering(ColumnUse.Operator.RANGE, null), catalog)).isEmpty();
        assertThat(HotValues.variant("SELECT * FROM usage WHERE owner_id = 'x'",
                filtering(ColumnUse.Operator.EQUALS, "'x'::text"), catalog)).isEmpty();
    }

    @Test
    void bindsTheHottestValue_whenThePlannerCarriesTheEqualityToAJoinedTable() {
        Catalog catalog = catalog(null,
                table("usage", 1_000_000, NO_WRITES, List.of(column("owner_id", "uuid", skewed(50_000, 16, "big", 0.03))), List.of()),
                table("owners", 50_000, NO_WRITES, List.of(column("owner_id", "uuid", skewed(50_000, 16, "x", 0.5))), List.of()));
        List<TableAccess> both = List.of(filtering(ColumnUse.Operator.EQUALS, null).getFirst(),
                new TableAccess("public", "owners", List.of(new ColumnUse("owner_id", null, ColumnUse.Operator.EQUALS, null)),
                        List.of(), List.of(), List.of(), Set.of(), false, false, Set.of()));

        assertThat(HotValues.variant("SELECT * FROM usage u JOIN owners o USING (owner_id) WHERE u.owner_id = $1", both,
                catalog)).contains("SELECT * FROM usage u JOIN owners o USING (owner_id) WHERE u.owner_id = 'big'");
    }

    @Test
    void bindsAParameterWrittenFirst_andEveryUseOfIt() {
        Catalog catalog = withOwner(skewed(50_000, 16, "hot", 0.03));

        assertThat(HotValues.variant("SELECT * FROM usage WHERE $1 = owner_id OR parent = $1::uuid LIMIT $2",
                filtering(ColumnUse.Operator.EQUALS, null), catalog))
                .contains("SELECT * FROM usage WHERE 'hot' = owner_id OR parent = 'hot'::uuid LIMIT $1");
    }
}
