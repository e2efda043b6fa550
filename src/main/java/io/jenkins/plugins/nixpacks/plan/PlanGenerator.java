package io.jenkins.plugins.nixpacks.plan;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.plan.providers.App;
import io.jenkins.plugins.nixpacks.plan.providers.Environment;
import io.jenkins.plugins.nixpacks.plan.providers.Procfile;
import io.jenkins.plugins.nixpacks.plan.providers.Provider;
import io.jenkins.plugins.nixpacks.plan.providers.Providers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Makes the build plan of a source folder, merging layers in Nixpacks' priority order, lowest first: provider →
 * Procfile → config file ({@code nixpacks.toml}, {@code nixpacks.json}, a named file or
 * {@code NIXPACKS_CONFIG_FILE}) → {@code NIXPACKS_*} environment variables → the step's {@link PlanOptions}.
 *
 * <p>The environment map is read for {@code NIXPACKS_*} settings and the provider knobs Nixpacks reads (such as
 * {@code NIXPACKS_NODE_VERSION}); its variables are not copied into the plan. Plan variables come from providers,
 * the config file and {@link PlanOptions#variables()}.
 */
public final class PlanGenerator {
    private PlanGenerator() {}

    /**
     * The merged, validated plan: phases in dependency order, {@code "..."} markers resolved, {@code providers}
     * naming the providers used.
     *
     * @throws PlanException for anything the user must fix, with a short message
     */
    public static BuildPlan generate(Path sourceDir, PlanOptions options, Map<String, String> env)
            throws PlanException {
        return generate(sourceDir, options, env, w -> {});
    }

    /** As {@link #generate(Path, PlanOptions, Map)}, telling {@code warnings} of inputs it had to skip. */
    public static BuildPlan generate(
            Path sourceDir, PlanOptions options, Map<String, String> env, Consumer<String> warnings)
            throws PlanException {
        PlanOptions opts = options == null ? PlanOptions.NONE : options;
        Map<String, String> environment = env == null ? Map.of() : env;
        App app = App.open(sourceDir, warnings);

        BuildPlan fileLayer = configFileLayer(app, opts, environment);
        BuildPlan envLayer = environmentLayer(environment);
        BuildPlan optionsLayer = opts.toPlan();
        BuildPlan upper = PlanMerger.merge(List.of(fileLayer, envLayer, optionsLayer));

        Map<String, String> providerVars = new LinkedHashMap<>(environment);
        providerVars.putAll(upper.variables());
        Environment providerEnv = new Environment(providerVars);

        List<Provider> providers = resolveProviders(app, providerEnv, upper.providers);
        boolean described = upper.providers != null
                || upper.buildImage != null
                || !upper.phases().isEmpty()
                || upper.startCmd() != null;
        if (providers.isEmpty() && !described) {
            // As Nixpacks does: an app that is nothing but one folder is planned from that folder.
            Path sub = soleSubfolder(app);
            if (sub != null) {
                return generate(sub, opts, environment, warnings);
            }
            throw nothingDetected(app);
        }
        BuildPlan providerLayer = providerLayer(app, providerEnv, providers);
        BuildPlan procfileLayer = Procfile.plan(app, providerLayer.phases().keySet());

        BuildPlan merged = PlanMerger.strip(
                PlanMerger.merge(List.of(providerLayer, procfileLayer, fileLayer, envLayer, optionsLayer)));
        merged = PhaseInputs.check(merged.withNotes(providerLayer.notes()), providerLayer, upper, app);
        List<String> names = new ArrayList<>();
        for (Provider p : providers) {
            names.add(p.name());
        }
        return finish(placeInstall(merged.toBuilder().providers(names).build(), opts));
    }

    /**
     * The cache directories the config file, the environment and the options name, for a project that brings its
     * own Dockerfile: no provider runs then, and no hooks are inserted into that Dockerfile.
     */
    public static List<CacheDir> configuredCacheDirs(Path sourceDir, PlanOptions options, Map<String, String> env)
            throws PlanException {
        PlanOptions opts = options == null ? PlanOptions.NONE : options;
        Map<String, String> environment = env == null ? Map.of() : env;
        App app = App.open(sourceDir);
        BuildPlan upper = PlanMerger.strip(PlanMerger.merge(
                List.of(configFileLayer(app, opts, environment), environmentLayer(environment), opts.toPlan())));
        Set<CacheDir> dirs = new LinkedHashSet<>();
        for (Phase p : upper.phases().values()) {
            dirs.addAll(BuildPlan.cacheDirs(p));
        }
        return List.copyOf(dirs);
    }

    /**
     * The folder a plan is made from: {@code dir}, or, when nothing there says how to build it and it holds exactly
     * one folder (besides {@code .git}), that folder's, recursively (Nixpacks' "Using subdirectory").
     */
    public static Path appFolder(Path dir, PlanOptions options, Map<String, String> env) throws PlanException {
        PlanOptions opts = options == null ? PlanOptions.NONE : options;
        Map<String, String> environment = env == null ? Map.of() : env;
        App app = App.open(dir);
        BuildPlan upper = PlanMerger.merge(
                List.of(configFileLayer(app, opts, environment), environmentLayer(environment), opts.toPlan()));
        if (upper.providers != null
                || upper.buildImage != null
                || !upper.phases().isEmpty()
                || upper.startCmd() != null) {
            return dir;
        }
        Map<String, String> vars = new LinkedHashMap<>(environment);
        vars.putAll(upper.variables());
        if (Providers.detect(app, new Environment(vars)) != null) {
            return dir;
        }
        Path sub = soleSubfolder(app);
        return sub == null ? dir : appFolder(sub, opts, environment);
    }

    private static Path soleSubfolder(App app) throws PlanException {
        List<String> dirs = new ArrayList<>();
        for (String name : app.list(".")) {
            if (!name.equals(".git") && app.isDirectory(name)) {
                dirs.add(name);
            }
        }
        return dirs.size() == 1 ? app.root().resolve(dirs.get(0)) : null;
    }

    /**
     * A plan made only from nixpacks.toml has no provider to name its image; the build needs one. Planning does not
     * refuse it, so such a plan can still be printed and completed.
     */
    public static void requireBuildImage(BuildPlan plan, Path sourceDir) throws PlanException {
        if (plan.buildImage() != null && !plan.buildImage().isBlank()) {
            return;
        }
        throw new PlanException("The plan for " + sourceDir + " has no build image: no provider detected the app"
                + (plan.providers().isEmpty() ? "" : " (providers: " + String.join(", ", plan.providers()) + ")")
                + ", so nothing names the image its commands run on. Set buildImage in nixpacks.toml (for example"
                + " buildImage = \"debian:bookworm-slim\"), or the step's buildImage option"
                + " (--build-image in the runner).");
    }

    /**
     * An install phase that only the upper layers make (installCmd on a Java plan, which has none) comes after setup
     * and before build, as Nixpacks orders a new install phase; cache directories the options add to an install
     * phase that runs nothing go to the build phase, where something fills them.
     */
    private static BuildPlan placeInstall(BuildPlan plan, PlanOptions opts) {
        Phase install = plan.phase("install");
        if (install == null) {
            return plan;
        }
        Map<String, Phase> phases = new LinkedHashMap<>(plan.phases());
        Phase build = plan.phase("build");
        if (install.dependsOn().isEmpty() && phases.containsKey("setup")) {
            install = install.toBuilder().dependsOn("setup").build();
        }
        if (build != null && !build.dependsOn().contains("install")) {
            build = build.toBuilder().dependsOn("install").build();
        }
        if (!install.runsCommands()
                && build != null
                && build.runsCommands()
                && !opts.cacheDirectories().isEmpty()) {
            List<String> kept = new ArrayList<>(install.cacheDirectories());
            kept.removeAll(opts.cacheDirectories());
            List<String> moved = new ArrayList<>(build.cacheDirectories());
            for (String d : opts.cacheDirectories()) {
                if (!moved.contains(d)) {
                    moved.add(d);
                }
            }
            install = install.toBuilder().setCacheDirectories(kept).build();
            build = build.toBuilder().setCacheDirectories(moved).build();
        }
        phases.put("install", install);
        if (build != null) {
            phases.put("build", build);
        }
        return plan.toBuilder().phases(phases).build();
    }

    /**
     * Phases in dependency order, and the run stage's packages said in the plan ({@code start.aptPkgs}) whenever
     * there are packages, so the printed and JSON plans show which stage gets which.
     */
    private static BuildPlan finish(BuildPlan plan) throws PlanException {
        Map<String, Phase> ordered = new LinkedHashMap<>();
        for (Phase p : plan.orderedPhases()) {
            ordered.put(p.name(), p);
            BuildPlan.cacheDirs(p);
        }
        BuildPlan.Builder b = plan.toBuilder().phases(ordered);
        boolean given = plan.start() != null && plan.start().aptPkgs() != null;
        if (!given && !plan.buildAptPkgs().isEmpty()) {
            b.runAptPkgs(plan.runAptPkgs());
        }
        return b.build();
    }

    /**
     * Nixpacks makes a plan without a start command and only its build refuses one (unless
     * {@code --no-error-without-start}): the build calls this, planning does not.
     */
    public static void requireStart(BuildPlan plan, Path sourceDir) throws PlanException {
        if (plan.startCmd() != null && !plan.startCmd().isBlank()) {
            return;
        }
        List<String> providers = plan.providers();
        String by = providers.isEmpty() ? "no provider" : "the " + String.join(", ", providers) + " provider";
        throw new PlanException("No start command for " + sourceDir + ": " + by + " found one. Set the step's"
                + " startCmd, NIXPACKS_START_CMD, [start] cmd in nixpacks.toml, or add a Procfile with a web: line;"
                + " or set noErrorWithoutStart to build an image without one.");
    }

    private static PlanException nothingDetected(App app) throws PlanException {
        if (app.isEmpty()) {
            return new PlanException("Source folder " + app.root() + " is empty: there is nothing to build.");
        }
        List<String> lookedFor = new ArrayList<>();
        for (Provider p : Providers.all()) {
            lookedFor.add(p.lookedFor() + " (" + p.name() + ")");
        }
        return new PlanException("Could not tell how to build " + app.root() + ". Looked for "
                + String.join("; ", lookedFor) + ". Add one of these, name a provider (providers option or"
                + " providers = [...] in nixpacks.toml), or describe the build in nixpacks.toml with buildImage,"
                + " phases and [start].");
    }

    /**
     * Nixpacks' provider list: a manual list replaces detection, except that {@code "..."} stands for the detected
     * provider; no manual list means the detected one.
     */
    private static List<Provider> resolveProviders(App app, Environment env, List<String> manual) throws PlanException {
        List<String> manualNames = manual == null ? List.of(BuildPlan.KEEP) : manual;
        List<Provider> result = new ArrayList<>();
        Provider detected = null;
        boolean detectedLooked = false;
        for (String name : manualNames) {
            Provider p;
            if (PlanMerger.isKeep(name)) {
                if (!detectedLooked) {
                    detected = Providers.detect(app, env);
                    detectedLooked = true;
                }
                p = detected;
            } else {
                p = Providers.byName(name.trim().toLowerCase(Locale.ROOT));
            }
            if (p != null && !result.contains(p)) {
                result.add(p);
            }
        }
        return result;
    }

    /** Each provider's plan; phases of the second and later providers are prefixed with the provider's name. */
    private static BuildPlan providerLayer(App app, Environment env, List<Provider> providers) throws PlanException {
        BuildPlan base =
                BuildPlan.builder().phase("setup", Phase.builder().build()).build();
        BuildPlan combined = BuildPlan.empty();
        List<String> notes = new ArrayList<>();
        Set<String> runApt = new LinkedHashSet<>();
        boolean runAptGiven = false;
        for (int i = 0; i < providers.size(); i++) {
            Provider provider = providers.get(i);
            BuildPlan plan = provider.plan(app, env);
            notes.addAll(plan.notes());
            runAptGiven |= plan.start() != null && plan.start().aptPkgs() != null;
            runApt.addAll(plan.runAptPkgs());
            if (i > 0) {
                plan = prefixed(plan, provider.name());
            }
            // As in Nixpacks, the earlier provider wins where they disagree.
            combined = PlanMerger.merge(plan, combined);
        }
        if (runAptGiven) {
            // Each provider's app needs its own run-time packages: the run stage has them all, not the first's.
            combined = combined.toBuilder().runAptPkgs(List.copyOf(runApt)).build();
        }
        return PlanMerger.merge(base, combined).withNotes(notes);
    }

    private static BuildPlan prefixed(BuildPlan plan, String prefix) {
        Map<String, Phase> phases = new LinkedHashMap<>();
        for (Map.Entry<String, Phase> e : plan.phases().entrySet()) {
            List<String> deps = new ArrayList<>();
            for (String d : e.getValue().dependsOn()) {
                deps.add(prefix + ":" + d);
            }
            phases.put(
                    prefix + ":" + e.getKey(),
                    e.getValue().toBuilder().setDependsOn(deps).build());
        }
        return plan.toBuilder().phases(phases).build();
    }

    private static BuildPlan configFileLayer(App app, PlanOptions options, Map<String, String> env)
            throws PlanException {
        String file;
        if (options.configFile() != null) {
            file = options.configFile();
            java.nio.file.Path given = java.nio.file.Path.of(file);
            if (given.isAbsolute()) {
                // A file the front end chose outside the app (a shared CI config): read as it is.
                if (!java.nio.file.Files.isRegularFile(given)) {
                    throw new PlanException("Config file " + file + " (configFile option) does not exist.");
                }
                return PlanFormat.read(given, file);
            }
            if (!app.isFile(file)) {
                boolean outside = !app.root().resolve(file).normalize().startsWith(app.root());
                throw new PlanException("Config file " + file + " (configFile option) "
                        + (outside
                                ? "leads outside the app folder " + app.root() + "; give its absolute path instead."
                                : "does not exist in " + app.root() + "."));
            }
        } else if (env.get("NIXPACKS_CONFIG_FILE") != null
                && !env.get("NIXPACKS_CONFIG_FILE").isBlank()) {
            file = env.get("NIXPACKS_CONFIG_FILE").trim();
            if (!app.isFile(file)) {
                throw new PlanException(
                        "Config file " + file + " (NIXPACKS_CONFIG_FILE) does not exist in " + app.root() + ".");
            }
        } else if (app.isFile("nixpacks.toml")) {
            file = "nixpacks.toml";
        } else if (app.isFile("nixpacks.json")) {
            file = "nixpacks.json";
        } else {
            return BuildPlan.empty();
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".toml")) {
            return BuildPlan.fromToml(app.readText(file), file);
        }
        if (lower.endsWith(".json")) {
            return BuildPlan.fromJson(app.readText(file), file);
        }
        throw new PlanException(
                "Config file " + file + " is neither .toml nor .json; rename it or point to one" + " that is.");
    }

    /** Nixpacks' {@code BuildPlan::from_environment}: package lists add to the lower layers, commands replace. */
    static BuildPlan environmentLayer(Map<String, String> env) {
        BuildPlan.Builder plan = BuildPlan.builder();
        Phase.Builder setup = Phase.builder();
        boolean usesSetup = false;
        String pkgs = config(env, "PKGS");
        if (pkgs != null) {
            setup.setNixPkgs(withKeep(split(pkgs)));
            usesSetup = true;
        }
        String apt = config(env, "APT_PKGS");
        if (apt != null) {
            setup.setAptPkgs(withKeep(split(apt)));
            usesSetup = true;
        }
        String libs = config(env, "LIBS");
        if (libs != null) {
            setup.setNixLibs(withKeep(split(libs)));
            usesSetup = true;
        }
        if (usesSetup) {
            plan.phase("setup", setup.build());
        }
        for (String phase : List.of("install", "build")) {
            String key = phase.toUpperCase(Locale.ROOT);
            String cmd = config(env, key + "_CMD");
            if (cmd == null) {
                continue;
            }
            Phase.Builder p = Phase.builder().setCmds(List.of(cmd));
            String dirs = config(env, key + "_CACHE_DIRS");
            if (dirs != null) {
                // Phase::add_cache_directory: de-duplicated and sorted.
                p.setCacheDirectories(new ArrayList<>(new TreeSet<>(split(dirs))));
            }
            plan.phase(phase, p.build());
        }
        String start = config(env, "START_CMD");
        if (start != null) {
            plan.startCmd(start);
        }
        return plan.build();
    }

    private static String config(Map<String, String> env, String name) {
        String v = env.get("NIXPACKS_" + name);
        if (v == null) {
            return null;
        }
        v = v.replace("\n", "").replace("\r", "");
        return v.isBlank() ? null : v;
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String s : value.split("[ ,]")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return parts;
    }

    private static List<String> withKeep(List<String> values) {
        List<String> result = new ArrayList<>(values);
        result.add(BuildPlan.KEEP);
        return result;
    }
}
