package io.jenkins.plugins.nixpacks.cache.receiver;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.ee9.servlet.ServletContextHandler;
import org.eclipse.jetty.ee9.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A Jetty 12 (ee9, as Jenkins' Winstone) serving one {@link CacheUploadHandler} at
 * {@code http://127.0.0.1:<port>/nixpacks-cache/}, for the command-line runner and the tests. Loopback only: Docker
 * builds run with host networking, so the build container reaches it there. The connector's idle timeout is the
 * handler's read timeout, so a client that stops sending is cut off and its upload dropped.
 */
public final class EmbeddedReceiver implements AutoCloseable {
    public static final String CONTEXT_PATH = "/nixpacks-cache";

    private final Server server;
    private final URI baseUrl;

    private EmbeddedReceiver(Server server, URI baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** Starts on a free port. */
    public static EmbeddedReceiver start(CacheUploadHandler handler) throws IOException {
        return start(handler, 0);
    }

    /** Starts on {@code port}, or a free one for 0. */
    public static EmbeddedReceiver start(CacheUploadHandler handler, int port) throws IOException {
        return start(handler, port, handler.limits().readTimeout());
    }

    /**
     * Starts on {@code port} (0 for a free one) with the connector's idle timeout at {@code idleTimeout}. The handler
     * enforces its own read timeout as well; a longer idle timeout here stands for a container, like Jenkins' own,
     * whose timeout is not ours to set.
     */
    public static EmbeddedReceiver start(CacheUploadHandler handler, int port, Duration idleTimeout)
            throws IOException {
        Objects.requireNonNull(handler, "handler");
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("nixpacks-cache-receiver");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeout.toMillis());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath(CONTEXT_PATH);
        context.addServlet(new ServletHolder(new CacheUploadServlet(handler)), "/*");
        server.setHandler(context);
        // Closed once the build is over: an upload still in flight then is a stray, not worth waiting for.
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server, e);
            throw new IOException(
                    "Could not start the cache upload receiver on 127.0.0.1:" + port
                            + (port == 0 ? "" : " (is the port in use? pass 0 for a free one)") + ": " + e.getMessage(),
                    e);
        }
        URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + CONTEXT_PATH + "/");
        return new EmbeddedReceiver(server, base);
    }

    /** {@code http://127.0.0.1:<port>/nixpacks-cache/}, with the trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return baseUrl.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IOException("Could not stop the cache upload receiver at " + baseUrl + ": " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(Server server, Exception cause) {
        try {
            server.stop();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
