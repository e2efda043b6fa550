package io.jenkins.plugins.nixpacks.cache.receiver;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** The {@link CacheUploadHandler} as a servlet, mapped to {@code <context>/*}: the path info is the rest of the path. */
public final class CacheUploadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "Registered programmatically, never serialized")
    private final CacheUploadHandler handler;

    public CacheUploadServlet(CacheUploadHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handler.handle(req, resp, req.getPathInfo());
    }
}
