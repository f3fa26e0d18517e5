package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;

/** What every check of this package has: its id, title and category, fixed at construction. */
abstract class BaseCheck implements Check {
    private final String id;
    private final String title;
    private final Category category;

    BaseCheck(String id, String title, Category category) {
        this.id = id;
        this.title = title;
        this.category = category;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Category category() {
        return category;
    }
}
