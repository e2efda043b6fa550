package io.jenkins.plugins.nixpacks.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.nixpacks.build.BuildException;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import io.jenkins.plugins.nixpacks.build.HttpUploadChannel;
import io.jenkins.plugins.nixpacks.build.NixpacksBuild;
import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jenkins.MasterToSlaveFileCallable;
import jenkins.model.Jenkins;

/**
 * One Nixpacks build for the step and the builder. The controller resolves credentials and holds the upload
 * session; the agent plans and builds, in two file callables:
 *
 * <ol>
 *   <li>on the agent: the cache directories the build will save ({@link NixpacksBuild#cacheLayerPaths});
 *   <li>on the controller: an upload session for them, with tokens signed with the controller's key, which reach
 *       the agent inside the callable ({@link HttpUploadChannel});
 *   <li>on the agent: the build itself ({@link NixpacksBuild#run}); after it, the agent reads the cache directories
 *       from the build stage, sends the new layers to the controller's endpoint for checking, and pushes them;
 *   <li>on the controller, always: the session is closed.
 * </ol>
 *
 * <p>Stopping the build interrupts the step's thread, and remoting forwards that interrupt to the thread running
 * the callable on the agent. The core lets the {@link InterruptedException} out of whatever it waits for (the
 * engine, the registry, the receiver) and its finally blocks remove the save's container, the stage tag and the temp
 * folder; the finally here then closes the session, so a late request is refused.
 */
final class NixpacksRunner {
    /**
     * How long an upload token is valid. It must outlast the Docker build (the upload happens at its end); the
     * session, which ends with the step, is the tighter bound. Minutes, system property.
     */
    static final Duration TOKEN_VALIDITY =
            Duration.ofMinutes(Long.getLong(NixpacksRunner.class.getName() + ".uploadTokenMinutes", 240));

    private NixpacksRunner() {}

    static BuildResult run(
            Run<?, ?> run, FilePath workspace, EnvVars env, TaskListener listener, BuildOptions requested)
            throws IOException, InterruptedException {
        NixpacksGlobalConfiguration config = NixpacksGlobalConfiguration.get();
        BuildOptions options =
                prepare(requested, config.getDefaultRegistryUrl(), config.getDefaultRegistryCredentialsId(), env);
        RegistryCredentials credentials = credentials(run, options);
        SecretMasker masker = new SecretMasker(credentials == null ? List.of() : List.of(credentials.password()));
        TreeMap<String, String> environment = new TreeMap<>(env);
        String runId = run.getExternalizableId();
        String network = config.getDefaultNetworkMode();
        PrintStream log = listener.getLogger();

        List<String> layerPaths = workspace.act(new PlanCacheDirectories(environment, options, network, runId));
        CacheReceiver receiver = null;
        CacheReceiver.Session session = null;
        UploadChannel uploads = null;
        try {
            if (!layerPaths.isEmpty()) {
                String base =
                        receiverBase(config.getReceiverUrl(), Jenkins.get().getRootUrl());
                if (base == null) {
                    cacheFault(
                            options,
                            log,
                            "neither the Jenkins URL nor the receiver URL of the Nixpacks settings is configured, so"
                                    + " the agent cannot send the cache to the controller. Set the Jenkins URL (Manage"
                                    + " Jenkins » System)");
                } else {
                    try {
                        receiver = NixpacksCacheAction.receiver();
                        session = receiver.open(runId, layerPaths, TOKEN_VALIDITY);
                    } catch (IOException | RuntimeException e) {
                        cacheFault(options, log, "could not open an upload session on the controller: " + e);
                    }
                }
                if (session != null) {
                    masker = masker.with(session.tokens());
                    uploads = new HttpUploadChannel(layerPaths, base + CacheReceiver.URL_NAME + "/", session.tokens());
                    log.println("cache: the agent sends new cache layers of " + layerPaths.size() + " director"
                            + (layerPaths.size() == 1 ? "y" : "ies") + " to " + base + CacheReceiver.URL_NAME + "/");
                }
            }
            return workspace.act(new RunBuild(
                    environment,
                    options,
                    credentials,
                    runId,
                    uploads,
                    network,
                    new ListenerBuildLog(listener, masker),
                    masker));
        } finally {
            if (session != null) {
                receiver.close(session.id());
            }
        }
    }

    /** A cache fault before the build: fails it under strictCache, else the build restores but does not save. */
    private static void cacheFault(BuildOptions options, PrintStream log, String message) throws AbortException {
        if (options.strictCache) {
            throw new AbortException("cache fault (strictCache is on): " + message);
        }
        log.println("WARNING: cache: " + message + "; this build restores the cache but does not save it");
    }

    /**
     * The options this build runs with: the step's, with the global registry defaults and the trust decision of the
     * build's environment ({@code CHANGE_ID}: a pull-request build restores only unless saveCache is set).
     */
    static BuildOptions prepare(
            BuildOptions requested,
            @CheckForNull String defaultUrl,
            @CheckForNull String defaultCredentialsId,
            Map<String, String> env) {
        BuildOptions o = withRegistryDefaults(requested, defaultUrl, defaultCredentialsId);
        o.decideTrust(env, false);
        return o;
    }

