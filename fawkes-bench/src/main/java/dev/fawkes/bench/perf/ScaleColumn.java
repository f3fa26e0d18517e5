package dev.fawkes.bench.perf;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The columns a table of the advisor-at-scale schema draws from: name, type, how {@code generate_series} fills it
 * (deterministically, from the row number {@code g} and a salt), and how statements use it.
 */
enum ScaleColumn {
    ACCOUNT_ID("int", Use.EQUALITY, "1 + %s %% 2000"),
    STATUS("text", Use.EQUALITY, "(ARRAY['new','open','paid','shipped','closed'])[least(5, 1 + %s %% 9)]"),
    KIND("int", Use.EQUALITY, "%s %% 50"),
    REGION("text", Use.EQUALITY, "'r' || (%s %% 30)"),
    PRIORITY("int", Use.EQUALITY, "%s %% 10"),
    ACTIVE("boolean", Use.FLAG, "%s %% 10 <> 0"),
    SCORE("bigint", Use.RANGE, "%s::bigint * 1000"),
    AMOUNT("numeric(12,2)", Use.RANGE, "(%s %% 1000000) / 100.0"),
    UPDATED_AT("timestamptz", Use.RANGE, ScaleColumn.TIME),
    DUE_AT("timestamptz", Use.RANGE, ScaleColumn.TIME),
    NAME("text", Use.TEXT, "'item ' || md5(%s::text)"),
    TITLE("text", Use.TEXT, "'title ' || substr(md5(%s::text), 1, 12)"),
    PAYLOAD("jsonb", Use.JSON, "jsonb_build_object('tag', 'tag' || (%1$s %% 40), 'level', %1$s %% 5)"),
    DELETED_AT("timestamptz", Use.NULLABLE, "CASE WHEN %1$s %% 20 = 0 THEN " + ScaleColumn.TIME + " END"),
    NOTE("text", Use.NULLABLE, "CASE WHEN %1$s %% 3 = 0 THEN 'note ' || (%1$s %% 1000) END");

    /** Every table has these two besides its optional foreign key. */
    static final String ID = "id";
    static final String CREATED_AT = "created_at";
    private static final String TIME = "timestamptz '2025-01-01 00:00+00' + (%1$s %% 31536000) * interval '1 second'";

    /** How statements use a column. */
    enum Use { EQUALITY, FLAG, RANGE, TEXT, JSON, NULLABLE }

    private final String type;
    private final Use use;
    private final String generator;

    ScaleColumn(String type, Use use, String generator) {
        this.type = type;
        this.use = use;
        this.generator = generator;
    }

    /** The column's name in every table that has it. */
    String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String type() {
        return type;
    }

    Use use() {
        return use;
    }

    /** The expression that fills the column for row {@code g}; the salt decorrelates tables and columns. */
    String generator(int salt) {
        return String.format(Locale.ROOT, generator, hash(salt));
    }

    /** A non-negative pseudo-random int for row {@code g}: hashint4 is deterministic, and masking avoids abs(INT_MIN). */
    static String hash(int salt) {
        return "(hashint4(g + " + salt + ") & 2147483647)";
    }

    /** A time in 2025 for row {@code g}, as {@code created_at} is filled. */
    static String time(int salt) {
        return String.format(Locale.ROOT, TIME, hash(salt));
    }

    /** A value of the column's type as an SQL literal, within the generated data's range. */
    String literal(SplittableRandom random) {
        return switch (this) {
            case ACCOUNT_ID -> Integer.toString(1 + random.nextInt(2000));
            case STATUS -> "'" + STATUSES[random.nextInt(STATUSES.length)] + "'";
            case KIND -> Integer.toString(random.nextInt(50));
            case REGION -> "'r" + random.nextInt(30) + "'";
            case PRIORITY -> Integer.toString(random.nextInt(10));
            case ACTIVE -> Boolean.toString(random.nextBoolean());
            case SCORE -> Long.toString(random.nextLong(2_147_483_647L) * 1000);
            case AMOUNT -> String.format(Locale.ROOT, "%d.%02d", random.nextInt(10_000), random.nextInt(100));
            case UPDATED_AT, DUE_AT, DELETED_AT -> timeLiteral(random);
            case NAME, TITLE, NOTE -> "'" + Integer.toHexString(random.nextInt(4096)) + "'";
            case PAYLOAD -> "'{\"tag\": \"tag" + random.nextInt(40) + "\"}'";
        };
    }

    /** A time in the generated year as a timestamptz literal. */
    static String timeLiteral(SplittableRandom random) {
        return String.format(Locale.ROOT, "'2025-%02d-%02d 00:00+00'", 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static final String[] STATUSES = {"new", "open", "paid", "shipped", "closed"};
}
