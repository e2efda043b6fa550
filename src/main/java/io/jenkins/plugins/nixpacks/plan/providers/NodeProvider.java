package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Node.js, after Nixpacks' {@code providers/node}: npm, yarn, pnpm or bun by lockfile or {@code packageManager},
 * corepack when {@code packageManager} names one, a build only when there is a {@code build} script.
 */
final class NodeProvider implements Provider {
    /** The active LTS; Node 20 reached end of life in April 2026 (docs/providers.md). */
    static final int DEFAULT_NODE_MAJOR = 24;

    /** Node majors with upstream support (maintenance or active LTS), for ranges such as {@code >=18}. */
    static final List<Integer> SUPPORTED_NODE = List.of(22, 24);

    static final String NPM_CACHE_DIR = "/root/.npm";
    static final String YARN_CACHE_DIR = "/usr/local/share/.cache/yarn/v6";
    static final String PNPM_CACHE_DIR = "/root/.local/share/pnpm/store/v3";
    static final String BUN_CACHE_DIR = "/root/.bun";
    static final String CYPRESS_CACHE_DIR = "/root/.cache/Cypress";
    static final String NODE_MODULES_CACHE_DIR = "node_modules/.cache";

    /**
     * Nixpacks pins corepack 0.24.1; that release cannot verify package-manager downloads signed after npm's 2025
     * key rotation, so a current release is pinned instead.
     */
    static final String COREPACK_SETUP = "npm install -g corepack@0.36.0 && corepack enable";

    @Override
    public String name() {
        return "node";
    }

    @Override
    public String lookedFor() {
        return "package.json";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("package.json");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        // Named explicitly (providers = ["node", ...]) a folder may have no package.json: then nothing to install.
        boolean hasPackageJson = app.isFile("package.json");
        JsonNode pkg = hasPackageJson ? packageJson(app) : MissingNode.getInstance();
        String pm = packageManager(app, pkg);
        boolean corepack = usesCorepack(pkg);

        BuildPlan.Builder plan = BuildPlan.builder();
        Phase.Builder install = Phase.builder().dependsOn("setup");
        if (!hasPackageJson) {
            // no commands: the phase keeps its cache directory and PATH, as Nixpacks' does
        } else if (corepack) {
            install.cmd(COREPACK_SETUP);
        } else if (pm.equals("pnpm")) {
            // The node image has npm and yarn 1 but no pnpm; pick its major from the lockfile, as Nixpacks does.
            install.cmd("npm install -g pnpm@" + pnpmMajor(app));
        } else if (pm.equals("bun")) {
            install.cmd("npm install -g bun");
        }
        if (hasPackageJson) {
            install.cmd(installCommand(app, pm));
        }
        install.cacheDirectory(cacheDir(pm));
        NodeInstallInputs.of(app, pkg).applyTo("install", install, plan);
        install.path("/app/node_modules/.bin");
        if (allDependencies(app).contains("cypress")) {
            install.cacheDirectory(CYPRESS_CACHE_DIR);
        }

        Phase.Builder build = Phase.builder().dependsOn("install");
        String monorepoBuild = Monorepo.buildCmd(app, pm, env);
        if (monorepoBuild != null) {
            build.cmd(monorepoBuild);
        } else if (hasScript(pkg, "build")) {
            build.cmd(pm + " run build");
        }
        for (String dir : nextPackageDirs(app)) {
            build.cacheDirectory(dir.isEmpty() ? ".next/cache" : dir + "/.next/cache");
        }
        build.cacheDirectory(NODE_MODULES_CACHE_DIR);
        for (JsonNode dir : pkg.path("cacheDirectories")) {
            if (dir.isTextual()) {
                build.cacheDirectory(dir.asText());
            }
        }
        String tsBuildInfo = tsBuildInfo(app);
        if (tsBuildInfo != null) {
            build.cacheDirectory(tsBuildInfo);
        }

        plan.buildImage("node:" + nodeMajor(app, pkg, env) + "-bookworm")
                .variable("CI", "true")
                .variable("NODE_ENV", "production")
                // With ~/.npm restored, use what it holds instead of revalidating every packument with the
                // registry; anything missing is still fetched. pnpm reads the same setting.
                .variable("NPM_CONFIG_PREFER_OFFLINE", "true")
                // npm's debug logs would land in ~/.npm/_logs, so the cache would change on every build; a failed
                // RUN's file system is thrown away anyway, logs and all.
                .variable("NPM_CONFIG_LOGS_MAX", "0")
                // npm 9+ warns on "production"; include=dev means the same: devDependencies are installed even
                // under NODE_ENV=production, since the build step usually needs them.
                .variable("NPM_CONFIG_INCLUDE", "dev")
                .phase("setup", Phase.builder().build())
                .phase("install", install.build())
                .phase("build", build.build());
        boolean caddy = Spa.servesWithCaddy(app, pkg, env);
        if (caddy) {
            plan.phase("caddy", Spa.caddyPhase()).staticAsset(Spa.CADDYFILE_ASSET, Spa.CADDYFILE);
        }
        if (Spa.isVite(app, pkg)) {
            plan.variable("NIXPACKS_SPA_OUTPUT_DIR", Spa.outputDir(app, pkg, env));
        }
        String start = Monorepo.startCmd(app, pm, env);
        if (start == null && caddy) {
            start = Spa.START;
        }
        if (start == null) {
            start = startCommand(app, pkg, pm);
        }
        if (start != null) {
            plan.startCmd(start);
        }
        if (caddy) {
            // Caddy formats its file in the build and serves the app at run time; a monorepo's own start needs none.
            plan.runAptPkgs(start != null && start.equals(Spa.START) ? Spa.RUN_APT_PKGS : List.of());
        }
        return plan.build();
    }

