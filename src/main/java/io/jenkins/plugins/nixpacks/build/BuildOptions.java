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
    /** Read-only fallbacks, tried in order when cacheImage does not exist yet. */
    public List<String> cacheFrom = new ArrayList<>();
    /** False for untrusted builds: restore only. */
    public boolean saveCache = true;
    /** Extra cache directories on top of the plan's. */
    public List<String> cacheDirectories = new ArrayList<>();
    /** Cache faults fail the build instead of warning. */
    public boolean strictCache;

    // --- registry ---
    /** Registry URL with scheme, as in docker.withRegistry; null takes it from the image names. */
    public String registryUrl;
    /** Jenkins credentials id (username/password); resolved on the controller, never shipped as text. */
    public String registryCredentialsId;
}
