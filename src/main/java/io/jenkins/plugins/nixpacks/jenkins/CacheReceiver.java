package io.jenkins.plugins.nixpacks.jenkins;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import io.jenkins.plugins.nixpacks.cache.receiver.ReceiverLog;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadSessions;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The controller's side of the cache uploads, without Jenkins types so it can be tested: upload sessions, the
 * tokens that grant them, the store the tars land in, and the gate every upload passes. {@link
 * NixpacksCacheAction} serves it at {@code /nixpacks-cache/}; {@link NixpacksRunner} opens and closes sessions.
 *
 * <p>Each build step gets its own session ({@code <run id>@<random>}), so parallel steps of one run neither share
 * tokens nor delete each other's uploads, and a token from before a restart never matches a later session.
 */
final class CacheReceiver {
    /** Folders of sessions that ended without closing (a controller crash) go after this long without writes. */
    static final Duration SWEEP_AFTER = Duration.ofHours(6);

    static final String URL_NAME = "nixpacks-cache";

    private final TokenService tokens;
    private final UploadSessions sessions = new UploadSessions();
    private final UploadStore store;
    private final Predicate<String> runIsBuilding;
    private final Supplier<Limits> limits;
    private final ReceiverLog log;
    /** Session id to the run it belongs to, for the gate. */
    private final Map<String, String> runs = new ConcurrentHashMap<>();

    private final SecureRandom random = new SecureRandom();

    /**
     * @param uploadsDir the store's own folder; nothing from a request ever becomes part of a path below it
     * @param runIsBuilding whether a run, by its externalizable id, exists and is still building
     * @param limits read for every upload, so a change in the global configuration applies at once
     */
    CacheReceiver(
            MacFunction mac,
            Clock clock,
            Path uploadsDir,
            Predicate<String> runIsBuilding,
            Supplier<Limits> limits,
            ReceiverLog log)
            throws IOException {
        this.tokens = new TokenService(mac, clock);
        this.store = new UploadStore(uploadsDir);
        this.runIsBuilding = Objects.requireNonNull(runIsBuilding, "runIsBuilding");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Opens a session for one build step of {@code runId}: index {@code i} of the returned URLs uploads
     * {@code layerPaths.get(i)}. Also sweeps folders that sessions of a crashed controller left behind.
     *
     * @param baseUrl the controller's URL as build containers reach it, ending with {@code /}
     */
    Session open(String runId, List<String> layerPaths, String baseUrl, Duration validity) {
        if (!baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("base URL must end with '/': " + baseUrl);
        }
        sweep();
        byte[] nonce = new byte[8];
        random.nextBytes(nonce);
        String id = runId + "@" + HexFormat.of().formatHex(nonce);
        List<String> urls = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < layerPaths.size(); i++) {
            UploadToken token = tokens.issue(id, i, validity);
            urls.add(baseUrl + URL_NAME + "/" + CacheUploadHandler.pathFor(token));
            secrets.add(token.encoded());
        }
        runs.put(id, runId);
        sessions.open(id, layerPaths);
        return new Session(id, List.copyOf(layerPaths), List.copyOf(urls), List.copyOf(secrets));
    }

    /**
     * Refuses further uploads for the session and keeps what arrived: the build is reading it, so a late upload with
     * a live token can no longer change it.
     */
    void seal(String sessionId) {
        sessions.close(sessionId);
    }

    /** Refuses further uploads for the session and deletes what arrived; safe to call twice. */
    void close(String sessionId) throws IOException {
        sessions.close(sessionId);
        runs.remove(sessionId);
        store.remove(sessionId);
    }

    /** The gate: the session is open and its run still building. */
    boolean accepts(String sessionId) {
        String runId = runs.get(sessionId);
        return runId != null && sessions.accepts(sessionId) && runIsBuilding.test(runId);
    }

    /** Serves one upload request; {@code restOfPath} is {@code /<token>/<index>}. */
    void handle(HttpServletRequest req, HttpServletResponse resp, String restOfPath) throws IOException {
        new CacheUploadHandler(tokens, this::accepts, sessions, store, limits.get(), log).handle(req, resp, restOfPath);
    }

    /** What arrived for one session, as the agent reads it. */
    UploadSource source(String sessionId) {
        return new StoreUploadSource(this, sessionId);
    }

    UploadStore store() {
        return store;
    }

    private void sweep() {
        try {
            int removed = store.sweep(SWEEP_AFTER);
            if (removed > 0) {
                log.line("Removed " + removed + " abandoned cache upload folder(s) from " + store.baseDir());
            }
        } catch (IOException e) {
            // Disk housekeeping must not fail a build; the next session tries again.
            log.line("Could not sweep abandoned cache uploads in " + store.baseDir() + ": " + e);
        }
    }

    /**
     * One build step's grant.
     *
     * @param uploadUrls one per layer path; each carries a token, so they are secrets
     * @param tokens the encoded tokens, for masking in the build log
     */
    record Session(String id, List<String> layerPaths, List<String> uploadUrls, List<String> tokens) {
        @Override
        public String toString() {
            return "Session[" + id + ", " + layerPaths + "]";
        }
    }
}
