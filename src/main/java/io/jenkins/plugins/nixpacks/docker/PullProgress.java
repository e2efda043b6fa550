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
        String id = item.getId();
        Long current = p == null ? null : p.getCurrent();
        Long total = p == null ? null : p.getTotal();
        if (id != null && "Downloading".equals(item.getStatus()) && current != null) {
            layers.put(id, new long[] {current, total != null ? total : 0});
        } else if (id != null && "Download complete".equals(item.getStatus())) {
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
            log.line("pulling " + image + ": " + Sizes.human(done) + (all > 0 ? " of " + Sizes.human(all) : ""));
        }
    }
}
