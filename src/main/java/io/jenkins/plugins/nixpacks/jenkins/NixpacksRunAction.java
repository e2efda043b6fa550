package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;

/**
 * The "Nixpacks" page of a run: what each Nixpacks build of the run did (several, in parallel branches). Stored in
 * the run's build.xml with its records; the run itself is not stored, {@link #onLoad} gives it back. As a
 * {@link SimpleBuildStep.LastBuildAction} it puts the build-time trend on the job's page (core shows the project
 * actions of the last successful build), for Pipeline jobs as for freestyle ones.
 */
public final class NixpacksRunAction implements RunAction2, SimpleBuildStep.LastBuildAction {
    /** Steps of one run in parallel branches add to one action: looking it up and adding it happen together. */
    private static final Object LOCK = new Object();

    private final List<NixpacksRecord> builds = new ArrayList<>();
    private transient Run<?, ?> run;

    /** Adds what a build did to its run's page, making the page on the run's first build. */
    static void record(Run<?, ?> run, BuildResult result) {
        NixpacksRecord record = NixpacksRecord.of(result);
        synchronized (LOCK) {
            NixpacksRunAction action = run.getAction(NixpacksRunAction.class);
            if (action == null) {
                action = new NixpacksRunAction();
                action.add(record);
                run.addAction(action);
            } else {
                action.add(record);
            }
        }
    }

    void add(NixpacksRecord record) {
        synchronized (builds) {
            builds.add(record);
        }
    }

    public List<NixpacksRecord> getBuilds() {
        synchronized (builds) {
            return List.copyOf(builds);
        }
    }

    /** This run's point of the trend: Nixpacks time and cache hits, summed over its builds. */
    NixpacksTrend.Point point(int number) {
        long millis = 0;
        int hits = 0;
        int dirs = 0;
        for (NixpacksRecord r : getBuilds()) {
            millis += r.getTotalMillis();
            hits += r.getHits();
            dirs += r.getDirectoryCount();
        }
        return new NixpacksTrend.Point(number, millis, hits, dirs);
    }

    public @CheckForNull Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public Collection<? extends Action> getProjectActions() {
        return run == null ? List.of() : List.of(new NixpacksJobAction(run));
    }

    @Override
    public String getIconFileName() {
        return "symbol-cube";
    }

    @Override
    public String getDisplayName() {
        return "Nixpacks";
    }

    @Override
    public String getUrlName() {
        return "nixpacks";
    }
}
