package dev.fawkes.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.RelationKind;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class CheckContextIT {

    @Test
    void catalog_isReadOnce_andShared() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()
                .execute("CREATE TABLE t (id bigint PRIMARY KEY); CREATE VIEW v AS SELECT id FROM t");
             Connection c = db.connect()) {
            CheckContext context = new CheckContext(c, MonitorConfig.defaults());

            assertThat(context.catalog()).isSameAs(context.catalog());
            assertThat(context.catalog().relations()).extracting(r -> r.name() + ":" + r.kind())
                    .containsExactly("t:" + RelationKind.TABLE);
        }
    }

    // Each check used to read the catalog again after a failed read: ten catalog checks, ten failing reads.
    @Test
    void failedCatalogRead_isNotRepeated_everyCallGetsTheSameFailure() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            Connection closed = db.connect();
            closed.close();
            CheckContext context = new CheckContext(closed, MonitorConfig.defaults());

            Throwable first = catchThrowable(context::catalog);
            Throwable second = catchThrowable(context::catalog);

            assertThat(first).isInstanceOf(FawkesException.class).hasMessageContaining("reading the catalog");
            assertThat(second).isSameAs(first);
        }
    }
}
