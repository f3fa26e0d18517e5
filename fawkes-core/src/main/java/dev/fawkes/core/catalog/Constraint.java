package dev.fawkes.core.catalog;

import java.util.List;

/**
 * A constraint with its columns; for a foreign key also the referenced table and columns
 * (null and empty otherwise). {@code validated} is false for {@code NOT VALID} constraints.
 * {@code definition} is {@code pg_get_constraintdef}.
 */
public record Constraint(String name, ConstraintType type, List<String> columns, String referencedSchema,
                         String referencedTable, List<String> referencedColumns, boolean validated, String definition) {

    /** Copies the lists. */
    public Constraint {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
