package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import java.io.IOException;
import java.util.function.UnaryOperator;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step. Its options are a {@link NixpacksBuildStep}, the one description of the options, whose
 * form its {@code config.jelly} renders inline; what differs is only that Jenkins variables such as
 * {@code $BUILD_NUMBER} are expanded at build time (see {@link FreestyleExpansion}).
 */
public final class NixpacksBuilder extends Builder implements SimpleBuildStep {
    private final NixpacksBuildStep options;

    @DataBoundConstructor
    public NixpacksBuilder(@CheckForNull NixpacksBuildStep options) {
        this.options = options == null ? new NixpacksBuildStep() : options;
    }

    /** The options, as the form (f:property) and Job DSL read them. */
    public NixpacksBuildStep getOptions() {
        return options;
    }

    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        BuildOptions o;
        try {
            o = toOptions(env::expand);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        BuildResult result = NixpacksRunner.run(run, workspace, env, listener, o);
        NixpacksRunAction.record(run, result);
        listener.getLogger()
                .println("Nixpacks: built " + result.image
                        + (result.pushedDigest == null ? "" : ", pushed as " + result.pushedDigest));
    }

    /** The options for one build, with {@code expand} applied as {@link FreestyleExpansion} says. */
    BuildOptions toOptions(UnaryOperator<String> expand) {
        return FreestyleExpansion.apply(options.toOptions(), expand);
    }

    @Extension
    @Symbol("nixpacks")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        public DescriptorImpl() {
            super(NixpacksBuilder.class);
        }

        @SuppressWarnings("rawtypes")
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Build a container image with Nixpacks";
        }
    }
}
