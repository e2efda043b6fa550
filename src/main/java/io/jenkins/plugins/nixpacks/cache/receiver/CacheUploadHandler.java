package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.TarValidator;
import io.jenkins.plugins.nixpacks.cache.TokenRejectedException;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadProof;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.Digests.CountingDigestOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives the new layers of one cache directory per request: {@code PUT <base>/<token public part>/<index>} with
 * {@link UploadProof#LAYERS_HEADER} (digest and size of each layer, in order), {@link UploadProof#PROOF_HEADER} (the
 * token holder's signature over that list) and the layers' bytes, one after the other. The sender is the agent, never
 * a build container. Servlet-level, so Jenkins' Stapler action and the embedded Jetty call the same code.
 *
 * <p>Order of checks: method, path, layer list, proof (MAC, index, expiry), the build still accepting uploads, the
 * directory declared, the length; then the directory is claimed, once for good, and the bytes counted against the
 * caps; only then is the body read, each layer streamed through the tar checks and a digest, which must equal the
 * one claimed. Answers: 201 accepted, 400 bad tar, digest or body, 403 bad proof (no detail), 404 unknown build or
 * directory, 405 other methods, 408 stalled body, 409 directory already sent, 411 no length, 413 over a cap of the
 * build, 507 over the receiver's cap across builds, 500 anything else. Nothing is recorded unless 201.
 */
public final class CacheUploadHandler {
    /**
     * After an early answer, bytes of the rest of the body read and dropped so a client that sends without waiting
     * (no Expect: 100-continue) reads the answer instead of a reset connection. Cheap next to any real cap.
     */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    /** More layers than any image can hold is not a cache directory. */
    private static final int MAX_LAYERS = 128;

    private final TokenService tokens;
    private final BuildGate gate;
    private final DirectoryLookup directories;
    private final UploadLedger ledger;
    private final Limits limits;
    private final ReceiverLog log;

    public CacheUploadHandler(
            TokenService tokens,
            BuildGate gate,
            DirectoryLookup directories,
            UploadLedger ledger,
            Limits limits,
            ReceiverLog log) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.directories = Objects.requireNonNull(directories, "directories");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.log = Objects.requireNonNull(log, "log");
    }

    public Limits limits() {
        return limits;
    }

    public UploadLedger ledger() {
        return ledger;
    }

    /** The path below the handler's base URL for directory {@code dirIndex} of a token: no secret in it. */
    public static String pathFor(String encodedToken, int dirIndex) {
        return UploadProof.publicPart(encodedToken) + "/" + dirIndex;
    }

    /** One layer as the request declares it. */
    record Declared(Digest digest, long size) {}

    /**
     * @param restOfPath the path below the handler's base, {@code /<token public part>/<index>} (Stapler's
     *     {@code getRestOfPath()}, the servlet's {@code getPathInfo()})
     */
    public void handle(HttpServletRequest req, HttpServletResponse resp, String restOfPath) throws IOException {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("PUT")) {
            resp.setHeader("Allow", "PUT");
            answer(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Use PUT to send cache layers.");
            return;
        }
        String[] parts =
                restOfPath == null ? new String[0] : stripSlash(restOfPath).split("/", -1);
        int dirIndex = parts.length == 2 ? parseIndex(parts[1]) : -1;
        if (dirIndex < 0) {
            answer(resp, HttpServletResponse.SC_NOT_FOUND, "Not found.");
            return;
        }
        String layersHeader = req.getHeader(UploadProof.LAYERS_HEADER);
        List<Declared> declared = parseLayers(layersHeader);
        if (declared == null) {
            answer(resp, HttpServletResponse.SC_BAD_REQUEST, "Missing or malformed " + UploadProof.LAYERS_HEADER + ".");
            return;
        }
        UploadToken token;
        try {
            token = tokens.verifyProof(parts[0], dirIndex, layersHeader, req.getHeader(UploadProof.PROOF_HEADER));
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
        receive(req, resp, buildId, dirIndex, layerPath.get(), declared);
    }

    private void receive(
            HttpServletRequest req,
            HttpServletResponse resp,
            String buildId,
            int dirIndex,
            String layerPath,
            List<Declared> declared)
            throws IOException {
        String what = buildId + " dir " + dirIndex + " (" + layerPath + ")";
        long total = sum(declared);
        long length = req.getContentLengthLong();
        if (length < 0) {
            answer(resp, HttpServletResponse.SC_LENGTH_REQUIRED, "Send a Content-Length.");
            return;
        }
        if (length != total) {
            answer(
                    resp,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Content-Length " + length + " is not the sum of the" + " layer sizes, " + total + ".");
            return;
        }
        if (total > limits.maxFileBytes()) {
            refuse(
                    resp,
                    unreadBody(req),
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    what,
                    "upload of " + total + " bytes is over the limit of " + limits.maxFileBytes()
                            + " bytes per cache directory",
                    System.nanoTime());
            return;
        }
        if (!ledger.claim(buildId, dirIndex)) {
            log.line("Cache upload refused for " + what + ": the directory was sent already (from "
                    + req.getRemoteAddr() + ")");
            answer(resp, HttpServletResponse.SC_CONFLICT, "Cache directory " + dirIndex + " was sent already.");
            InputStream unread = unreadBody(req);
            if (unread != null) {
                drain(unread);
            }
            return;
        }
        long start = System.nanoTime();
        InputStream body = null;
        boolean accepted = false;
        try {
            // The body is opened first so that a refusal by the caps can drain what the client is already sending
            // (no Expect: 100-continue) and the client reads the answer instead of a reset connection.
            body = ReadTimeout.guard(req.getInputStream(), limits.readTimeout());
            ledger.reserve(buildId, total, limits);
            try {
                int entries = validate(body, layerPath, declared);
                ledger.accept(
                        buildId,
                        new UploadLedger.Accepted(
                                dirIndex,
                                layerPath,
                                declared.stream().map(Declared::digest).toList(),
                                total,
                                entries));
                accepted = true;
                String line = "Accepted cache " + what + ": " + declared.size() + " layer"
                        + (declared.size() == 1 ? "" : "s") + ", " + total + " bytes, " + entries + " entries, in "
                        + seconds(start) + " s";
                log.line(line);
                answer(resp, HttpServletResponse.SC_CREATED, line);
            } finally {
                if (!accepted) {
                    ledger.release(buildId, total);
                }
            }
        } catch (UploadTooLargeException e) {
            refuse(resp, body, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, what, e.getMessage(), start);
        } catch (ReceiverFullException e) {
            refuse(resp, body, 507, what, e.getMessage(), start);
        } catch (TarRejectedException | DigestMismatchException e) {
            refuse(resp, body, HttpServletResponse.SC_BAD_REQUEST, what, e.getMessage(), start);
        } catch (IncompleteBodyException e) {
            int status = e.timedOut() ? HttpServletResponse.SC_REQUEST_TIMEOUT : HttpServletResponse.SC_BAD_REQUEST;
            refuse(resp, null, status, what, e.getMessage(), start);
        } catch (IOException | RuntimeException e) {
            log.line("Cache upload failed for " + what + ": " + e);
            answer(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Could not check the upload.");
        } finally {
            if (body != null) {
                body.close(); // stops the read timeout's watchdog; the container's stream stays open
            }
        }
    }

    /**
     * The declared sizes added up, {@link Long#MAX_VALUE} when they would pass it: a plain sum wraps around, and up to
     * 128 sizes of 18 digits can add up to 2^64 plus the real body's length, which would pass the length check and
     * every cap and spend the directory's one claim on a request that cannot succeed.
     */
    private static long sum(List<Declared> declared) {
        long total = 0;
        for (Declared d : declared) {
            if (total > Long.MAX_VALUE - d.size()) {
                return Long.MAX_VALUE;
            }
            total += d.size();
        }
        return total;
    }

    /** Streams each declared layer through the tar checks and a digest; returns the entries seen. */
    private int validate(InputStream body, String layerPath, List<Declared> declared) throws IOException {
        TarValidator.Checker checker = new TarValidator(layerPath, limits.tarLimits()).checker();
        int entries = 0;
        for (Declared d : declared) {
            LayerBody layer = new LayerBody(body, d.size());
            CountingDigestOutputStream digest = new CountingDigestOutputStream(OutputStream.nullOutputStream());
            entries += checker.copy(layer, digest).entries();
            if (layer.left > 0 || digest.count() != d.size()) {
                throw new DigestMismatchException("layer " + d.digest().shortHex() + " has " + digest.count()
                        + " bytes of tar and " + layer.left + " more; it was declared with " + d.size());
            }
            Digest actual = digest.digest();
            if (!actual.equals(d.digest())) {
                throw new DigestMismatchException(
                        "layer declared as " + d.digest() + " has digest " + actual + "; nothing was accepted");
            }
        }
        checker.finish();
        return entries;
    }

    /** {@code sha256:<hex>:<size>,...}; null when malformed. */
    static List<Declared> parseLayers(String header) {
        if (header == null || header.isEmpty() || header.length() > MAX_LAYERS * 90) {
            return null;
        }
        List<Declared> out = new ArrayList<>();
        for (String item : header.split(",", -1)) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                return null;
            }
            try {
                Digest d = Digest.parse(item.substring(0, colon));
                String size = item.substring(colon + 1);
                if (size.isEmpty() || size.length() > 18 || !size.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return null;
                }
                out.add(new Declared(d, Long.parseLong(size)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out.isEmpty() || out.size() > MAX_LAYERS ? null : out;
    }

    /** Exactly one layer's bytes of the body; a body that breaks off is an {@link IncompleteBodyException}. */
    private static final class LayerBody extends FilterInputStream {
        long left;
        long read;

        LayerBody(InputStream in, long size) {
            super(in);
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n;
            try {
                n = in.read(b, off, (int) Math.min(len, left));
            } catch (IOException e) {
                throw new IncompleteBodyException(read, e);
            }
            if (n < 0) {
                throw new IncompleteBodyException(read, new java.io.EOFException("the body ended early"));
            }
            left -= n;
            read += n;
            return n;
        }

        @Override
        public long skip(long n) {
            return 0; // the validator reads every byte; a skip would lose bytes from the digest
        }

        @Override
        public void close() {
            // the servlet container owns the request stream
        }
    }

    /** The bytes sent are not the layer the request named. */
    static final class DigestMismatchException extends IOException {
        private static final long serialVersionUID = 1L;

        DigestMismatchException(String message) {
            super(message);
        }
    }

    private void refuse(HttpServletResponse resp, InputStream body, int status, String what, String why, long start)
            throws IOException {
        log.line("Cache upload refused for " + what + " after " + seconds(start) + " s: " + why);
        answer(resp, status, why);
        if (body != null) {
            drain(body);
        }
    }

    /**
     * For an answer given before the body is read, on a request whose proof held: the body to drain, so a client that
     * sends at once reads the answer instead of a reset; null when it sent {@code Expect: 100-continue} and so sends
     * no body at all. (A request without a valid proof is never drained: that would read for anyone.)
     */
    private static InputStream unreadBody(HttpServletRequest req) throws IOException {
        return "100-continue".equalsIgnoreCase(req.getHeader("Expect")) ? null : req.getInputStream();
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
        if (status != HttpServletResponse.SC_CREATED) {
            // The body may be unread; said up front, so the client does not reuse a connection the container drops.
            resp.setHeader("Connection", "close");
        }
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
