package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.TokenRejectedException;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives one cache directory's tar per request at {@code <base>/<token>/<index>}, by PUT ({@code curl -T -}) or POST
 * ({@code wget --post-file}). Servlet-level, so Jenkins' Stapler action and the embedded Jetty call the same code.
 *
 * <p>Order of checks: method, path, token (MAC, index, expiry), the build still accepting uploads, the directory
 * declared, the declared length; only then is the body read, streamed through the tar checks into the
 * {@link UploadStore}. Answers: 201 stored, 400 bad tar or broken body, 403 bad token (no detail), 404 unknown build
 * or directory, 405 other methods, 408 stalled body, 413 over a cap, 500 store failure. Nothing is kept unless 201.
 */
public final class CacheUploadHandler {
    /**
     * Content type of a base64-encoded tar, for clients that cannot send binary bodies: busybox wget stops a
     * {@code --post-file} at the first NUL byte. {@code tar ... | base64 > f; wget --header 'Content-Type:
     * application/x-tar+base64' --post-file=f URL}. Size caps then count decoded bytes.
     */
    public static final String BASE64_CONTENT_TYPE = "application/x-tar+base64";

    /** After an early answer, bytes of the rest of the body read and dropped so the client sees the answer. */
    private static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    private final TokenService tokens;
    private final BuildGate gate;
    private final DirectoryLookup directories;
    private final UploadStore store;
    private final Limits limits;
    private final ReceiverLog log;

    public CacheUploadHandler(
            TokenService tokens,
            BuildGate gate,
            DirectoryLookup directories,
            UploadStore store,
            Limits limits,
            ReceiverLog log) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.directories = Objects.requireNonNull(directories, "directories");
        this.store = Objects.requireNonNull(store, "store");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.log = Objects.requireNonNull(log, "log");
    }

    public Limits limits() {
        return limits;
    }

    public UploadStore store() {
        return store;
    }

    /** The path below the handler's base URL for an upload with {@code token}: {@code <token>/<index>}. */
    public static String pathFor(UploadToken token) {
        return token.encoded() + "/" + token.dirIndex();
    }

    /**
     * @param restOfPath the path below the handler's base, {@code /<token>/<index>} (Stapler's
     *     {@code getRestOfPath()}, the servlet's {@code getPathInfo()})
     */
    public void handle(HttpServletRequest req, HttpServletResponse resp, String restOfPath) throws IOException {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("PUT") && !method.equals("POST")) {
            resp.setHeader("Allow", "PUT, POST");
            answer(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Use PUT or POST to upload a cache directory.");
            return;
        }
        String[] parts =
                restOfPath == null ? new String[0] : stripSlash(restOfPath).split("/", -1);
        int dirIndex = parts.length == 2 ? parseIndex(parts[1]) : -1;
        if (dirIndex < 0) {
            answer(resp, HttpServletResponse.SC_NOT_FOUND, "Not found.");
            return;
        }
        UploadToken token;
        try {
            token = tokens.verify(parts[0], dirIndex);
        } catch (TokenRejectedException e) {
            log.line("Cache upload refused for dir " + dirIndex + ": token "
                    + e.reason().name().toLowerCase(Locale.ROOT) + " (from " + req.getRemoteAddr() + ")");
            // Same answer for every reason: an attacker learns nothing about which part was wrong.
            answer(resp, HttpServletResponse.SC_FORBIDDEN, "Forbidden.");
            return;
        }
        String buildId = token.buildId();
        if (!gate.accepts(buildId)) {
            log.line("Cache upload refused for " + buildId + " dir " + dirIndex
                    + ": the build is not accepting uploads");
            answer(resp, HttpServletResponse.SC_NOT_FOUND, "Build " + buildId + " is not accepting cache uploads.");
            return;
        }
        Optional<String> layerPath = directories.layerPath(buildId, dirIndex);
        if (layerPath.isEmpty()) {
            log.line("Cache upload refused for " + buildId + " dir " + dirIndex + ": no such cache directory");
            answer(
                    resp,
                    HttpServletResponse.SC_NOT_FOUND,
                    "Build " + buildId + " has no cache directory " + dirIndex + ".");
            return;
        }
        receive(req, resp, buildId, dirIndex, layerPath.get());
    }

    private void receive(
            HttpServletRequest req, HttpServletResponse resp, String buildId, int dirIndex, String layerPath)
            throws IOException {
        String what = buildId + " dir " + dirIndex + " (" + layerPath + ")";
        long declared = req.getContentLengthLong();
        long start = System.nanoTime();
        InputStream body = null;
        try {
            if (declared > limits.maxFileBytes()) {
                // Before touching the body: with Expect: 100-continue the client never sends it.
                throw new UploadTooLargeException("Upload of " + declared + " bytes is over the limit of "
                        + limits.maxFileBytes() + " bytes per cache directory");
            }
            body = ReadTimeout.guard(req.getInputStream(), limits.readTimeout());
            InputStream tar = body;
            long declaredTar = declared;
            if (isBase64(req.getContentType())) {
                tar = Base64Body.decode(body);
                declaredTar = declared < 0 ? -1 : declared / 4 * 3;
            }
            StoredUpload stored = store.receive(buildId, dirIndex, layerPath, tar, declaredTar, limits);
            String line = "Stored cache " + what + ": " + stored.size() + " bytes, " + stored.entries()
                    + " entries, sha256 " + stored.sha256() + ", in " + seconds(start) + " s";
            log.line(line);
            answer(resp, HttpServletResponse.SC_CREATED, line);
        } catch (UploadTooLargeException e) {
            refuse(resp, body, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, what, e.getMessage(), start);
        } catch (TarRejectedException e) {
            refuse(resp, body, HttpServletResponse.SC_BAD_REQUEST, what, e.getMessage(), start);
        } catch (IncompleteBodyException e) {
            int status = e.timedOut() ? HttpServletResponse.SC_REQUEST_TIMEOUT : HttpServletResponse.SC_BAD_REQUEST;
            refuse(resp, null, status, what, e.getMessage(), start);
        } catch (IOException | RuntimeException e) {
            log.line("Cache upload failed for " + what + ": could not store it: " + e);
            answer(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Could not store the upload.");
        } finally {
            if (body != null) {
                body.close(); // stops the read timeout's watchdog; the container's stream stays open
            }
        }
    }

    private void refuse(HttpServletResponse resp, InputStream body, int status, String what, String why, long start)
            throws IOException {
        log.line("Cache upload refused for " + what + " after " + seconds(start) + " s: " + why);
        resp.setHeader("Connection", "close");
        answer(resp, status, why);
        if (body != null) {
            drain(body);
        }
    }

    /** Reads and drops a bounded rest of the body, so a client still sending gets our answer instead of a reset. */
    private static void drain(InputStream body) {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        try {
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away: nothing left to tell it
        }
    }

    private static void answer(HttpServletResponse resp, int status, String line) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(bytes.length);
        try {
            OutputStream out = resp.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // the client is gone; the outcome is already logged
        }
    }

    private static boolean isBase64(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return mediaType.trim().equalsIgnoreCase(BASE64_CONTENT_TYPE);
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A plain decimal of at most four digits, no sign or leading zero; -1 for anything else. */
    private static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 4 || (s.length() > 1 && s.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
