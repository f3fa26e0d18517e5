package dev.fawkes.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.PgConnector;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Fawkes HTTP server: a JSON API over the monitor and the advisor, Prometheus {@code /metrics}, live updates by
 * server-sent events, and the web dashboard at {@code /}. Everything it runs on the database is read-only.
 */
public final class FawkesServer implements AutoCloseable {
    private static final String WEB = "/dev/fawkes/server/web";
    private final PgConnector connector;
    private final ServerConfig config;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private Javalin app;
    private LiveUpdates live;
    private CheckCache cache;
    private AdviceCache advice;
    private HistoryRecorder recorder;

    /** A server for the database this connector reaches, configured by {@code config}; call {@link #start()}. */
    public FawkesServer(PgConnector connector, ServerConfig config) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Starts listening; fails with {@link ErrorCode#BAD_INPUT} when the port is taken. */
    public synchronized FawkesServer start() {
        if (app != null) {
            return this;
        }
        ReadOnlySessions sessions = new ReadOnlySessions(connector);
        CheckCache sweeps = new CheckCache(sessions, config, Clock.systemUTC()).start();
        cache = sweeps;
        advice = new AdviceCache(sessions, Clock.systemUTC());
        SeqScanAdvice seqScan = new SeqScanAdvice(advice, AdviceSettings.config(config.advisorSettings()));
        Supplier<Sweep> views = () -> seqScan.annotate(sweeps.latest());
        live = new LiveUpdates(views, mapper, config.refreshInterval().toMillis());
        QueryHistorySource history = config.history();
        if (config.historyStore() != null) {
            recorder = new HistoryRecorder(connector, config.historyStore(), config.historyRetention()).start(config.refreshInterval());
            history = recorder;
        }
        app = Javalin.create(this::configure);
        routes(app, sessions, views, history);
        try {
            app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            stop();
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot listen on " + config.bind() + ":" + config.port() + ": "
                    + rootMessage(e), "pick another --port or --bind", e);
        }
        return this;
    }

    private void configure(JavalinConfig cfg) {
        cfg.showJavalinBanner = false;
        cfg.jsonMapper(new JavalinJackson(mapper, false));
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = WEB;
            files.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars();
    }

    private void routes(Javalin javalin, ReadOnlySessions sessions, Supplier<Sweep> views, QueryHistorySource history) {
        String database = connector.settings().redacted();
        new ErrorResponses(connector.settings().password()).register(javalin);
        if (config.auth() != null) {
            javalin.before(new BasicAuth(config.auth())::check);
        }
        HealthRoutes health = new HealthRoutes(sessions, cache, config, database);
        QueryRoutes queries = new QueryRoutes(sessions, config.allowAnalyze());
        CheckRoutes checks = new CheckRoutes(cache.checks().keySet(), views, config, database);
        AdviceRoutes adviceRoutes = new AdviceRoutes(advice, config.advisorSettings());
        javalin.get("/api/health/database", health::health);
        javalin.get("/api/monitor/queries", queries::queries);
        javalin.post("/api/monitor/queries/explain", queries::explain);
        javalin.get("/api/checks", checks::all);
        javalin.get("/api/checks/{id}", checks::one);
        javalin.get("/api/history/queries", new HistoryRoutes(history)::queries);
        javalin.get("/api/config", checks::config);
        javalin.get("/api/advice", adviceRoutes::advice);
        javalin.get("/metrics", ctx -> ctx.contentType(PrometheusText.CONTENT_TYPE).result(PrometheusText.render(cache.latest())));
        javalin.sse("/api/events", live::connect);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The port the server listens on (the real one when the config asked for 0). */
    public int port() {
        if (app == null) {
            throw new IllegalStateException("the server is not started");
        }
        return app.port();
    }

    /** The dashboard's URL, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    /** The configuration it runs with. */
    public ServerConfig config() {
        return config;
    }

    /** Stops listening and ends the check sweeps, the live updates and the history recording; safe to call twice. */
    public synchronized void stop() {
        if (recorder != null) {
            recorder.close();
            recorder = null;
        }
        if (live != null) {
            live.close();
            live = null;
        }
        if (cache != null) {
            cache.close();
            cache = null;
        }
        if (advice != null) {
            advice.close();
            advice = null;
        }
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
