package dev.fawkes.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/events}: server-sent events carrying the latest check results to every open dashboard each refresh interval. */
final class LiveUpdates implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Supplier<Sweep> sweeps;
    private final ObjectMapper mapper;
    private final ScheduledExecutorService timer = DaemonTimer.named("fawkes-live-updates");

    LiveUpdates(Supplier<Sweep> sweeps, ObjectMapper mapper, long intervalMillis) {
        this.sweeps = sweeps;
        this.mapper = mapper;
        timer.scheduleWithFixedDelay(this::pushSafely, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        send(client, payload());
    }

    private void pushSafely() {
        try {
            if (!clients.isEmpty()) {
                String payload = payload();
                clients.forEach(c -> send(c, payload));
            }
        } catch (RuntimeException e) {
            LOG.warn("live update failed: {}", e.toString());
        }
    }

    private String payload() {
        Sweep sweep = sweeps.get();
        try {
            return mapper.writeValueAsString(Map.of("checkedAt", sweep.at().toString(), "reachable", sweep.reachable(),
                    "status", CheckView.worst(sweep.results()).name(), "results", sweep.results()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the check results as JSON", e);
        }
    }

    private void send(SseClient client, String payload) {
        if (client.terminated()) {
            clients.remove(client);
        } else {
            client.sendEvent("checks", payload);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
