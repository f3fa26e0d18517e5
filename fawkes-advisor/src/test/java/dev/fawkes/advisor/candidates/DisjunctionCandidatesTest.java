package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.OTHER;
import static dev.fawkes.advisor.candidates.CandidateFixture.catalog;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.orders;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.TestCatalogs;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisjunctionCandidatesTest {
    private static final TableAccess BY_EMAIL_OR_NAME = on("orders")
            .whereAnyOf(param("email", EQUALS), param("name", EQUALS)).build();

    private static List<Candidate> bundles(TableAccess access, Relation table) {
        return new Candidates().forAccess(access, catalog(table)).stream().filter(c -> !c.companions().isEmpty()).toList();
    }

    private static Index btree(String name, String column) {
        return TestCatalogs.index(name, "btree", List.of(new IndexKey(column, null, null, false, false)), List.of(), null);
    }

    @Test
    void proposesAnIndexPerArm_together() {
        List<Candidate> bundles = bundles(BY_EMAIL_OR_NAME, orders());

        assertThat(bundles).singleElement().satisfies(b -> {
            assertThat(ddl(b.members())).containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (email)",
                    "CREATE INDEX IF NOT EXISTS i ON public.orders (name)");
            assertThat(b.why()).startsWith("one arm of an OR");
        });
    }

    @Test
    void anArmWithItsIndex_leavesTheOtherArmAlone() {
        List<Candidate> candidates = new Candidates().forAccess(BY_EMAIL_OR_NAME, catalog(orders(btree("o_name", "name"))));

        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(ddl(List.of(c))).containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (email)");
            assertThat(c.companions()).isEmpty();
        });
    }

    @Test
    void everyArmWithItsIndex_orAnArmNoIndexServes_proposesNothing() {
        assertThat(new Candidates().forAccess(BY_EMAIL_OR_NAME, catalog(orders(btree("o_name", "name"), btree("o_email", "email")))))
                .isEmpty();
        assertThat(bundles(on("orders").whereAnyOf(param("email", EQUALS), param("notes", OTHER)).build(), orders())).isEmpty();
    }

    @Test
    void bundlesAreTold_apartFromTheirLead() {
        Candidate bundle = bundles(BY_EMAIL_OR_NAME, orders()).getFirst();

        assertThat(bundle.definitionSql()).isEqualTo("ON public.orders (email); ON public.orders (name)");
        assertThat(bundle.members().getFirst().definitionSql()).isEqualTo("ON public.orders (email)");
    }
}
