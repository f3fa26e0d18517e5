package dev.fawkes.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void parsesCloudConsoleUrl_withSslMode() {
        var s = ConnectionSettings.parse("postgresql://app:p%40ss@db.example.com:6543/shop?sslmode=require");
        assertThat(s.host()).isEqualTo("db.example.com");
        assertThat(s.port()).isEqualTo(6543);
        assertThat(s.database()).isEqualTo("shop");
        assertThat(s.user()).isEqualTo("app");
        assertThat(s.password()).isEqualTo("p@ss");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
    }

    @Test
    void parsesPostgresSchemeWithDefaultPort() {
        var s = ConnectionSettings.parse("postgres://app@localhost/shop");
        assertThat(s.port()).isEqualTo(5432);
        assertThat(s.password()).isNull();
    }

    @Test
    void parsesJdbcUrl_withUserAndPasswordParameters() {
        var s = ConnectionSettings.parse("jdbc:postgresql://h:5433/d?user=u&password=secret&ApplicationName=x");
        assertThat(s.user()).isEqualTo("u");
        assertThat(s.password()).isEqualTo("secret");
        assertThat(s.parameters()).containsOnlyKeys("ApplicationName");
        assertThat(s.jdbcUrl()).doesNotContain("secret");
    }

    @Test
    void missingDatabase_defaultsToUserName_likeLibpq() {
        assertThat(ConnectionSettings.parse("postgresql://alice@h").databaseOrDefault()).isEqualTo("alice");
        assertThat(ConnectionSettings.parse("postgresql://h").databaseOrDefault()).isEqualTo("postgres");
    }

    @Test
    void toStringAndRedacted_hideThePassword() {
        var s = ConnectionSettings.parse("postgresql://app:hunter2@h:5432/d");
        assertThat(s.toString()).isEqualTo("postgresql://app:***@h:5432/d").doesNotContain("hunter2");
        assertThat(s.redacted()).doesNotContain("hunter2");
    }

    @Test
    void otherSchemes_areBadInput_withRedactedUrl() {
        assertThatThrownBy(() -> ConnectionSettings.parse("mysql://root:pw@h/d"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining(":pw@")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void environment_prefersFawkesUrl_thenDatabaseUrl_thenLibpq() {
        var all = Map.of("FAWKES_URL", "postgresql://a@one/db1", "DATABASE_URL", "postgresql://b@two/db2",
                "PGHOST", "three", "PGUSER", "c");
        assertThat(ConnectionSettings.fromEnvironment(all).orElseThrow().host()).isEqualTo("one");
        var noFawkes = Map.of("DATABASE_URL", "postgres://b@two/db2", "PGHOST", "three");
        assertThat(ConnectionSettings.fromEnvironment(noFawkes).orElseThrow().host()).isEqualTo("two");
        var libpq = Map.of("PGHOST", "three", "PGPORT", "5555", "PGUSER", "c", "PGPASSWORD", "pw", "PGDATABASE", "d3");
        var s = ConnectionSettings.fromEnvironment(libpq).orElseThrow();
        assertThat(s).extracting(ConnectionSettings::host, ConnectionSettings::port, ConnectionSettings::user,
                ConnectionSettings::password, ConnectionSettings::database).containsExactly("three", 5555, "c", "pw", "d3");
    }

    @Test
    void emptyEnvironment_meansEmbeddedDefault() {
        assertThat(ConnectionSettings.fromEnvironment(Map.of())).isEmpty();
    }

    @Test
    void badPgPort_isBadInput() {
        assertThatThrownBy(() -> ConnectionSettings.fromEnvironment(Map.of("PGPORT", "abc")))
                .hasMessageContaining("PGPORT is not a number");
    }
}
