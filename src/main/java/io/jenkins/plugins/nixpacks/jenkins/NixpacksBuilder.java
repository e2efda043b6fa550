package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step: the same options as {@code nixpacksBuild}, with lists and maps as text (items separated
 * by commas or line breaks, {@code KEY=VALUE} lines), and Jenkins variables such as {@code $BUILD_NUMBER} expanded
 * at build time. Commands and plan variables are not expanded: the container's shell and the Dockerfile read their
 * {@code $}.
 */
public final class NixpacksBuilder extends Builder implements SimpleBuildStep {
    private String path = ".";
    private String configFile;
    private String dockerfile;
    private boolean ignoreDockerfile;
    private String providers;
    private String buildImage;
    private String runImage;
    private String installCmd;
    private String buildCmd;
    private String startCmd;
    private String aptPkgs;
    private String variables;
    private String planFile;
    private String image;
    private boolean push;
    private String buildArgs;
    private String labels;
    private String networkMode;
    private boolean noCache;
    private String layerCacheFrom;
    private String cacheImage;
    private String cacheFrom;
    /** Null: automatic (saves, except in a pull-request build). */
    private Boolean saveCache;

    private String cacheDirectories;
    private boolean strictCache;
    private String registryUrl;
    private String registryCredentialsId;

    @DataBoundConstructor
    public NixpacksBuilder() {}

    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        BuildOptions options;
        try {
            options = toOptions(env::expand);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        BuildResult result = NixpacksRunner.run(run, workspace, env, listener, options);
        listener.getLogger()
                .println("Nixpacks: built " + result.image
                        + (result.pushedDigest == null ? "" : ", pushed as " + result.pushedDigest));
    }

    /**
     * The options for one build, with {@code expand} applied to every value except the commands, the plan
     * variables and the credentials id (which the Credentials plugin expands itself).
     *
     * @throws IllegalArgumentException for a {@code KEY=VALUE} line without a key, naming the option
     */
    BuildOptions toOptions(UnaryOperator<String> expand) {
        UnaryOperator<String> x = v -> v == null ? null : OptionText.trimToNull(expand.apply(v));
        BuildOptions o = new BuildOptions();
        o.path = x.apply(path);
        o.configFile = x.apply(configFile);
        o.dockerfile = x.apply(dockerfile);
        o.ignoreDockerfile = ignoreDockerfile;
        o.providers = expandAll(OptionText.items(providers), x);
        o.buildImage = x.apply(buildImage);
        o.runImage = x.apply(runImage);
        o.installCmd = installCmd;
        o.buildCmd = buildCmd;
        o.startCmd = startCmd;
        o.aptPkgs = expandAll(OptionText.items(aptPkgs), x);
        o.variables = OptionText.pairs(variables, "variables");
        o.planFile = x.apply(planFile);
        o.image = x.apply(image);
        o.push = push;
        o.buildArgs = expandValues(OptionText.pairs(buildArgs, "buildArgs"), expand);
        o.labels = expandValues(OptionText.pairs(labels, "labels"), expand);
        o.networkMode = x.apply(networkMode);
        o.noCache = noCache;
        o.layerCacheFrom = expandAll(OptionText.items(layerCacheFrom), x);
        o.cacheImage = x.apply(cacheImage);
        o.cacheFrom = expandAll(OptionText.items(cacheFrom), x);
        o.saveCache = saveCache;
        o.cacheDirectories = expandAll(OptionText.items(cacheDirectories), x);
        o.strictCache = strictCache;
        o.registryUrl = x.apply(registryUrl);
        o.registryCredentialsId = registryCredentialsId;
        if (o.path == null) {
            o.path = ".";
        }
        return o;
    }

    private static List<String> expandAll(List<String> items, UnaryOperator<String> expand) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String v = expand.apply(item);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** Values are expanded but not trimmed: their spaces may matter. */
    private static Map<String, String> expandValues(Map<String, String> pairs, UnaryOperator<String> expand) {
        Map<String, String> out = new LinkedHashMap<>();
        pairs.forEach((k, v) -> {
            String e = v.isBlank() ? v : expand.apply(v);
            out.put(k, e == null ? "" : e);
        });
        return out;
    }

    public String getPath() {
        return path;
    }

    @DataBoundSetter
    public void setPath(String path) {
        String p = OptionText.trimToNull(path);
        this.path = p == null ? "." : p;
    }

    public String getConfigFile() {
        return configFile;
    }

    @DataBoundSetter
    public void setConfigFile(String configFile) {
        this.configFile = OptionText.trimToNull(configFile);
    }

    public String getDockerfile() {
        return dockerfile;
    }

    @DataBoundSetter
    public void setDockerfile(String dockerfile) {
        this.dockerfile = OptionText.trimToNull(dockerfile);
    }

    public boolean isIgnoreDockerfile() {
        return ignoreDockerfile;
    }

    @DataBoundSetter
    public void setIgnoreDockerfile(boolean ignoreDockerfile) {
        this.ignoreDockerfile = ignoreDockerfile;
    }

    /** Items separated by commas or line breaks. */
    public String getProviders() {
        return providers;
    }

