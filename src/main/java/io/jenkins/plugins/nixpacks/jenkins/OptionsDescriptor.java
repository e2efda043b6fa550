package io.jenkins.plugins.nixpacks.jenkins;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form side of the options: the checks and fills of {@code NixpacksBuildStep/config.jelly}, which the Snippet
 * Generator and the freestyle builder both render, so they exist once. Stapler finds these public methods on the
 * step's descriptor through inheritance ({@code Descriptor.getCheckMethod} and its web methods look at the
 * descriptor's class and its superclasses); public, because Stapler calls them by reflection from its own package.
 */
public abstract class OptionsDescriptor extends StepDescriptor {
    /** The form's text of a list option, for config.jelly: one item per line. */
    public String text(Object value) {
        if (value instanceof Collection<?> c) {
            return OptionText.lines(OptionText.cleanList(c));
        }
        return "";
    }

    /** The choices of the tri-state saveCache: label and form value ("" is automatic, null). */
    static final List<Map.Entry<String, String>> SAVE_CACHE_CHOICES = List.of(
            Map.entry("Automatic: save, except for untrusted pull requests", ""),
            Map.entry("Save", "true"),
            Map.entry("Restore only", "false"));

    @POST
    public ListBoxModel doFillSaveCacheItems() {
        ListBoxModel m = new ListBoxModel();
        SAVE_CACHE_CHOICES.forEach(c -> m.add(c.getKey(), c.getValue()));
        return m;
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
