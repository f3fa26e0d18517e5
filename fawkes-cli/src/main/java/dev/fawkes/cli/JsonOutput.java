package dev.fawkes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.PrintWriter;

/** Writes the model as pretty-printed JSON with ISO-8601 timestamps. */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** Prints {@code value} as JSON followed by a newline. */
    static void print(Object value, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new FawkesException(ErrorCode.INTERNAL, "cannot write JSON: " + e.getOriginalMessage(), null, e);
        }
    }
}