    @DataBoundSetter
    public void setProviders(String providers) {
        this.providers = providers == null || providers.isBlank() ? null : providers;
    }

    public String getBuildImage() {
        return buildImage;
    }

    @DataBoundSetter
    public void setBuildImage(String buildImage) {
        this.buildImage = OptionText.trimToNull(buildImage);
    }

    public String getRunImage() {
        return runImage;
    }

    @DataBoundSetter
    public void setRunImage(String runImage) {
        this.runImage = OptionText.trimToNull(runImage);
    }

    public String getInstallCmd() {
        return installCmd;
    }

    @DataBoundSetter
    public void setInstallCmd(String installCmd) {
        this.installCmd = OptionText.trimToNull(installCmd);
    }

    public String getBuildCmd() {
        return buildCmd;
    }

    @DataBoundSetter
    public void setBuildCmd(String buildCmd) {
        this.buildCmd = OptionText.trimToNull(buildCmd);
    }

    public String getStartCmd() {
        return startCmd;
    }

    @DataBoundSetter
    public void setStartCmd(String startCmd) {
        this.startCmd = OptionText.trimToNull(startCmd);
    }

    /** Items separated by commas or line breaks. */
    public String getAptPkgs() {
        return aptPkgs;
    }

    @DataBoundSetter
    public void setAptPkgs(String aptPkgs) {
        this.aptPkgs = aptPkgs == null || aptPkgs.isBlank() ? null : aptPkgs;
    }

    /** KEY=VALUE lines. */
    public String getVariables() {
        return variables;
    }

    @DataBoundSetter
    public void setVariables(String variables) {
        this.variables = variables == null || variables.isBlank() ? null : variables;
    }

    public String getPlanFile() {
        return planFile;
    }

    @DataBoundSetter
    public void setPlanFile(String planFile) {
        this.planFile = OptionText.trimToNull(planFile);
    }

    public String getImage() {
        return image;
    }

    @DataBoundSetter
    public void setImage(String image) {
        this.image = OptionText.trimToNull(image);
    }

    public boolean isPush() {
        return push;
    }

    @DataBoundSetter
    public void setPush(boolean push) {
        this.push = push;
    }

    /** KEY=VALUE lines. */
    public String getBuildArgs() {
        return buildArgs;
    }

    @DataBoundSetter
    public void setBuildArgs(String buildArgs) {
        this.buildArgs = buildArgs == null || buildArgs.isBlank() ? null : buildArgs;
    }

    /** KEY=VALUE lines. */
    public String getLabels() {
        return labels;
    }

    @DataBoundSetter
    public void setLabels(String labels) {
        this.labels = labels == null || labels.isBlank() ? null : labels;
    }

    public String getNetworkMode() {
        return networkMode;
    }

    @DataBoundSetter
    public void setNetworkMode(String networkMode) {
        this.networkMode = OptionText.trimToNull(networkMode);
    }

    public boolean isNoCache() {
        return noCache;
    }

    @DataBoundSetter
    public void setNoCache(boolean noCache) {
        this.noCache = noCache;
    }

    /** Items separated by commas or line breaks. */
    public String getLayerCacheFrom() {
        return layerCacheFrom;
    }

    @DataBoundSetter
    public void setLayerCacheFrom(String layerCacheFrom) {
        this.layerCacheFrom = layerCacheFrom == null || layerCacheFrom.isBlank() ? null : layerCacheFrom;
    }

    public String getCacheImage() {
        return cacheImage;
    }

    @DataBoundSetter
    public void setCacheImage(String cacheImage) {
        this.cacheImage = OptionText.trimToNull(cacheImage);
    }

    /** Items separated by commas or line breaks. */
    public String getCacheFrom() {
        return cacheFrom;
    }

    @DataBoundSetter
    public void setCacheFrom(String cacheFrom) {
        this.cacheFrom = cacheFrom == null || cacheFrom.isBlank() ? null : cacheFrom;
    }

    public Boolean getSaveCache() {
        return saveCache;
    }

    @DataBoundSetter
    public void setSaveCache(Boolean saveCache) {
        this.saveCache = saveCache;
    }

    /** Items separated by commas or line breaks. */
    public String getCacheDirectories() {
        return cacheDirectories;
    }

    @DataBoundSetter
    public void setCacheDirectories(String cacheDirectories) {
        this.cacheDirectories =
                cacheDirectories == null || cacheDirectories.isBlank() ? null : cacheDirectories.strip();
    }

    public boolean isStrictCache() {
        return strictCache;
    }

    @DataBoundSetter
    public void setStrictCache(boolean strictCache) {
        this.strictCache = strictCache;
    }

    public String getRegistryUrl() {
        return registryUrl;
    }

    @DataBoundSetter
    public void setRegistryUrl(String registryUrl) {
        this.registryUrl = OptionText.trimToNull(registryUrl);
    }

    public String getRegistryCredentialsId() {
        return registryCredentialsId;
    }

    @DataBoundSetter
    public void setRegistryCredentialsId(String registryCredentialsId) {
        this.registryCredentialsId = OptionText.trimToNull(registryCredentialsId);
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
}
