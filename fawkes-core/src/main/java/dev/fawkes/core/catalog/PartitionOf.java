package dev.fawkes.core.catalog;

/** The parent of a partition and its bound, e.g. {@code FOR VALUES WITH (modulus 4, remainder 0)}. */
public record PartitionOf(String parentSchema, String parentName, String bound) {
}
