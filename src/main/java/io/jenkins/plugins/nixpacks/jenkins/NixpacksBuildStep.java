package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code nixpacksBuild image: 'registry.example.com/team/app:42', cacheImage: '...-cache:main'}: builds the
 * workspace's source into an image on the agent's Docker engine, with the incremental cache, and returns what it
 * did as a map (see {@code BuildResult.toMap()}). Every option is named and optional here; a missing image is
 * reported when the step runs. Lists and maps are Groovy lists and maps.
 */
public final class NixpacksBuildStep extends Step {
    /** The list and map options, which the Snippet Generator's form writes as text (see {@link #setText}). */
    static final List<String> TEXT_OPTIONS = List.of(
            "providers",
            "aptPkgs",
            "cacheFrom",
            "cacheDirectories",
            "layerCacheFrom",
            "variables",
            "buildArgs",
            "labels");

    private final BuildOptions o = new BuildOptions();

    @DataBoundConstructor
    public NixpacksBuildStep() {}

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, toOptions());
    }

    /** A copy of the options, for one run of the step. */
    BuildOptions toOptions() {
        return copy(o);
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

    public Map<String, String> getVariables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(o.variables));
    }

    @DataBoundSetter
    public void setVariables(Map<String, String> variables) {
        o.variables = OptionText.cleanMap(variables, "variables");
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

    public Map<String, String> getBuildArgs() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(o.buildArgs));
    }

    @DataBoundSetter
    public void setBuildArgs(Map<String, String> buildArgs) {
        o.buildArgs = OptionText.cleanMap(buildArgs, "buildArgs");
    }

    public Map<String, String> getLabels() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(o.labels));
    }

    @DataBoundSetter
    public void setLabels(Map<String, String> labels) {
        o.labels = OptionText.cleanMap(labels, "labels");
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

    /** Null: automatic (saves, except in a pull-request build); see {@link BuildOptions#resolvedSave()}. */
    public Boolean getSaveCache() {
        return o.saveCache;
    }

    @DataBoundSetter
    public void setSaveCache(Boolean saveCache) {
        o.saveCache = saveCache;
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
            return NixpacksRunner.run(
                            c.get(Run.class),
                            c.get(FilePath.class),
                            c.get(EnvVars.class),
                            c.get(TaskListener.class),
                            options)
                    .toMap();
        }
    }

    @Extension
    @Symbol("nixpacksBuild")
    public static final class DescriptorImpl extends StepDescriptor {
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
         * The Snippet Generator's form: lists and maps arrive as text, which data binding cannot turn into a List or
         * a Map, so they are taken out and parsed here; the rest binds as usual.
         */
        @Override
        public Step newInstance(@CheckForNull StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String name : TEXT_OPTIONS) {
                texts.put(name, formData.optString(name));
                formData.remove(name);
            }
            NixpacksBuildStep step = (NixpacksBuildStep) super.newInstance(req, formData);
            for (Map.Entry<String, String> t : texts.entrySet()) {
                try {
                    step.setText(t.getKey(), t.getValue());
                } catch (IllegalArgumentException e) {
                    throw new FormException(e.getMessage(), t.getKey());
                }
            }
            return step;
        }

        /** The form's text of a list or map value, for config.jelly. */
        public String text(Object value) {
            if (value instanceof Map<?, ?> m) {
                return OptionText.lines(OptionText.cleanMap(m, "value"));
            }
            if (value instanceof Collection<?> c) {
                return OptionText.lines(OptionText.cleanList(c));
            }
            return "";
        }

        // Syntax checks of one field each: they read nothing but the value, so they need no permission.

        @POST
        public FormValidation doCheckImage(@QueryParameter String value) {
            return Forms.validation(FieldCheck.image(value, "Image", true));
        }

        @POST
        public FormValidation doCheckCacheImage(@QueryParameter String value) {
            return Forms.validation(FieldCheck.image(value, "Cache image", false));
        }

        @POST
        public FormValidation doCheckCacheFrom(@QueryParameter String value) {
            return Forms.validation(FieldCheck.images(value, "Cache fallbacks"));
        }

        @POST
        public FormValidation doCheckLayerCacheFrom(@QueryParameter String value) {
            return Forms.validation(FieldCheck.images(value, "Layer cache images"));
        }

        @POST
        public FormValidation doCheckBuildImage(@QueryParameter String value) {
            return Forms.validation(FieldCheck.image(value, "Build image", false));
        }

        @POST
        public FormValidation doCheckRunImage(@QueryParameter String value) {
            return Forms.validation(FieldCheck.image(value, "Run image", false));
        }

        @POST
        public FormValidation doCheckPath(@QueryParameter String value) {
            return Forms.validation(FieldCheck.relativePath(value, "Source folder"));
        }

        @POST
        public FormValidation doCheckConfigFile(@QueryParameter String value) {
            return Forms.validation(FieldCheck.relativePath(value, "Config file"));
        }

        @POST
        public FormValidation doCheckDockerfile(@QueryParameter String value) {
            return Forms.validation(FieldCheck.relativePath(value, "Dockerfile"));
        }

        @POST
        public FormValidation doCheckPlanFile(@QueryParameter String value) {
            return Forms.validation(FieldCheck.relativePath(value, "Plan file"));
        }

        @POST
        public FormValidation doCheckCacheDirectories(@QueryParameter String value) {
            return Forms.validation(FieldCheck.cacheDirectories(value));
        }

        @POST
        public FormValidation doCheckVariables(@QueryParameter String value) {
            return Forms.validation(FieldCheck.pairs(value, "Variables"));
        }

        @POST
        public FormValidation doCheckBuildArgs(@QueryParameter String value) {
            return Forms.validation(FieldCheck.pairs(value, "Build arguments"));
        }

        @POST
        public FormValidation doCheckLabels(@QueryParameter String value) {
            return Forms.validation(FieldCheck.pairs(value, "Labels"));
        }

        @POST
        public FormValidation doCheckNetworkMode(@QueryParameter String value) {
            return Forms.validation(FieldCheck.networkMode(value));
        }

        @POST
        public FormValidation doCheckRegistryUrl(@QueryParameter String value) {
            return Forms.validation(FieldCheck.registryUrl(value));
        }

        @POST
        public ListBoxModel doFillRegistryCredentialsIdItems(
                @AncestorInPath Item item,
                @QueryParameter String registryUrl,
                @QueryParameter String registryCredentialsId) {
            return Forms.registryCredentials(item, registryUrl, registryCredentialsId);
        }
    }

    /**
     * Sets a list or map option from its form text: items separated by commas or line breaks, or KEY=VALUE lines.
     *
     * @throws IllegalArgumentException for a map line without a key, naming the option
     */
    void setText(String name, String text) {
        switch (name) {
            case "providers" -> setProviders(OptionText.items(text));
            case "aptPkgs" -> setAptPkgs(OptionText.items(text));
            case "cacheFrom" -> setCacheFrom(OptionText.items(text));
            case "cacheDirectories" -> setCacheDirectories(OptionText.items(text));
            case "layerCacheFrom" -> setLayerCacheFrom(OptionText.items(text));
            case "variables" -> setVariables(OptionText.pairs(text, name));
            case "buildArgs" -> setBuildArgs(OptionText.pairs(text, name));
            case "labels" -> setLabels(OptionText.pairs(text, name));
            default -> throw new IllegalArgumentException(name + " is not a list or map option");
        }
    }
}
