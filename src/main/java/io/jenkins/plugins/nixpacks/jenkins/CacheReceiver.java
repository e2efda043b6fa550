package io.jenkins.plugins.nixpacks.jenkins;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import io.jenkins.plugins.nixpacks.cache.receiver.ReceiverLog;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadLedger;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * tokens that grant them, the ledger of what was accepted (the layers are checked as they stream by and not kept:
 * the agent pushes its own copy, under the same digest), and the gate every upload passes. {@link
 * NixpacksCacheAction} serves it at {@code /nixpacks-cache/}; {@link NixpacksRunner} opens and closes sessions.
 *
 * <p>Each build step gets its own session ({@code <run id>@<random>}), so parallel steps of one run neither share
 * tokens nor delete each other's uploads, and a token from before a restart never matches a later session.
 */
final class CacheReceiver {
    static final String URL_NAME = "nixpacks-cache";

    private final TokenService tokens;
    private final UploadSessions sessions = new UploadSessions();
    private final UploadLedger ledger = new UploadLedger();
    private final Predicate<String> runIsBuilding;
    private final Supplier<Limits> limits;
    private final ReceiverLog log;
    /** Session id to the run it belongs to, for the gate. */
    private final Map<String, String> runs = new ConcurrentHashMap<>();

    private final SecureRandom random = new SecureRandom();

    /**
     * @param runIsBuilding whether a run, by its externalizable id, exists and is still building
     * @param limits read for every upload, so a change in the global configuration applies at once
     */
    CacheReceiver(
            MacFunction mac, Clock clock, Predicate<String> runIsBuilding, Supplier<Limits> limits, ReceiverLog log) {
        this.tokens = new TokenService(mac, clock);
        this.runIsBuilding = Objects.requireNonNull(runIsBuilding, "runIsBuilding");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Opens a session for one build step of {@code runId}: token {@code i} grants sending {@code layerPaths.get(i)}.
     */
    Session open(String runId, List<String> layerPaths, Duration validity) {
        byte[] nonce = new byte[8];
        random.nextBytes(nonce);
        String id = runId + "@" + HexFormat.of().formatHex(nonce);
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < layerPaths.size(); i++) {
            UploadToken token = tokens.issue(id, i, validity);
            secrets.add(token.encoded());
        }
        runs.put(id, runId);
        sessions.open(id, layerPaths);
        return new Session(id, List.copyOf(layerPaths), List.copyOf(secrets));
    }

    /**
     * Refuses further uploads for the session and keeps what arrived: the build is reading it, so a late upload with
     * a live token can no longer change it.
     */
    void seal(String sessionId) {
        sessions.close(sessionId);
    }

    /** Refuses further uploads for the session and forgets what it sent; safe to call twice. */
    void close(String sessionId) {
        sessions.close(sessionId);
        runs.remove(sessionId);
        ledger.remove(sessionId);
    }

    /** The gate: the session is open and its run still building. */
    boolean accepts(String sessionId) {
        String runId = runs.get(sessionId);
        return runId != null && sessions.accepts(sessionId) && runIsBuilding.test(runId);
    }

    /** Serves one upload request; {@code restOfPath} is {@code /<token>/<index>}. */
    void handle(HttpServletRequest req, HttpServletResponse resp, String restOfPath) throws IOException {
        new CacheUploadHandler(tokens, this::accepts, sessions, ledger, limits.get(), log)
                .handle(req, resp, restOfPath);
    }

    UploadLedger ledger() {
        return ledger;
    }

    /**
     * One build step's grant.
     *
     * @param tokens the encoded tokens, one per layer path: secrets, masked in the build log
     */
    record Session(String id, List<String> layerPaths, List<String> tokens) {
        @Override
        public String toString() {
            return "Session[" + id + ", " + layerPaths + "]";
        }
    }
}