    /**
     * The step's options with the global registry defaults: both default URL and default credentials when the step
     * names neither, so the default registry's password is never sent to a registry the step chose.
     */
    static BuildOptions withRegistryDefaults(
            BuildOptions requested, @CheckForNull String defaultUrl, @CheckForNull String defaultCredentialsId) {
        BuildOptions o = NixpacksBuildStep.copy(requested);
        if (OptionText.trimToNull(o.registryUrl) == null && OptionText.trimToNull(o.registryCredentialsId) == null) {
            o.registryUrl = OptionText.trimToNull(defaultUrl);
            o.registryCredentialsId = OptionText.trimToNull(defaultCredentialsId);
        }
        return o;
    }

    /** The base URL build containers reach the controller at, with a trailing slash; null when none is known. */
    static @CheckForNull String receiverBase(@CheckForNull String receiverUrl, @CheckForNull String rootUrl) {
        String base = OptionText.trimToNull(receiverUrl);
        if (base == null) {
            base = OptionText.trimToNull(rootUrl);
        }
        if (base == null) {
            return null;
        }
        return base.endsWith("/") ? base : base + "/";
    }

    /** The username and password behind {@code registryCredentialsId}, tracked as used by this run. */
    private static @CheckForNull RegistryCredentials credentials(Run<?, ?> run, BuildOptions o) throws AbortException {
        String id = OptionText.trimToNull(o.registryCredentialsId);
        if (id == null) {
            return null;
        }
        StandardUsernamePasswordCredentials c = CredentialsProvider.findCredentialById(
                id,
                StandardUsernamePasswordCredentials.class,
                run,
                URIRequirementBuilder.fromUri(o.registryUrl).build());
        if (c == null) {
            throw new AbortException("Registry credentials '" + id + "' were not found: "
                    + run.getParent().getFullName()
                    + " can see no 'Username with password' credentials with this id. Add them (Manage Jenkins »"
                    + " Credentials, or the folder's credentials) or correct registryCredentialsId.");
        }
        CredentialsProvider.track(run, c);
        return RegistryCredentials.of(c.getUsername(), c.getPassword().getPlainText());
    }

    /** On an agent, a proxy whose calls run here on the controller; on the built-in node, the source itself. */
    private static String dockerHost(Map<String, String> env) {
        return OptionText.trimToNull(env.get("DOCKER_HOST"));
    }

    /** Callable 1: plans on the agent and returns the cache directories as layer paths. */
    static final class PlanCacheDirectories extends MasterToSlaveFileCallable<ArrayList<String>> {
        private static final long serialVersionUID = 1L;

        private final TreeMap<String, String> env;
        private final BuildOptions options;
        private final String networkMode;
        private final String buildId;

        PlanCacheDirectories(TreeMap<String, String> env, BuildOptions options, String networkMode, String buildId) {
            this.env = env;
            this.options = options;
            this.networkMode = networkMode;
            this.buildId = buildId;
        }

        @Override
        public ArrayList<String> invoke(File workspace, VirtualChannel channel) throws IOException {
            NixpacksBuild.Request request = new NixpacksBuild.Request(
                    workspace.toPath(), env, options, null, dockerHost(env), buildId, null, networkMode);
            try {
                return new ArrayList<>(NixpacksBuild.cacheLayerPaths(request));
            } catch (BuildException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }

    /** Callable 2: the build on the agent's Docker engine. */
    static final class RunBuild extends MasterToSlaveFileCallable<BuildResult> {
        private static final long serialVersionUID = 1L;

        private final TreeMap<String, String> env;
        private final BuildOptions options;
        private final RegistryCredentials credentials;
        private final String buildId;
        private final UploadChannel uploads;
        private final String networkMode;
        private final ListenerBuildLog log;
        private final SecretMasker masker;

        RunBuild(
                TreeMap<String, String> env,
                BuildOptions options,
                RegistryCredentials credentials,
                String buildId,
                UploadChannel uploads,
                String networkMode,
                ListenerBuildLog log,
                SecretMasker masker) {
            this.env = env;
            this.options = options;
            this.credentials = credentials;
            this.buildId = buildId;
            this.uploads = uploads;
            this.networkMode = networkMode;
            this.log = log;
            this.masker = masker;
        }

        @Override
        public BuildResult invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
            NixpacksBuild.Request request = new NixpacksBuild.Request(
                    workspace.toPath(), env, options, credentials, dockerHost(env), buildId, uploads, networkMode);
            try {
                return NixpacksBuild.run(request, log);
            } catch (BuildException e) {
                // The user's mistake or the build's failure: the message is the whole story, Jenkins prints no trace.
                throw new AbortException(masker.mask(e.getMessage()));
            }
        }
    }
}
