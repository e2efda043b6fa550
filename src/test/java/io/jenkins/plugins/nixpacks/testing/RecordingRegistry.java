package io.jenkins.plugins.nixpacks.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The attacker's registry: a real HTTP server on its own loopback port that writes down every request it gets, with
 * the Authorization header it carried. Unless a route says otherwise it answers as a registry with Basic auth does
 * (401 with a {@code WWW-Authenticate: Basic} challenge), which is what makes a client that holds a password send it:
 * a test that only ever answered 200 could not catch a leak. Test helper.
 */
public final class RecordingRegistry implements AutoCloseable {
    /** One request as it arrived; {@code authorization} is null when the header was absent. */
    public record Seen(String method, String path, String userAgent, String authorization) {
        public boolean fromEngine() {
            return userAgent != null
                    && userAgent.toLowerCase(java.util.Locale.ROOT).contains("docker");
        }

        public boolean fromJavaClient() {
            return userAgent != null && userAgent.startsWith("Java-http-client");
        }
    }

    /** Answers a request; {@link #challenge} is the default. */
    public interface Route {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    private RecordingRegistry(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1, on a free port. */
    public static RecordingRegistry start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        RecordingRegistry r = new RecordingRegistry(server);
        server.createContext("/", r::handle);
        server.setExecutor(Executors.newCachedThreadPool(t -> {
            Thread th = new Thread(t, "recording-registry");
            th.setDaemon(true);
            return th;
        }));
        server.start();
        return r;
    }

    /** {@code 127.0.0.1:<port>}, as it appears in an image name. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers requests whose path starts with {@code prefix} (longest prefix wins) with {@code route}. */
    public RecordingRegistry route(String prefix, Route route) {
        routes.put(prefix, route);
        return this;
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** Every Authorization header value received, in order. */
    public List<String> authorizations() {
        return seen.stream().map(Seen::authorization).filter(a -> a != null).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            seen.add(new Seen(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            Route route = null;
            int best = -1;
            for (Map.Entry<String, Route> e : routes.entrySet()) {
                if (path.startsWith(e.getKey()) && e.getKey().length() > best) {
                    route = e.getValue();
                    best = e.getKey().length();
                }
            }
            if (route != null) {
                route.answer(exchange);
            } else {
                challenge(exchange);
            }
        }
    }

    /** 401 with a Basic challenge, as a registry with htpasswd auth answers a request without credentials. */
    public static void challenge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"attacker\"");
        exchange.getResponseHeaders().add("Docker-Distribution-API-Version", "registry/2.0");
        send(
                exchange,
                401,
                "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
                "application/json");
    }

    /** Answers {@code status} with {@code body}. */
    public static void send(HttpExchange exchange, int status, String body, String contentType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().add("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** A redirect to {@code location}. */
    public static Route redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
