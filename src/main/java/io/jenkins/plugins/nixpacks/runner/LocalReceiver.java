package io.jenkins.plugins.nixpacks.runner;

import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.build.HttpUploadChannel;
import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import io.jenkins.plugins.nixpacks.cache.receiver.EmbeddedReceiver;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadLedger;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadSessions;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's receiver, outside Jenkins: the same upload handler behind an embedded Jetty on loopback, tokens signed
 * with a key that lives only in this process. The sender is this same process (the build's save), never a container.
 */
public final class LocalReceiver implements AutoCloseable {
    /** Tokens outlive any sane build but not the process; the session closing is what really ends them. */
    private static final Duration TOKEN_VALIDITY = Duration.ofHours(6);

    private final UploadLedger ledger = new UploadLedger();
    private final UploadSessions sessions = new UploadSessions();
    private final TokenService tokens;
    private final EmbeddedReceiver server;

    private LocalReceiver(Limits limits, BuildLog log) throws IOException {
        this.tokens = new TokenService(MacFunction.randomHmacSha256());
        CacheUploadHandler handler =
                new CacheUploadHandler(tokens, sessions, sessions, ledger, limits, m -> log.line("receiver: " + m));
        this.server = EmbeddedReceiver.start(handler);
    }

    public static LocalReceiver start(BuildLog log) throws IOException {
        return new LocalReceiver(Limits.defaults(), log);
    }

    public static LocalReceiver start(Limits limits, BuildLog log) throws IOException {
        return new LocalReceiver(limits, log);
    }

    public String baseUrl() {
        return server.baseUrl().toString();
    }

    /** Opens an upload session for {@code buildId} and its directories. */
    public UploadChannel open(String buildId, List<String> layerPaths) {
        sessions.open(buildId, layerPaths);
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i < layerPaths.size(); i++) {
            encoded.add(tokens.issue(buildId, i, TOKEN_VALIDITY).encoded());
        }
        return new HttpUploadChannel(layerPaths, baseUrl(), encoded);
    }

    /** What the receiver accepted for {@code buildId}, for tests and the log. */
    public UploadLedger ledger() {
        return ledger;
    }

    /** Refuses further uploads for {@code buildId} and forgets it. */
    public void close(String buildId) {
        sessions.close(buildId);
        ledger.remove(buildId);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
