package io.jenkins.plugins.nixpacks.runner;

import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import io.jenkins.plugins.nixpacks.cache.receiver.EmbeddedReceiver;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import io.jenkins.plugins.nixpacks.cache.receiver.StoredUpload;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadSessions;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runner's receiver, outside Jenkins: the same upload handler behind an embedded Jetty on loopback, tokens signed
 * with a key that lives only in this process, uploads in a local folder.
 */
public final class LocalReceiver implements AutoCloseable {
    /** Tokens outlive any sane build but not the process; the session closing is what really ends them. */
    private static final Duration TOKEN_VALIDITY = Duration.ofHours(6);

    private final UploadStore store;
    private final UploadSessions sessions = new UploadSessions();
    private final TokenService tokens;
    private final EmbeddedReceiver server;

    private LocalReceiver(Path uploads, Limits limits, BuildLog log) throws IOException {
        this.store = new UploadStore(uploads);
        this.tokens = new TokenService(MacFunction.randomHmacSha256());
        CacheUploadHandler handler =
                new CacheUploadHandler(tokens, sessions, sessions, store, limits, m -> log.line("receiver: " + m));
        this.server = EmbeddedReceiver.start(handler);
    }

    public static LocalReceiver start(Path uploads, BuildLog log) throws IOException {
        return new LocalReceiver(uploads, Limits.defaults(), log);
    }

    public static LocalReceiver start(Path uploads, Limits limits, BuildLog log) throws IOException {
        return new LocalReceiver(uploads, limits, log);
    }

    public String baseUrl() {
        return server.baseUrl().toString();
    }

    /** Opens an upload session for {@code buildId} and its directories. */
    public UploadChannel open(String buildId, List<String> layerPaths) {
        sessions.open(buildId, layerPaths);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < layerPaths.size(); i++) {
            UploadToken t = tokens.issue(buildId, i, TOKEN_VALIDITY);
            urls.add(server.uploadUrl(t).toString());
        }
        return new Channel(this, buildId, List.copyOf(layerPaths), List.copyOf(urls));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** The channel of one build; used in this process only, never serialized. */
    private static final class Channel implements UploadChannel {
        private static final long serialVersionUID = 1L;

        private final transient LocalReceiver receiver;
        private final String buildId;
        private final List<String> layerPaths;
        private final List<String> urls;

        Channel(LocalReceiver receiver, String buildId, List<String> layerPaths, List<String> urls) {
            this.receiver = receiver;
            this.buildId = buildId;
            this.layerPaths = layerPaths;
            this.urls = urls;
        }

        @Override
        public List<String> layerPaths() {
            return layerPaths;
        }

        @Override
        public List<String> uploadUrls() {
            return urls;
        }

        @Override
        public Map<Integer, Long> arrived() {
            // Uploads are over once the build is: a late request with a live token finds the session closed.
            receiver.sessions.close(buildId);
            Map<Integer, Long> out = new TreeMap<>();
            for (Map.Entry<Integer, StoredUpload> e :
                    receiver.store.arrived(buildId).entrySet()) {
                out.put(e.getKey(), e.getValue().size());
            }
            return out;
        }

        @Override
        public void copyTo(int index, Path target) throws IOException {
            try (InputStream in = receiver.store.open(buildId, index)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void discard() throws IOException {
            receiver.sessions.close(buildId);
            receiver.store.remove(buildId);
        }
    }
}
