package dev.fawkes.monitor;

/** Which part of the database a check looks at; the dashboard groups tiles by it. */
public enum Category {
    QUERIES, LOCKS, INDEXES, TABLES, SERVER, SCHEMA, SECURITY
}
