package dev.fawkes.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void collapsesWhitespace_andCutsWithAnEllipsis() {
        assertThat(Snippet.of("SELECT *\n  FROM t\tWHERE id = 1 ", 100)).isEqualTo("SELECT * FROM t WHERE id = 1");
        assertThat(Snippet.of("SELECT * FROM t WHERE id = 1", 10)).isEqualTo("SELECT * …").hasSize(10);
    }
}
