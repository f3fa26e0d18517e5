package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A database with 50,000 analyzed users, a small accounts table and a view, and the index specs the what-if tests cost. */
final class WhatIfFixture {
    static final String SCHEMA = """
            CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, account_id int NOT NULL, status text NOT NULL,
                                created_at timestamptz NOT NULL, profile jsonb NOT NULL);
            INSERT INTO accounts SELECT g, 'a' || g FROM generate_series(0, 1999) g;
            INSERT INTO users
              SELECT g, 'User' || g || '@Example.com', g % 2000, CASE WHEN g % 100 = 0 THEN 'active' ELSE 'archived' END,
                     timestamptz '2024-01-01 00:00Z' + g * interval '1 minute',
                     jsonb_build_object('tier', g % 500, 'country', CASE WHEN g % 3 = 0 THEN 'NL' ELSE 'DE' END)
              FROM generate_series(1, 50000) g;
            CREATE VIEW active_users AS SELECT * FROM users WHERE status = 'active';
            ANALYZE;
            """;

    static final IndexSpec ACCOUNT = IndexSpec.btree("public", "users", "account_id");
    static final IndexSpec ACCOUNT_ACTIVE = new IndexSpec("public", "users", "btree", List.of(key("account_id")), List.of(),
            "status = 'active'::text");
    static final IndexSpec ACCOUNT_CREATED_INCLUDE_STATUS = new IndexSpec("public", "users", "btree",
            List.of(key("account_id"), new IndexKey("created_at", null, null, true, true)), List.of("status"), null);
    static final IndexSpec LOWER_EMAIL = new IndexSpec("public", "users", "btree",
            List.of(new IndexKey(null, "lower(email)", null, false, false)), List.of(), null);
    static final IndexSpec PROFILE_GIN = new IndexSpec("public", "users", "gin",
            List.of(new IndexKey("profile", null, "jsonb_path_ops", false, false)), List.of(), null);
    static final IndexSpec ACCOUNT_NAME = IndexSpec.btree("public", "accounts", "name");

    static final String BY_ACCOUNT = "SELECT id, email FROM users WHERE account_id = 42";
    static final String BY_LOWER_EMAIL = "SELECT id FROM users WHERE lower(email) = $1";
    static final String BY_PROFILE = "SELECT id FROM users WHERE profile @> '{\"tier\": 7}'";
    static final String ACTIVE_BY_ACCOUNT_VIEW = "SELECT id FROM active_users WHERE account_id = 42";

    private WhatIfFixture() {
    }

    static IndexKey key(String column) {
        return new IndexKey(column, null, null, false, false);
    }

    /** A new database with the users table; with HypoPG installed when asked. */
    static TestDatabase create(boolean withHypoPg) {
        TestDatabase db = PgTestServer.get().createDatabase().execute(SCHEMA);
        return withHypoPg ? db.execute("CREATE EXTENSION hypopg") : db;
    }

    static Catalog catalog(Connection connection) {
        return new CatalogReader(connection).read();
    }

    /** The names of every index on the users table, as pg_indexes lists them. */
    static List<String> userIndexes(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1")) {
            var names = new java.util.ArrayList<String>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
