package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.structs.describable.CustomDescribableModel;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * {@code nixpacksBuild image: 'registry.example.com/team/app:42', cacheImage: '...-cache:main'}: builds the
 * workspace's source into an image on the agent's Docker engine, with the incremental cache, and returns what it
 * did as a map (see {@code BuildResult.toMap()}). Every option is named and optional here; a missing image is
 * reported when the step runs.
 *
 * <p><b>The one description of the options.</b> The freestyle {@link NixpacksBuilder} holds one of these as its
 * {@code options} and renders this class's form ({@code config.jelly}, help, checks) inline, so an option is added
 * here only: a {@link BuildOptions} field, a getter and a {@code @DataBoundSetter} below, an entry in
 * {@code NixpacksBuildStep/config.jelly} and its {@code help-<name>.html}. Stapler and structs find setters on the
 * describable's own class hierarchy only, and a Step and a Builder share no superclass, which is why the builder
 * holds the options instead of both extending them.
 *
 * <p>Lists are Groovy lists; the map options ({@code variables}, {@code buildArgs}, {@code labels}) are lists of
 * {@code KEY=value} strings as in {@code withEnv}, because structs cannot describe a {@code Map}. A Groovy map is
 * still accepted for them: {@link DescriptorImpl#customInstantiate} turns it into that list before binding.
 */
public final class NixpacksBuildStep extends Step {
    private final BuildOptions o = new BuildOptions();

    /**
     * Whether to save the cache; null is automatic. Kept here, not in {@link BuildOptions}, until the core's
     * option is tri-state too (see {@link #toOptions}).
     */
    private Boolean saveCache;

    @DataBoundConstructor
    public NixpacksBuildStep() {}

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, toOptions());
    }

    /** A copy of the options, for one run of the step. */
    BuildOptions toOptions() {
        BuildOptions copy = copy(o);
        // Unset stays unset: the core decides from the build's trust (BuildOptions.resolvedSave).
        copy.saveCache = saveCache;
        return copy;
    }

    // --- source and plan ---

    public String getPath() {
        return o.path;
    }

    /** Source folder relative to the workspace; blank means the workspace itself. */
    @DataBoundSetter
    public void setPath(String path) {
        String p = OptionText.trimToNull(path);
        o.path = p == null ? "." : p;
    }

    public String getConfigFile() {
        return o.configFile;
    }

    @DataBoundSetter
    public void setConfigFile(String configFile) {
        o.configFile = OptionText.trimToNull(configFile);
    }

    public String getDockerfile() {
        return o.dockerfile;
    }

    @DataBoundSetter
    public void setDockerfile(String dockerfile) {
        o.dockerfile = OptionText.trimToNull(dockerfile);
    }

    public boolean isIgnoreDockerfile() {
        return o.ignoreDockerfile;
    }

    @DataBoundSetter
    public void setIgnoreDockerfile(boolean ignoreDockerfile) {
        o.ignoreDockerfile = ignoreDockerfile;
    }

    public boolean isNoErrorWithoutStart() {
        return o.noErrorWithoutStart;
    }

    @DataBoundSetter
    public void setNoErrorWithoutStart(boolean noErrorWithoutStart) {
        o.noErrorWithoutStart = noErrorWithoutStart;
    }

    public List<String> getProviders() {
        return List.copyOf(o.providers);
    }

    @DataBoundSetter
    public void setProviders(List<String> providers) {
        o.providers = OptionText.cleanList(providers);
    }

    public String getBuildImage() {
        return o.buildImage;
    }

    @DataBoundSetter
    public void setBuildImage(String buildImage) {
        o.buildImage = OptionText.trimToNull(buildImage);
    }

    public String getRunImage() {
        return o.runImage;
    }

    @DataBoundSetter
    public void setRunImage(String runImage) {
        o.runImage = OptionText.trimToNull(runImage);
    }

    public String getInstallCmd() {
        return o.installCmd;
    }

    @DataBoundSetter
    public void setInstallCmd(String installCmd) {
        o.installCmd = OptionText.trimToNull(installCmd);
    }

    public String getBuildCmd() {
        return o.buildCmd;
    }

    @DataBoundSetter
    public void setBuildCmd(String buildCmd) {
        o.buildCmd = OptionText.trimToNull(buildCmd);
    }

    public String getStartCmd() {
        return o.startCmd;
    }

    @DataBoundSetter
    public void setStartCmd(String startCmd) {
        o.startCmd = OptionText.trimToNull(startCmd);
    }

    public List<String> getAptPkgs() {
        return List.copyOf(o.aptPkgs);
    }

    @DataBoundSetter
    public void setAptPkgs(List<String> aptPkgs) {
        o.aptPkgs = OptionText.cleanList(aptPkgs);
    }

    /** {@code KEY=value} strings. */
    public List<String> getVariables() {
        return OptionText.pairList(o.variables);
    }

    @DataBoundSetter
    public void setVariables(List<String> variables) {
        o.variables = OptionText.pairsOf(variables, "variables");
    }

    public String getPlanFile() {
        return o.planFile;
    }

    @DataBoundSetter
    public void setPlanFile(String planFile) {
        o.planFile = OptionText.trimToNull(planFile);
    }

    // --- image ---

    public String getImage() {
        return o.image;
    }

    @DataBoundSetter
    public void setImage(String image) {
        o.image = OptionText.trimToNull(image);
    }

    public boolean isPush() {
        return o.push;
    }

    @DataBoundSetter
    public void setPush(boolean push) {
        o.push = push;
    }

    /** {@code KEY=value} strings. */
    public List<String> getBuildArgs() {
        return OptionText.pairList(o.buildArgs);
    }

    @DataBoundSetter
    public void setBuildArgs(List<String> buildArgs) {
        o.buildArgs = OptionText.pairsOf(buildArgs, "buildArgs");
    }

    /** {@code KEY=value} strings. */
    public List<String> getLabels() {
        return OptionText.pairList(o.labels);
    }

    @DataBoundSetter
    public void setLabels(List<String> labels) {
        o.labels = OptionText.pairsOf(labels, "labels");
    }

    public String getNetworkMode() {
        return o.networkMode;
    }

    @DataBoundSetter
    public void setNetworkMode(String networkMode) {
        o.networkMode = OptionText.trimToNull(networkMode);
    }

    public boolean isNoCache() {
        return o.noCache;
    }

    @DataBoundSetter
    public void setNoCache(boolean noCache) {
        o.noCache = noCache;
    }

    public List<String> getLayerCacheFrom() {
        return List.copyOf(o.layerCacheFrom);
    }

    @DataBoundSetter
    public void setLayerCacheFrom(List<String> layerCacheFrom) {
        o.layerCacheFrom = OptionText.cleanList(layerCacheFrom);
    }

    // --- incremental cache ---

    public String getCacheImage() {
        return o.cacheImage;
    }

    @DataBoundSetter
    public void setCacheImage(String cacheImage) {
        o.cacheImage = OptionText.trimToNull(cacheImage);
    }

    public List<String> getCacheFrom() {
        return List.copyOf(o.cacheFrom);
    }

    @DataBoundSetter
    public void setCacheFrom(List<String> cacheFrom) {
        o.cacheFrom = OptionText.cleanList(cacheFrom);
    }

    /** True, false, or null for automatic. */
    public Boolean getSaveCache() {
        return saveCache;
    }

    @DataBoundSetter
    public void setSaveCache(Boolean saveCache) {
        this.saveCache = saveCache;
    }

    public List<String> getCacheDirectories() {
        return List.copyOf(o.cacheDirectories);
    }

    @DataBoundSetter
    public void setCacheDirectories(List<String> cacheDirectories) {
        o.cacheDirectories = OptionText.cleanList(cacheDirectories);
    }

    public boolean isStrictCache() {
        return o.strictCache;
    }

    @DataBoundSetter
    public void setStrictCache(boolean strictCache) {
        o.strictCache = strictCache;
    }

    // --- registry ---

    public String getRegistryUrl() {
        return o.registryUrl;
    }

    @DataBoundSetter
    public void setRegistryUrl(String registryUrl) {
        o.registryUrl = OptionText.trimToNull(registryUrl);
    }

    public String getRegistryCredentialsId() {
        return o.registryCredentialsId;
    }

    @DataBoundSetter
    public void setRegistryCredentialsId(String registryCredentialsId) {
        o.registryCredentialsId = OptionText.trimToNull(registryCredentialsId);
    }

    /** A deep copy: the options are plain serializable data, and a round trip copies every field there will be. */
    static BuildOptions copy(BuildOptions options) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(options);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (BuildOptions) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("BuildOptions could not be copied", e);
        }
    }

    /**
     * Collects the context and hands off to {@link NixpacksRunner}. Synchronous on its own thread: the build blocks
     * the step, and a controller restart ends it (the Docker build on the agent cannot be resumed anyway).
     */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final BuildOptions options;

        Execution(StepContext context, BuildOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext c = getContext();
            Run<?, ?> run = c.get(Run.class);
            BuildResult result = NixpacksRunner.run(
                    run, c.get(FilePath.class), c.get(EnvVars.class), c.get(TaskListener.class), options);
            NixpacksRunAction.record(run, result);
            return result.toMap();
        }
    }

    @Extension
    @Symbol("nixpacksBuild")
    public static final class DescriptorImpl extends OptionsDescriptor implements CustomDescribableModel {
        @Override
        public String getFunctionName() {
            return "nixpacksBuild";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Build a container image with Nixpacks";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            // FilePath: the source is in a workspace, so the step needs node {}; Launcher: an agent to build on.
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, EnvVars.class);
        }

        /**
         * Pipeline: a Groovy map given for a map option ({@code variables: [NODE_ENV: 'production']}) becomes the
         * list of {@code KEY=value} strings the setter takes; everything else passes unchanged. Structs calls this
         * before it coerces the arguments, so the described type stays {@code List<String>}.
         */
        @NonNull
        @Override
        public Map<String, Object> customInstantiate(@NonNull Map<String, Object> arguments) {
            Map<String, Object> out = new LinkedHashMap<>(arguments);
            for (String name : StepOptions.mapOptions()) {
                if (out.get(name) instanceof Map<?, ?> m) {
                    out.put(name, OptionText.pairList(OptionText.cleanMap(m, name)));
                }
            }
            return out;
        }

        /**
         * The forms (the Snippet Generator's and the freestyle builder's, which renders this one inline): lists
         * arrive as text, which data binding cannot turn into a List, and saveCache as "", "true" or "false"; they
         * are taken out and parsed here, the rest binds as usual.
         */
        @Override
        public Step newInstance(@CheckForNull StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String name : StepOptions.listOptions()) {
                texts.put(name, formData.optString(name));
                formData.remove(name);
            }
            String save = formData.optString("saveCache");
            formData.remove("saveCache");
            NixpacksBuildStep step = (NixpacksBuildStep) super.newInstance(req, formData);
            for (Map.Entry<String, String> t : texts.entrySet()) {
                try {
                    step.setText(t.getKey(), t.getValue());
                } catch (IllegalArgumentException e) {
                    throw new FormException(e.getMessage(), t.getKey());
                }
            }
            step.setSaveCache(OptionText.triState(save));
            return step;
        }
    }

    /**
     * Sets a list option from its form text: items separated by commas or line breaks, or for a map option one
     * {@code KEY=VALUE} per line (values may hold commas).
     *
     * @throws IllegalArgumentException for a map line without a key, naming the option, or an unknown option
     */
    void setText(String name, String text) {
        List<String> value = StepOptions.mapOptions().contains(name)
                ? OptionText.pairList(OptionText.pairs(text, name))
                : OptionText.items(text);
        StepOptions.set(this, name, value);
    }
}
