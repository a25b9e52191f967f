package de.sprechstunde.deploy.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.health.HealthRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP server on {@code HTTP_PORT}: {@code /health} (JSON, always 200: liveness),
 * {@code /ready} (200 once the bot takes messages and the models are loaded, else 503 with what it
 * waits for), {@code /metrics} (Prometheus text) and any extra routes such as the Telegram webhook.
 */
public final class HttpEndpoints implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpEndpoints.class);
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    /** Answers a POSTed body; returns the status code (and optional body) to send. */
    @FunctionalInterface
    public interface PostHandler {
        Response handle(HttpExchange exchange, byte[] body) throws IOException;
    }

    /** What {@code /ready} waits for; empty when the bot is ready for traffic. Must not block for long. */
    @FunctionalInterface
    public interface Readiness {
        Optional<String> waitingFor();
    }

    /** An HTTP answer. */
    public record Response(int status, String contentType, String body) {
        public static Response status(int status) {
            return new Response(status, "text/plain; charset=utf-8", "");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpEndpoints(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code port} (0 for any free one) with {@code /health}, {@code /ready} and {@code /metrics}; serves after {@link #start()}. */
    public static HttpEndpoints bind(int port, HealthRegistry health, Readiness ready, Optional<Supplier<String>> metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4, DaemonThreads.named("http"));
        server.setExecutor(executor);
        HttpEndpoints endpoints = new HttpEndpoints(server, executor);
        endpoints.get("/health", () -> new Response(200, "application/json", HealthJson.render(health.check())));
        endpoints.get("/ready", () -> ready.waitingFor()
                .map(waiting -> new Response(503, "text/plain; charset=utf-8", "waiting for: " + waiting + "\n"))
                .orElseGet(() -> new Response(200, "text/plain; charset=utf-8", "ready\n")));
        metrics.ifPresent(scrape -> endpoints.get("/metrics",
                () -> new Response(200, "text/plain; version=0.0.4; charset=utf-8", scrape.get())));
        return endpoints;
    }

    public void start() {
        server.start();
        log.info("HTTP endpoints on port {}", port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code path} for GET only. */
    public void get(String path, Supplier<Response> handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                if (!exactPath(exchange, path)) {
                    send(exchange, Response.status(404));
                } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().add("Allow", "GET");
                    send(exchange, Response.status(405));
                } else {
                    send(exchange, handler.get());
                }
            } catch (RuntimeException e) {
                log.error("{} failed", path, e);
            }
        });
    }

    /** Serves {@code path} for POST only, with the body read (bounded to 1 MiB). */
    public void post(String path, PostHandler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                if (!exactPath(exchange, path)) {
                    send(exchange, Response.status(404));
                } else if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().add("Allow", "POST");
                    send(exchange, Response.status(405));
                } else {
                    Optional<byte[]> body = readBounded(exchange.getRequestBody());
                    send(exchange, body.isEmpty() ? Response.status(413) : handler.handle(exchange, body.get()));
                }
            } catch (RuntimeException | IOException e) {
                log.error("{} failed: {}", path, e.toString());
            }
        });
    }

    private static boolean exactPath(HttpExchange exchange, String path) {
        return exchange.getRequestURI().getPath().equals(path);
    }

    private static Optional<byte[]> readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
