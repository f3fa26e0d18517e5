package dev.fawkes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.advisor.verify.Verification;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;

/** The advisor's report with the verification appended when {@code --verify} ran (null otherwise), in each format. */
record AdviceOutput(AdvisorReport report, Verification verification) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String render(ReportFormat format) {
        return switch (format) {
            case TEXT -> text();
            case JSON -> json();
            case MARKDOWN -> markdown();
        };
    }

    String text() {
        return verification == null ? report.text() : report.text() + "\n" + verification.text();
    }

    String markdown() {
        return verification == null ? report.markdown() : report.markdown() + "\n" + verification.markdown();
    }

    /** The report's JSON object, with the verification as its {@code verification} field. */
    String json() {
        if (verification == null) {
            return report.json();
        }
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(report.json());
            root.set("verification", MAPPER.readTree(verification.json()));
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new FawkesException(ErrorCode.INTERNAL, "cannot write JSON: " + e.getOriginalMessage(), null, e);
        }
    }
}
