package dev.fawkes.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexTest {

    private static IndexKey col(String name) {
        return new IndexKey(name, null, null, false, false);
    }

    private static Index btree(String name, List<IndexKey> keys, List<String> include, String predicate, boolean unique) {
        return new Index(name, "btree", keys, include, predicate, unique, false, true, true, 8192, null,
                "CREATE INDEX " + name + " ON t", IndexStats.NONE);
    }

    private static Index btree(String name, String... columns) {
        return btree(name, Arrays.stream(columns).map(IndexTest::col).toList(), List.of(), null, false);
    }

    @Test
    void sameShape_whenMethodKeysIncludeAndPredicateMatch_regardlessOfNameOrIncludeOrder() {
        Index a = btree("a", List.of(col("x"), col("y")), List.of("p", "q"), "z > 0", false);
        Index b = btree("b", List.of(col("x"), col("y")), List.of("q", "p"), "z > 0", true);
        assertThat(a.sameShapeAs(b)).isTrue();
        assertThat(b.sameShapeAs(a)).isTrue();
    }

    @Test
    void notSameShape_whenOrderOpclassExpressionPredicateOrMethodDiffer() {
        Index plain = btree("a", "x");
        assertThat(plain.sameShapeAs(btree("b", List.of(new IndexKey("x", null, null, true, true)), List.of(), null, false))).isFalse();
        assertThat(plain.sameShapeAs(btree("b", List.of(new IndexKey("x", null, "text_pattern_ops", false, false)), List.of(), null, false))).isFalse();
        assertThat(plain.sameShapeAs(btree("b", List.of(new IndexKey(null, "lower(x)", null, false, false)), List.of(), null, false))).isFalse();
        assertThat(plain.sameShapeAs(btree("b", List.of(col("x")), List.of(), "x IS NOT NULL", false))).isFalse();
        Index hash = new Index("h", "hash", List.of(col("x")), List.of(), null, false, false, true, true, 0, null, "", IndexStats.NONE);
        assertThat(plain.sameShapeAs(hash)).isFalse();
    }

    @Test
    void isPrefixOf_whenKeysLeadTheWiderIndex() {
        assertThat(btree("a", "x").isPrefixOf(btree("b", "x", "y"))).isTrue();
        assertThat(btree("a", "x", "y").isPrefixOf(btree("b", "x", "y", "z"))).isTrue();
        assertThat(btree("a", "y").isPrefixOf(btree("b", "x", "y"))).isFalse();
        assertThat(btree("b", "x", "y").isPrefixOf(btree("a", "x"))).isFalse();
    }

    @Test
    void isNotPrefixOf_itselfOrASameShapedIndex() {
        assertThat(btree("a", "x", "y").isPrefixOf(btree("b", "x", "y"))).isFalse();
    }

    @Test
    void isPrefixOf_sameKeysWithMoreIncludeColumns() {
        Index narrow = btree("a", List.of(col("x")), List.of("p"), null, false);
        Index wide = btree("b", List.of(col("x")), List.of("p", "q"), null, false);
        assertThat(narrow.isPrefixOf(wide)).isTrue();
        assertThat(wide.isPrefixOf(narrow)).isFalse();
    }

    @Test
    void isPrefixOf_onlyWhenIncludeColumnsAreCoveredByTheWiderIndex() {
        Index covering = btree("a", List.of(col("x")), List.of("p"), null, false);
        assertThat(covering.isPrefixOf(btree("b", "x", "y"))).isFalse();
        assertThat(covering.isPrefixOf(btree("b", "x", "p"))).isTrue();
    }

    @Test
    void uniqueIndex_isNeverPrefixRedundant() {
        Index unique = btree("a", List.of(col("x")), List.of(), null, true);
        assertThat(unique.isPrefixOf(btree("b", "x", "y"))).isFalse();
    }

    @Test
    void isPrefixOf_requiresSamePredicate_andBtree() {
        Index partial = btree("a", List.of(col("x")), List.of(), "x > 0", false);
        assertThat(partial.isPrefixOf(btree("b", "x", "y"))).isFalse();
        assertThat(partial.isPrefixOf(btree("b", List.of(col("x"), col("y")), List.of(), "x > 0", false))).isTrue();
        Index gin = new Index("g", "gin", List.of(col("x")), List.of(), null, false, false, true, true, 0, null, "", IndexStats.NONE);
        assertThat(gin.isPrefixOf(new Index("g2", "gin", List.of(col("x"), col("y")), List.of(), null, false, false, true, true, 0,
                null, "", IndexStats.NONE))).isFalse();
    }

    @Test
    void expressionKeys_mustMatchExactly() {
        Index lower = btree("a", List.of(new IndexKey(null, "lower(email)", null, false, false)), List.of(), null, false);
        Index wider = btree("b", List.of(new IndexKey(null, "lower(email)", null, false, false), col("id")), List.of(), null, false);
        Index upper = btree("c", List.of(new IndexKey(null, "upper(email)", null, false, false), col("id")), List.of(), null, false);
        assertThat(lower.isPrefixOf(wider)).isTrue();
        assertThat(lower.isPrefixOf(upper)).isFalse();
    }
}
