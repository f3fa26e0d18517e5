package dev.fawkes.advisor.whatif;

import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT;
import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT_NAME;
import static dev.fawkes.advisor.whatif.WhatIfFixture.BY_ACCOUNT;
import static dev.fawkes.advisor.whatif.WhatIfFixture.BY_PROFILE;
import static dev.fawkes.advisor.whatif.WhatIfFixture.PROFILE_GIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With writes allowed and HypoPG, a GIN built for real stays built while statements on other tables are costed with
 * hypothetical indexes (building it again takes seconds on a large table), and is dropped for a statement on its
 * own table that is costed without it.
 */
@RequiresExtension("hypopg")
class KeptRealIndexesIT {
    private static final String BY_ACCOUNT_NAME = "SELECT id FROM accounts WHERE name = 'a5'";
    private static final String BY_OTHER_PROFILE = "SELECT id FROM users WHERE profile @> '{\"tier\": 8}'";

    @Test
    void aRealIndex_staysBuiltAcrossCostingsOfOtherTables_andGoesForItsOwnTablesStatementsWithoutIt() throws Exception {
        try (TestDatabase db = WhatIfFixture.create(true); Connection c = db.connect();
             WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), true)) {
            // The selector costs every statement without indexes first.
            List.of(BY_PROFILE, BY_ACCOUNT_NAME, BY_OTHER_PROFILE, BY_ACCOUNT).forEach(sql -> whatIf.cost(sql, List.of()));
            Costing withGin = whatIf.cost(BY_PROFILE, List.of(PROFILE_GIN));
            List<String> built = builtNames(c);
            Costing otherTable = whatIf.cost(BY_ACCOUNT_NAME, List.of(ACCOUNT_NAME));
            List<String> afterOtherTable = builtNames(c);
            Costing sameGin = whatIf.cost(BY_OTHER_PROFILE, List.of(PROFILE_GIN));
            List<String> afterSameGin = builtNames(c);
            Costing ownTable = whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT));

            assertThat(withGin.backend()).isEqualTo(WhatIf.Backend.REAL_INDEX);
            assertThat(built).hasSize(1);
            assertThat(otherTable.backend()).isEqualTo(WhatIf.Backend.HYPOPG);
            assertThat(otherTable.used()).containsExactly(ACCOUNT_NAME);
            assertThat(afterOtherTable).as("not built again").isEqualTo(built);
            assertThat(sameGin.used()).containsExactly(PROFILE_GIN);
            assertThat(afterSameGin).isEqualTo(built);
            assertThat(ownTable.used()).containsExactly(ACCOUNT);
            assertThat(builtNames(c)).as("a plan of users must not see the GIN").isEmpty();
        }
    }

    private static List<String> builtNames(Connection c) throws SQLException {
        return WhatIfFixture.userIndexes(c).stream().filter(n -> n.startsWith(RealIndexWhatIf.NAME_PREFIX)).toList();
    }
}
