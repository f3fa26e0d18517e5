package dev.fawkes.bench.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sends sequential {@code GET /metrics} requests to a running server and times each one end to end. */
final class MetricsProbe {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;

    MetricsProbe(String serverUrl) {
        request = HttpRequest.newBuilder(URI.create(serverUrl + "metrics")).timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** One request's status, body and wall time in milliseconds. */
    record Answer(int status, String body, double millis) {
    }

    /** Sends one request. */
    Answer get() {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + request.uri(), e);
        }
    }

    /**
     * Sends {@code count} requests one after another, stopping early once {@code budget} has passed: when a sweep is
     * slower than the server's refresh interval, every request waits for a new sweep.
     */
    List<Answer> get(int count, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Answer> answers = new ArrayList<>(count);
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            answers.add(get());
        }
        return answers;
    }
}
