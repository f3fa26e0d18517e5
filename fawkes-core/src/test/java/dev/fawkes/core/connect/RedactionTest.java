package dev.fawkes.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void redactsPasswordsInUrlsAndParameters() {
        assertThat(Redaction.redactUrl("failed for postgresql://u:s3cr3t@h/d and jdbc:postgresql://h/d?user=u&password=s3cr3t"))
                .doesNotContain("s3cr3t")
                .contains("postgresql://u:***@h/d")
                .contains("password=***");
    }

    @Test
    void redactsAGivenSecretAnywhere() {
        assertThat(Redaction.redact("the password s3cr3t was wrong", "s3cr3t")).isEqualTo("the password *** was wrong");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        assertThat(Redaction.redactUrl("postgresql://u@h:5432/d")).isEqualTo("postgresql://u@h:5432/d");
    }
}
