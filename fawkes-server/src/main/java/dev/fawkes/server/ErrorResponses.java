package dev.fawkes.server;

import com.fasterxml.jackson.core.JacksonException;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.Redaction;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import dev.fawkes.core.connect.PgErrors;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON {@link ApiError} with the right status, with the database password redacted. */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String ANSWERED = "fawkes.error.answered";
    private final String secret;

    ErrorResponses(String secret) {
        this.secret = secret;
    }

    void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), new ApiError(e.code(), e.getMessage(), e.details())));
        app.exception(FawkesException.class, (e, ctx) -> answer(ctx, ApiError.status(e.code()), ApiError.of(e)));
        app.exception(ValidationException.class, (e, ctx) -> answer(ctx, 400,
                new ApiError("BAD_INPUT", "invalid request parameters", e.getErrors())));
        app.exception(SQLException.class, (e, ctx) -> {
            FawkesException f = PgErrors.onQuery(e, "answering " + ctx.path());
            answer(ctx, ApiError.status(f.code()), ApiError.of(f));
        });
        app.exception(JacksonException.class, (e, ctx) -> answer(ctx, 400,
                new ApiError("BAD_INPUT", "the request body is not valid JSON: " + e.getOriginalMessage(), null)));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(),
                new ApiError(e.getStatus() == 404 ? "NOT_FOUND" : "BAD_INPUT", e.getMessage(), null)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, new ApiError("INTERNAL", "internal error: " + e.getClass().getSimpleName(), null));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 404, new ApiError("NOT_FOUND", "no such resource: " + ctx.path(), null));
            }
        });
    }

    void answer(Context ctx, int status, ApiError error) {
        ApiError safe = new ApiError(error.code(), Redaction.redact(error.message(), secret), error.details());
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(safe);
    }
}
