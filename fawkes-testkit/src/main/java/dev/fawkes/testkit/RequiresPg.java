package dev.fawkes.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs a test only when the test PostgreSQL's major version lies in [{@code min}, {@code max}]. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PgConditions.class)
public @interface RequiresPg {
    /** The lowest major version, inclusive. */
    int min() default 0;

    /** The highest major version, inclusive. */
    int max() default Integer.MAX_VALUE;
}
