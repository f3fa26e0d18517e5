package dev.fawkes.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs a test only when the test PostgreSQL can install every named extension (for example "hypopg"). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PgConditions.class)
public @interface RequiresExtension {
    /** The extension names. */
    String[] value();
}
