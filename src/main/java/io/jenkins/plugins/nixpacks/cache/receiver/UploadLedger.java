package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.registry.Digest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the receiver accepted, per session and directory, and the bytes it counts against the caps. The receiver keeps
 * no bytes: it validates the layers as they stream by and records their digests; the agent pushes its own copy,
 * which the registry stores under the same digest only if the bytes are the same.
 *
 * <p>Each (session, directory) is claimed by its first request, for good: a second request for it is refused
 * whatever became of the first, so a request read off the wire and replayed, or raced, changes nothing.
 */
public final class UploadLedger {
    /** One accepted request: the layers of one directory that the registry lacked. */
    public record Accepted(int dirIndex, String layerPath, List<Digest> layers, long bytes, int entries) {
        public Accepted {
            layers = List.copyOf(layers);
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private long totalBytes;

    /** Claims directory {@code dirIndex} of {@code sessionId}; false when some request claimed it before. */
    public boolean claim(String sessionId, int dirIndex) {
        Session s = sessions.computeIfAbsent(sessionId, id -> new Session());
        synchronized (s) {
            return !s.closed && s.claimed.add(dirIndex);
        }
    }

    /**
     * Counts {@code bytes} of {@code sessionId} against the per-session and the global cap.
     *
     * @throws UploadTooLargeException over the session's cap (413)
     * @throws ReceiverFullException over the receiver's cap across all sessions (507)
     */
    public void reserve(String sessionId, long bytes, Limits limits)
            throws UploadTooLargeException, ReceiverFullException {
        Session s = sessions.computeIfAbsent(sessionId, id -> new Session());
        synchronized (this) {
            synchronized (s) {
                if (s.bytes + bytes > limits.maxBuildBytes()) {
                    throw new UploadTooLargeException("this build would send more than " + limits.maxBuildBytes()
                            + " bytes of cache layers (" + s.bytes + " accepted or in flight)");
                }
                if (totalBytes + bytes > limits.maxTotalBytes()) {
                    throw new ReceiverFullException("the receiver holds " + totalBytes + " bytes of cache layers of"
                            + " running builds and its limit is " + limits.maxTotalBytes() + " bytes");
                }
                s.bytes += bytes;
                totalBytes += bytes;
            }
        }
    }

    /** Gives back a reservation whose upload failed. */
    public void release(String sessionId, long bytes) {
        Session s = sessions.get(sessionId);
        if (s == null) {
            return;
        }
        synchronized (this) {
            synchronized (s) {
                long n = Math.min(bytes, s.bytes);
                s.bytes -= n;
                totalBytes -= n;
            }
        }
    }

    public void accept(String sessionId, Accepted accepted) {
        Session s = sessions.computeIfAbsent(sessionId, id -> new Session());
        synchronized (s) {
            s.accepted.put(accepted.dirIndex(), accepted);
        }
    }

    /** What was accepted for {@code sessionId}, by directory index. */
    public Map<Integer, Accepted> accepted(String sessionId) {
        Session s = sessions.get(sessionId);
        if (s == null) {
            return Map.of();
        }
        synchronized (s) {
            return Collections.unmodifiableMap(new TreeMap<>(s.accepted));
        }
    }

    /** Forgets a session and gives back its bytes; later requests for it find every directory claimed. */
    public void remove(String sessionId) {
        Session s = sessions.remove(sessionId);
        if (s == null) {
            return;
        }
        synchronized (this) {
            synchronized (s) {
                s.closed = true;
                totalBytes -= s.bytes;
                s.bytes = 0;
            }
        }
    }

    /** Bytes counted across all sessions, for the receiver's log and tests. */
    public synchronized long totalBytes() {
        return totalBytes;
    }

    private static final class Session {
        final java.util.Set<Integer> claimed = new java.util.HashSet<>();
        final Map<Integer, Accepted> accepted = new TreeMap<>();
        long bytes;
        boolean closed;
    }
}
