package dev.fawkes.bench.scenarios.vibing2;

import static dev.fawkes.bench.scenarios.support.Statements.localBefore;
import static dev.fawkes.bench.scenarios.support.Statements.update;
import static dev.fawkes.bench.scenarios.support.Statements.uuid;

import dev.fawkes.bench.scenario.KeyPools;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The seed's file operation: 100 project files created one INSERT at a time (the "before") or
 * as one batch in one transaction (the "after"), then deleted by key so the table keeps its size.
 */
final class ProjectFiles {
    static final int FILES = 100;

    private ProjectFiles() {
    }

    /** 100 autocommitted INSERTs, one round trip each. */
    static void oneByOne(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        UUID[] ids = new UUID[FILES];
        Object project = keys.pick("chats", random);
        try (PreparedStatement ps = c.prepareStatement(VibingSql.INSERT_FILE)) {
            for (int i = 0; i < FILES; i++) {
                ids[i] = bind(ps, project, i, random);
                ps.executeUpdate();
            }
        }
        delete(c, ids);
    }

    /** One JDBC batch of 100 INSERTs in one transaction. */
    static void batched(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        UUID[] ids = new UUID[FILES];
        Object project = keys.pick("chats", random);
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(VibingSql.INSERT_FILE)) {
            for (int i = 0; i < FILES; i++) {
                ids[i] = bind(ps, project, i, random);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        delete(c, ids);
    }

    private static UUID bind(PreparedStatement ps, Object project, int i, SplittableRandom random) throws SQLException {
        UUID id = uuid(random);
        String content = "export const part" + i + " = () => <section data-id=\"" + id + "\" />;\n";
        LocalDateTime now = localBefore(Duration.ZERO);
        ps.setObject(1, id);
        ps.setObject(2, project);
        ps.setString(3, "src/generated/" + id + ".tsx");
        ps.setString(4, content);
        ps.setString(5, "typescript");
        ps.setInt(6, content.length());
        ps.setObject(7, now);
        ps.setObject(8, now);
        return id;
    }

    private static void delete(Connection c, UUID[] ids) throws SQLException {
        update(c, VibingSql.DELETE_FILES, c.createArrayOf("uuid", ids));
    }
}