    /**
     * package.json as an object. Empty, {@code null} or {@code []} is a broken file, said as such, rather than a
     * package without scripts that later reports "no start command".
     */
    static JsonNode packageJson(App app) throws PlanException {
        String where = app.root().resolve("package.json").toString();
        if (app.readText("package.json").isBlank()) {
            throw new PlanException("Invalid package.json " + where + ": the file is empty; it must hold a JSON"
                    + " object such as {\"name\": \"app\", \"scripts\": {\"start\": \"node index.js\"}}.");
        }
        JsonNode pkg = app.readJson("package.json");
        if (!pkg.isObject()) {
            throw new PlanException("Invalid package.json " + where + ": it holds "
                    + (pkg.isNull()
                            ? "null"
                            : pkg.isArray()
                                    ? "an array"
                                    : "a " + pkg.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
                    + ", not a JSON object.");
        }
        return pkg;
    }

    static String packageManager(App app, JsonNode pkg) {
        String declared = pkg.path("packageManager").asText("");
        String name = declared.split("@", 2)[0];
        if (List.of("npm", "pnpm", "yarn", "bun").contains(name)) {
            return name;
        }
        if (app.isFile("pnpm-lock.yaml")) {
            return "pnpm";
        }
        if (app.isFile("yarn.lock")) {
            return "yarn";
        }
        if (app.isFile("bun.lockb") || app.isFile("bun.lock")) {
            return "bun";
        }
        return "npm";
    }

    private static boolean usesCorepack(JsonNode pkg) {
        String declared = pkg.path("packageManager").asText("");
        return !declared.isEmpty() && !declared.startsWith("npm");
    }

    static String installCommand(App app, String pm) {
        switch (pm) {
            case "pnpm":
                return "pnpm i --frozen-lockfile";
            case "yarn":
                return app.isFile(".yarnrc.yml") ? "yarn install --check-cache" : "yarn install --frozen-lockfile";
            case "bun":
                return "bun i --no-save";
            default:
                return app.isFile("package-lock.json") ? "npm ci" : "npm i";
        }
    }

    private static String cacheDir(String pm) {
        switch (pm) {
            case "yarn":
                return YARN_CACHE_DIR;
            case "pnpm":
                return PNPM_CACHE_DIR;
            case "bun":
                return BUN_CACHE_DIR;
            default:
                return NPM_CACHE_DIR;
        }
    }

    private static int pnpmMajor(App app) {
        String lock = app.readTextOrEmpty("pnpm-lock.yaml");
        if (lock.startsWith("lockfileVersion: 5.3")) {
            return 6;
        }
        if (lock.startsWith("lockfileVersion: 5.4")) {
            return 7;
        }
        if (lock.startsWith("lockfileVersion: '6.0'")) {
            return 8;
        }
        return 9;
    }

    static boolean hasScript(JsonNode pkg, String script) {
        return pkg.path("scripts").path(script).isTextual();
    }

    private static String startCommand(App app, JsonNode pkg, String pm) {
        String executor = pm.equals("bun") ? "bun" : "node";
        if (hasScript(pkg, "start")) {
            return pm + " run start";
        }
        String main = pkg.path("main").asText("");
        if (!main.isEmpty() && app.isFile(main)) {
            return executor + " " + main;
        }
        if (app.isFile("index.js")) {
            return executor + " index.js";
        }
        if (app.isFile("index.ts") && pm.equals("bun")) {
            return "bun index.ts";
        }
        return null;
    }

    /**
     * Node major from NIXPACKS_NODE_VERSION, engines.node, .nvmrc, .node-version or .tool-versions, as Nixpacks
     * reads them. A range takes the newest supported major that satisfies it; a plain major is taken as asked.
     */
    static int nodeMajor(App app, JsonNode pkg, Environment env) {
        String spec = env.config("NODE_VERSION");
        if (spec == null && pkg.path("engines").path("node").isTextual()) {
            spec = pkg.path("engines").path("node").asText();
        }
        if (spec == null && app.isFile(".nvmrc")) {
            spec = nvmrc(app.readTextOrEmpty(".nvmrc").trim());
        }
        if (spec == null && app.isFile(".node-version")) {
            spec = app.readTextOrEmpty(".node-version").trim();
        }
        if (spec == null) {
            spec = Versions.toolVersion(app, "nodejs", "node");
        }
        if (spec == null || spec.isBlank() || spec.trim().equals("*")) {
            return DEFAULT_NODE_MAJOR;
        }
        String s = spec.trim();
        if (s.matches("v?\\d+(\\.\\d+){0,2}")) {
            Integer major = Versions.major(s);
            return major == null || major < 14 ? DEFAULT_NODE_MAJOR : major;
        }
        Integer newest = Versions.newestSatisfying(s, SUPPORTED_NODE);
        if (newest != null) {
            return newest;
        }
        // A range no supported release meets (^16): the major it names, as before.
        Integer major = Versions.major(s);
        return major == null || major < 14 ? DEFAULT_NODE_MAJOR : major;
    }

    private static String nvmrc(String content) {
        Map<String, String> lts = Map.of(
                "lts/*", "24",
                "lts/krypton", "24",
                "lts/jod", "22",
                "lts/iron", "20",
                "lts/hydrogen", "18",
                "lts/gallium", "16");
        return lts.getOrDefault(content, content);
    }

    private static List<String> packageJsonFiles(App app) throws PlanException {
        return app.findFiles(rel -> rel.equals("package.json") || rel.endsWith("/package.json"), 4);
    }

    private static Set<String> dependencies(JsonNode pkg) {
        Set<String> deps = new LinkedHashSet<>();
        for (String field : List.of("dependencies", "devDependencies")) {
            Iterator<String> names = pkg.path(field).fieldNames();
            names.forEachRemaining(deps::add);
        }
        return deps;
    }

    private static Set<String> allDependencies(App app) throws PlanException {
        Set<String> all = new LinkedHashSet<>();
        for (String file : packageJsonFiles(app)) {
            all.addAll(dependencies(readQuietly(app, file)));
        }
        return all;
    }

    /** Folders (relative, "" for the top) of the packages that use Next.js: each gets a .next/cache. */
    private static List<String> nextPackageDirs(App app) throws PlanException {
        List<String> dirs = new ArrayList<>();
        for (String file : packageJsonFiles(app)) {
            if (dependencies(readQuietly(app, file)).contains("next")) {
                int slash = file.lastIndexOf('/');
                dirs.add(slash < 0 ? "" : file.substring(0, slash));
            }
        }
        return dirs;
    }

    /** Nested package.json files are only scanned for names; a broken one is skipped, not fatal. */
    private static JsonNode readQuietly(App app, String file) throws PlanException {
        if (file.equals("package.json")) {
            return packageJson(app);
        }
        try {
            return app.readJson(file);
        } catch (PlanException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    /** Nixpacks caches the TypeScript build-info file of an incremental build when it exists. */
    private static String tsBuildInfo(App app) {
        if (!app.isFile("tsconfig.json")) {
            return null;
        }
        JsonNode options;
        try {
            options = app.readJson("tsconfig.json").path("compilerOptions");
        } catch (PlanException e) {
            return null;
        }
        if (!options.path("incremental").asBoolean(false)) {
            return null;
        }
        String file;
        if (options.path("tsBuildInfoFile").isTextual()) {
            file = options.path("tsBuildInfoFile").asText();
        } else if (options.path("outDir").isTextual()) {
            file = options.path("outDir").asText() + "/tsconfig.tsbuildinfo";
        } else {
            file = "tsconfig.tsbuildinfo";
        }
        return app.isFile(file) ? file : null;
    }
}
