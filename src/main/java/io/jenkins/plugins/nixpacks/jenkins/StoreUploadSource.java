package io.jenkins.plugins.nixpacks.jenkins;

import io.jenkins.plugins.nixpacks.cache.receiver.StoredUpload;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/** An upload session's tars, straight from the controller's {@link CacheReceiver}. */
final class StoreUploadSource implements UploadSource {
    private final CacheReceiver receiver;
    private final String sessionId;

    StoreUploadSource(CacheReceiver receiver, String sessionId) {
        this.receiver = receiver;
        this.sessionId = sessionId;
    }

    @Override
    public Map<Integer, Long> arrived() {
        // Uploads are over once the build reads them, as in the runner: a late request finds the session closed.
        receiver.seal(sessionId);
        // A TreeMap: it crosses the channel, and JEP-200 lets only listed JDK collections through.
        Map<Integer, Long> sizes = new TreeMap<>();
        for (Map.Entry<Integer, StoredUpload> e :
                receiver.store().arrived(sessionId).entrySet()) {
            sizes.put(e.getKey(), e.getValue().size());
        }
        return sizes;
    }

    @Override
    public InputStream open(int index) throws IOException {
        return receiver.store().open(sessionId, index);
    }

    @Override
    public void discard() throws IOException {
        receiver.close(sessionId);
    }
}
