package io.jenkins.plugins.nixpacks.jenkins;

import hudson.model.Action;
import hudson.model.Run;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The trend of Nixpacks build time and cache hit rate on the job's page ({@code floatingBox.jelly}); no page or
 * link of its own. Made fresh for each page view from the last successful run, so it holds no state.
 */
public final class NixpacksJobAction implements Action {
    private final Run<?, ?> last;

    NixpacksJobAction(Run<?, ?> last) {
        this.last = last;
    }

    /** The trend's points, walking back from the run that made this action. */
    public List<NixpacksTrend.Point> getPoints() {
        return NixpacksTrend.newest(() -> points(last));
    }

    public String getTrendJson() {
        return NixpacksTrend.json(getPoints());
    }

    /** Runs with a Nixpacks page, newest first; walking back stops at the first run without builds' records. */
    private static Iterator<NixpacksTrend.Point> points(Run<?, ?> start) {
        return new Iterator<>() {
            private Run<?, ?> next = advance(start);

            private Run<?, ?> advance(Run<?, ?> from) {
                Run<?, ?> r = from;
                int skipped = 0;
                // Runs that failed before the step, or did not reach it, are skipped; a long gap ends the trend.
                while (r != null && r.getAction(NixpacksRunAction.class) == null && skipped++ < NixpacksTrend.RUNS) {
                    r = r.getPreviousBuild();
                }
                return r == null || r.getAction(NixpacksRunAction.class) == null ? null : r;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public NixpacksTrend.Point next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Run<?, ?> r = next;
                next = advance(r.getPreviousBuild());
                return r.getAction(NixpacksRunAction.class).point(r.getNumber());
            }
        };
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Nixpacks trend";
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
