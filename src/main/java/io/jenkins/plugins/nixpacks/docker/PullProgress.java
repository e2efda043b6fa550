package io.jenkins.plugins.nixpacks.docker;

import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.build.Sizes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pull that says how far it got, one line every few seconds, so a multi-GB cache image does not look like a hang.
 * The engine reports bytes per layer; the line sums them.
 */
final class PullProgress extends StreamWatcher<PullResponseItem> {
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final BuildLog log;
    private final String image;
    private final Map<String, long[]> layers = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private volatile long lastLine = System.nanoTime();

    PullProgress(BuildLog log, String image) {
        this(log, image, INTERVAL_NANOS);
    }

    PullProgress(BuildLog log, String image, long intervalNanos) {
        super(null);
        this.log = log;
        this.image = image;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public void onNext(PullResponseItem item) {
        super.onNext(item);
        ResponseItem.ProgressDetail p = item.getProgressDetail();
        if (item.getId() != null && "Downloading".equals(item.getStatus()) && p != null && p.getCurrent() != null) {
            long total = p.getTotal() != null ? p.getTotal() : 0;
            layers.put(item.getId(), new long[] {p.getCurrent(), total});
        } else if (item.getId() != null && "Download complete".equals(item.getStatus())) {
            layers.computeIfPresent(item.getId(), (k, v) -> new long[] {v[1] > 0 ? v[1] : v[0], v[1]});
        }
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos && !layers.isEmpty()) {
            lastLine = now;
            long done = 0;
            long total = 0;
            for (long[] v : layers.values()) {
                done += v[0];
                total += v[1];
            }
            log.line("pulling " + image + ": " + Sizes.human(done) + (total > 0 ? " of " + Sizes.human(total) : ""));
        }
    }
}
