package io.jenkins.plugins.nixpacks.docker;

import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.build.Sizes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pull (or push) that says how far it got, one line every few seconds, so a multi-GB image does not look like a
 * hang. The engine reports bytes per layer; the line sums them. Whole lines only, no carriage returns: a Jenkins
 * console or a file keeps every line, so at most one every {@link #INTERVAL_NANOS}.
 */
class PullProgress<T extends ResponseItem> extends StreamWatcher<T> {
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final BuildLog log;
    private final String image;
    private final Map<String, long[]> layers = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private final String verb;
    private final String moving;
    private final String moved;
    private volatile long lastLine = System.nanoTime();

    PullProgress(BuildLog log, String image) {
        this(log, image, INTERVAL_NANOS);
    }

    PullProgress(BuildLog log, String image, long intervalNanos) {
        this(log, image, intervalNanos, "pulling", "Downloading", "Download complete");
    }

    private PullProgress(BuildLog log, String image, long intervalNanos, String verb, String moving, String moved) {
        super(null);
        this.log = log;
        this.image = image;
        this.intervalNanos = intervalNanos;
        this.verb = verb;
        this.moving = moving;
        this.moved = moved;
    }

    /** The same lines for a push: "pushing IMAGE: 12.0 MB of 80.1 MB". */
    static PullProgress<PushResponseItem> push(BuildLog log, String image, long intervalNanos) {
        return new PullProgress<>(log, image, intervalNanos, "pushing", "Pushing", "Pushed");
    }

    @Override
    public void onNext(T item) {
        super.onNext(item);
        ResponseItem.ProgressDetail p = item.getProgressDetail();
        String id = item.getId();
        Long current = p == null ? null : p.getCurrent();
        Long total = p == null ? null : p.getTotal();
        if (id != null && moving.equals(item.getStatus()) && current != null) {
            layers.put(id, new long[] {current, total != null ? total : 0});
        } else if (id != null && moved.equals(item.getStatus())) {
            layers.computeIfPresent(id, (k, v) -> new long[] {v[1] > 0 ? v[1] : v[0], v[1]});
        }
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos && !layers.isEmpty()) {
            lastLine = now;
            long done = 0;
            long all = 0;
            for (long[] v : layers.values()) {
                done += v[0];
                all += v[1];
            }
            log.line(verb + " " + image + ": " + Sizes.human(done) + (all > 0 ? " of " + Sizes.human(all) : ""));
        }
    }
}
