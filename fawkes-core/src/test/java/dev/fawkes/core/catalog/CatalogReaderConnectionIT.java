package dev.fawkes.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogReaderConnectionIT {
    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = PgTestServer.get().createDatabase().execute("CREATE TABLE kept (id int PRIMARY KEY)");
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void leavesAutocommitConnection_asItFoundIt() throws SQLException {
        try (Connection c = db.connect()) {
            int isolation = c.getTransactionIsolation();
            new CatalogReader(c).read();
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(c.getTransactionIsolation()).isEqualTo(isolation);
        }
    }

    @Test
    void readsInsideCallersTransaction_seeingItsChanges_withoutEndingIt() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TABLE uncommitted (id int)");
            Catalog catalog = new CatalogReader(c).read();
            assertThat(catalog.relation("public", "uncommitted")).isPresent();
            c.rollback();
            assertThat(new CatalogReader(c).read().relation("public", "uncommitted")).isEmpty();
        }
    }

    @Test
    void failsWithFawkesException_whenTheConnectionIsClosed() throws SQLException {
        Connection closed = db.connect();
        closed.close();
        assertThatThrownBy(() -> new CatalogReader(closed).read())
                .isInstanceOf(FawkesException.class)
                .hasMessageStartingWith("reading the catalog failed")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.CONNECTION_FAILED);
    }
}
