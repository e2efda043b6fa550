package io.jenkins.plugins.nixpacks.build;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every option of {@code nixpacksBuild}, the freestyle builder and the runner, as plain data. Serializable because
 * the Jenkins step ships it to the agent inside a file callable. Registry passwords are not here: they travel as
 * {@link io.jenkins.plugins.nixpacks.registry.RegistryCredentials}, which never prints its secret.
 */
public final class BuildOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    // --- source and plan ---
    /** Source folder, relative to the workspace (or the runner's current folder). */
    public String path = ".";
    /** Named config file instead of nixpacks.toml / nixpacks.json. */
    public String configFile;
    /** Dockerfile to build instead of a plan; null means: the project's own Dockerfile if present, else a plan. */
    public String dockerfile;
    /** Ignore the project's Dockerfile and plan Nixpacks-style even if one exists. */
    public boolean ignoreDockerfile;

    public List<String> providers = new ArrayList<>();
    public String buildImage;
    public String runImage;
    public String installCmd;
    public String buildCmd;
    public String startCmd;
    public List<String> aptPkgs = new ArrayList<>();
    public Map<String, String> variables = new LinkedHashMap<>();
    /** Build an image without CMD when the plan has no start command, instead of failing (Nixpacks' flag). */
    public boolean noErrorWithoutStart;
    /** Write the resolved plan (JSON) to this file, relative to the source folder. */
    public String planFile;

    // --- image ---
    /** Tag of the built image, e.g. {@code registry.example.com/team/app:42}. */
    public String image;

    public boolean push;
    public Map<String, String> buildArgs = new LinkedHashMap<>();
    public Map<String, String> labels = new LinkedHashMap<>();
    /** Network mode of the build containers; null takes the configured default (host where the tests need it). */
    public String networkMode;

    public boolean noCache;
    /** Previous app images used as docker layer cache (the classic builder's --cache-from). */
    public List<String> layerCacheFrom = new ArrayList<>();

    // --- incremental cache ---
    /** Turns the incremental cache on, e.g. {@code registry.example.com/team/app-cache:main}. */
    public String cacheImage;
    /** Read-only fallbacks, tried in order when cacheImage (or its layer-cache image) does not exist yet. */
    public List<String> cacheFrom = new ArrayList<>();
    /**
     * Save the cache after the build: {@code TRUE} or {@code FALSE} as set; null (not set) is automatic: on, except
     * in an untrusted build ({@link #untrusted}), which restores only. Read it through {@link #resolvedSave()}.
     */
    public Boolean saveCache;
    /**
     * Why this build is untrusted ({@code CHANGE_ID=42}, {@code --untrusted}), or null for a trusted one. Not an
     * option: only {@link #decideTrust} sets it.
     */
    private String untrusted;
    /** Extra cache directories on top of the plan's. */
    public List<String> cacheDirectories = new ArrayList<>();
    /** Cache faults fail the build instead of warning. */
    public boolean strictCache;

    // --- registry ---
    /** Registry URL with scheme, as in docker.withRegistry; null takes it from the image names. */
    public String registryUrl;
    /** Jenkins credentials id (username/password); resolved on the controller, never shipped as text. */
    public String registryCredentialsId;

    /** The environment variable Jenkins (multibranch, branch sources) sets in a pull- or merge-request build. */
    public static final String CHANGE_ID = "CHANGE_ID";

    /**
     * The one place that decides whether a build is trusted. A pull or merge request's code is someone else's
     * ({@code CHANGE_ID} set in the build's environment: Jenkins, and the runner inside a Jenkins step), as is a
     * build the runner was told is ({@code --untrusted}). Called by the Jenkins runner with the build's EnvVars and
     * by the command-line runner; the build itself only reads {@link #resolvedSave()}.
     */
    public void decideTrust(Map<String, String> env, boolean untrustedFlag) {
        String changeId = env == null ? null : env.get(CHANGE_ID);
        if (changeId != null && !changeId.isBlank()) {
            untrusted = CHANGE_ID + "=" + changeId.strip();
        } else if (untrustedFlag) {
            untrusted = "--untrusted";
        } else {
            untrusted = null;
        }
    }

    /** Why this build is untrusted ({@code CHANGE_ID=42}, {@code --untrusted}), or null for a trusted one. */
    public String untrustedReason() {
        return untrusted;
    }

    /**
     * Whether this build writes anything shared: opens an upload session, saves the cache image, pushes a layer
     * cache. An explicit {@code saveCache} wins; unset, a trusted build saves and an untrusted one restores only.
     */
    public boolean resolvedSave() {
        return saveCache != null ? saveCache : untrusted == null;
    }

    /** What to say about the save decision, once per build; null when a trusted build saves as by default. */
    public String saveDecisionLine() {
        if (untrusted != null && saveCache == null) {
            return "untrusted build (" + untrusted + "): restore only; set saveCache: true to save";
        }
        if (untrusted != null && Boolean.TRUE.equals(saveCache)) {
            return "untrusted build (" + untrusted + "), but saveCache: true is set: this build saves the cache";
        }
        if (Boolean.FALSE.equals(saveCache)) {
            return "saveCache is off: this build restores only";
        }
        return null;
    }
}
