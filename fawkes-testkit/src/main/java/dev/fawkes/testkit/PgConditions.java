package dev.fawkes.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Evaluates {@link RequiresPg} and {@link RequiresExtension} against the test server. */
final class PgConditions implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        if (element.isEmpty()) {
            return ConditionEvaluationResult.enabled("no element");
        }
        String version = versionProblem(element.get());
        if (version != null) {
            return ConditionEvaluationResult.disabled(version);
        }
        String extension = extensionProblem(element.get());
        return extension == null ? ConditionEvaluationResult.enabled("requirements met")
                : ConditionEvaluationResult.disabled(extension);
    }

    private static String versionProblem(AnnotatedElement element) {
        Optional<RequiresPg> requires = AnnotationSupport.findAnnotation(element, RequiresPg.class);
        if (requires.isEmpty()) {
            return null;
        }
        int major = PgTestServer.get().majorVersion();
        boolean fits = major >= requires.get().min() && major <= requires.get().max();
        return fits ? null : "needs PostgreSQL " + requires.get().min() + ".." + requires.get().max() + ", test server is " + major;
    }

    private static String extensionProblem(AnnotatedElement element) {
        Optional<RequiresExtension> requires = AnnotationSupport.findAnnotation(element, RequiresExtension.class);
        if (requires.isEmpty()) {
            return null;
        }
        return Arrays.stream(requires.get().value())
                .filter(name -> !PgTestServer.get().extensionAvailable(name))
                .findFirst()
                .map(name -> "extension " + name + " is not available on the test server")
                .orElse(null);
    }
}
