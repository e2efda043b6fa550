package io.jenkins.plugins.nixpacks.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Controller-wide settings of the Nixpacks build: where agents send cache uploads, how much they may send, and the
 * defaults a build takes when its step leaves them out. Configuration as Code: {@code unclassified: nixpacks: ...}.
 */
@Extension
@Symbol("nixpacks")
public final class NixpacksGlobalConfiguration extends GlobalConfiguration {
    private static final long GIB = 1024L * 1024 * 1024;
    static final long DEFAULT_MAX_UPLOAD_BYTES_PER_DIRECTORY = 4 * GIB;
    static final long DEFAULT_MAX_UPLOAD_BYTES_PER_BUILD = 16 * GIB;
    static final long DEFAULT_MAX_UPLOAD_BYTES_TOTAL = 64 * GIB;
    /** Host networking: build commands reach registries as the Docker host does. The cache does not need it. */
    static final String DEFAULT_NETWORK_MODE = "host";

    private String receiverUrl;
    private long maxUploadBytesPerDirectory = DEFAULT_MAX_UPLOAD_BYTES_PER_DIRECTORY;
    private long maxUploadBytesPerBuild = DEFAULT_MAX_UPLOAD_BYTES_PER_BUILD;
    /** A Long so a configuration saved before the setting existed reads as the default. */
    private Long maxUploadBytesTotal;

    private String defaultNetworkMode = DEFAULT_NETWORK_MODE;
    private String defaultRegistryUrl;
    private String defaultRegistryCredentialsId;

    public NixpacksGlobalConfiguration() {
        load();
    }

    public static @NonNull NixpacksGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(NixpacksGlobalConfiguration.class);
    }

    /** Base URL under which agents reach this controller's upload endpoint; null means the Jenkins URL. */
    public @CheckForNull String getReceiverUrl() {
        return receiverUrl;
    }

    @DataBoundSetter
    public void setReceiverUrl(String receiverUrl) {
        this.receiverUrl = SettingsCheck.trimToNull(receiverUrl);
        save();
    }

    public long getMaxUploadBytesPerDirectory() {
        return maxUploadBytesPerDirectory;
    }

    @DataBoundSetter
    public void setMaxUploadBytesPerDirectory(long maxUploadBytesPerDirectory) {
        this.maxUploadBytesPerDirectory = positive(maxUploadBytesPerDirectory, "maxUploadBytesPerDirectory");
        save();
    }

    public long getMaxUploadBytesPerBuild() {
        return maxUploadBytesPerBuild;
    }

    @DataBoundSetter
    public void setMaxUploadBytesPerBuild(long maxUploadBytesPerBuild) {
        this.maxUploadBytesPerBuild = positive(maxUploadBytesPerBuild, "maxUploadBytesPerBuild");
        save();
    }

    /** The cap on cache layers checked for all running builds together. */
    public long getMaxUploadBytesTotal() {
        return maxUploadBytesTotal == null ? DEFAULT_MAX_UPLOAD_BYTES_TOTAL : maxUploadBytesTotal;
    }

    @DataBoundSetter
    public void setMaxUploadBytesTotal(long maxUploadBytesTotal) {
        this.maxUploadBytesTotal = positive(maxUploadBytesTotal, "maxUploadBytesTotal");
        save();
    }

    public @NonNull String getDefaultNetworkMode() {
        return defaultNetworkMode;
    }

    /** Blank restores the default, {@code host}. */
    @DataBoundSetter
    public void setDefaultNetworkMode(String defaultNetworkMode) {
        String v = SettingsCheck.trimToNull(defaultNetworkMode);
        this.defaultNetworkMode = v == null ? DEFAULT_NETWORK_MODE : v;
        save();
    }

    public @CheckForNull String getDefaultRegistryUrl() {
        return defaultRegistryUrl;
    }

    @DataBoundSetter
    public void setDefaultRegistryUrl(String defaultRegistryUrl) {
        this.defaultRegistryUrl = SettingsCheck.trimToNull(defaultRegistryUrl);
        save();
    }

    /** Id of a username/password credential for {@link #getDefaultRegistryUrl()}; null means anonymous access. */
    public @CheckForNull String getDefaultRegistryCredentialsId() {
        return defaultRegistryCredentialsId;
    }

    @DataBoundSetter
    public void setDefaultRegistryCredentialsId(String defaultRegistryCredentialsId) {
        this.defaultRegistryCredentialsId = SettingsCheck.trimToNull(defaultRegistryCredentialsId);
        save();
    }

    @POST
    public FormValidation doCheckReceiverUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return toFormValidation(SettingsCheck.receiverUrl(value));
    }

    @POST
    public FormValidation doCheckMaxUploadBytesPerDirectory(
            @QueryParameter String value, @QueryParameter String maxUploadBytesPerBuild) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return toFormValidation(SettingsCheck.perDirectoryLimit(value, maxUploadBytesPerBuild));
    }

    @POST
    public FormValidation doCheckMaxUploadBytesPerBuild(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return toFormValidation(SettingsCheck.byteLimit(value, "Upload limit per build"));
    }

    @POST
    public FormValidation doCheckDefaultNetworkMode(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return toFormValidation(SettingsCheck.networkMode(value));
    }

    @POST
    public FormValidation doCheckDefaultRegistryUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return toFormValidation(SettingsCheck.registryUrl(value));
    }

    /** Username/password credentials visible at the root, for the default registry; the current value is kept. */
    @POST
    public ListBoxModel doFillDefaultRegistryCredentialsIdItems(
            @QueryParameter String defaultRegistryUrl, @QueryParameter String defaultRegistryCredentialsId) {
        String current = defaultRegistryCredentialsId == null ? "" : defaultRegistryCredentialsId;
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return new StandardListBoxModel().includeCurrentValue(current);
        }
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(
                        ACL.SYSTEM2,
                        (Item) null,
                        StandardUsernamePasswordCredentials.class,
                        URIRequirementBuilder.fromUri(defaultRegistryUrl).build(),
                        CredentialsMatchers.always())
                .includeCurrentValue(current);
    }

    private static long positive(long bytes, String field) {
        if (bytes <= 0) {
            throw new IllegalArgumentException(
                    "Nixpacks setting " + field + " must be greater than 0 bytes, but is " + bytes + ".");
        }
        return bytes;
    }

    private static FormValidation toFormValidation(SettingsCheck.Result result) {
        return switch (result.level()) {
            case OK -> FormValidation.ok();
            case WARNING -> FormValidation.warning(result.message());
            case ERROR -> FormValidation.error(result.message());
        };
    }
}
