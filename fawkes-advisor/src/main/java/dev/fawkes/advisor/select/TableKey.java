package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.TableAccess;

/** A table by schema and name, as statements and indexes refer to it. */
record TableKey(String schema, String table) {

    static TableKey of(IndexSpec spec) {
        return new TableKey(spec.schema(), spec.table());
    }

    static TableKey of(TableAccess access) {
        return new TableKey(access.schema(), access.table());
    }
}
