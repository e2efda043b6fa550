package example;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;

/** Serves a small JSON greeting on $PORT (8080 by default); GET /health answers "ok". */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(StringUtils.defaultIfBlank(System.getenv("PORT"), "8080"));
        Gson gson = new Gson();
        long started = System.currentTimeMillis();
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/health", exchange -> respond(exchange, 200, "text/plain", "ok\n"));
        server.createContext("/", exchange -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("app", "java-maven-example");
            body.put("message", StringUtils.capitalize("hello from a runnable jar"));
            body.put("uptimeMillis", System.currentTimeMillis() - started);
            respond(exchange, 200, "application/json", gson.toJson(body) + "\n");
        });
        server.start();
        System.out.println("java-maven-example listening on port " + port);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
