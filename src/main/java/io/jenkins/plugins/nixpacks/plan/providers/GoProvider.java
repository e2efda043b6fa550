package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go, after Nixpacks' {@code providers/go.rs}: {@code go mod download}, {@code go build -o out}, run {@code ./out}. */
final class GoProvider implements Provider {
    /**
     * Go supports its two newest releases (1.26 from February 2026, 1.27 from August 2026); the newest is the
     * default. Nixpacks' 1.23 reached end of life in August 2025.
     */
    static final String DEFAULT_GO = "1.27";
    /** The oldest release Go still supports; a go.mod asking for an older minimum gets {@link #DEFAULT_GO}. */
    static final String OLDEST_SUPPORTED_GO = "1.26";

    static final String BUILD_CACHE_DIR = "/root/.cache/go-build";
    /** The golang image's GOPATH is /go: the downloaded modules, so a changed go.sum fetches only what is new. */
    static final String MODULE_CACHE_DIR = "/go/pkg/mod";
    /** A static binary (CGO_ENABLED=0) needs no toolchain at run time; Nixpacks runs it in a slim image too. */
    static final String SLIM_RUN_IMAGE = "debian:bookworm-slim";

    private static final Pattern GO_DIRECTIVE = Pattern.compile("(?m)^\\s*go\\s+(\\d+\\.\\d+)");

    @Override
    public String name() {
        return "go";
    }

    @Override
    public String lookedFor() {
        return "go.mod or main.go";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("main.go") || app.isFile("go.mod");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        boolean module = app.isFile("go.mod");
        String version = DEFAULT_GO;
        String note = null;
        if (module) {
            Matcher m = GO_DIRECTIVE.matcher(app.readText("go.mod"));
            if (m.find()) {
                version = m.group(1);
                if (Versions.compare(version, OLDEST_SUPPORTED_GO) < 0) {
                    // The go line is a minimum (Go 1 compatibility; since 1.21 the toolchain enforces it): a newer
                    // Go builds the module, and an end-of-life image gets no security fixes.
                    note = "go.mod asks for Go " + version + " or newer; " + version + " has reached end of life, so"
                            + " the build uses Go " + DEFAULT_GO;
                    version = DEFAULT_GO;
                }
            }
        }
        BuildPlan.Builder plan = BuildPlan.builder()
                .buildImage("golang:" + version + "-bookworm")
                .variable("CGO_ENABLED", "0")
                .phase("setup", Phase.builder().build());
        // GOCACHE said outright, so the cached folder is the one go uses whatever HOME is.
        plan.variable("GOCACHE", BUILD_CACHE_DIR);
        boolean vendored = module && app.isFile("vendor/modules.txt");
        if (vendored) {
            // The modules are in the app: nothing to download, and go must not try (the proxy may be out of reach).
            plan.variable("GOFLAGS", "-mod=vendor");
        } else if (module) {
            Phase.Builder install = Phase.builder()
                    .dependsOn("setup")
                    .cmd("go mod download")
                    .cacheDirectory(BUILD_CACHE_DIR)
                    .cacheDirectory(MODULE_CACHE_DIR);
            installInputs(app).applyTo("install", install, plan);
            plan.phase("install", install.build());
        }
        Phase.Builder build = Phase.builder()
                .dependsOn(module && !vendored ? "install" : "setup")
                .cacheDirectory(BUILD_CACHE_DIR);
        if (module && !vendored) {
            build.cacheDirectory(MODULE_CACHE_DIR);
        }
        String buildCmd = buildCommand(app, env, module);
        if (buildCmd != null && vendored) {
            buildCmd = buildCmd.replace("go build ", "go build -mod=vendor ");
        }
        if (buildCmd != null) {
            build.cmd(buildCmd);
        }
        if (module && !vendored) {
            build.dependsOn("setup");
        }
        plan.phase("build", build.build());

        if (!app.findFiles(rel -> rel.endsWith(".go"), 6).isEmpty()) {
            plan.startCmd("./out");
            String cgo = env.get("CGO_ENABLED");
            if (!"1".equals(cgo)) {
                plan.runImage(SLIM_RUN_IMAGE);
            }
        }
        return note == null ? plan.build() : plan.build().withNotes(List.of(note));
    }

    private static final Pattern LOCAL_REPLACE = Pattern.compile("(?m)=>\\s*(\\.{1,2}/\\S*|/\\S*)");

    /**
     * go.mod, go.sum and a go.work with its modules' go.mod; a {@code replace} with a local folder makes that folder
     * an input when it is inside the app (its go.mod is read), else the whole app is copied first.
     */
    static InstallInputs installInputs(App app) {
        InstallInputs inputs = new InstallInputs(app)
                .add("go.mod")
                .add("go.sum")
                .add("go.work")
                .add("go.work.sum");
        List<String> mods = new ArrayList<>(List.of("go.mod"));
        Matcher use = Pattern.compile("(?m)^\\s*(?:use\\s+)?(\\.{1,2}/\\S*|\\.)\\s*$")
                .matcher(app.readTextOrEmpty("go.work"));
        while (use.find()) {
            String dir = InstallInputs.resolve("", use.group(1));
            mods.add(dir == null ? "" : dir + "/go.mod");
        }
        for (String mod : mods) {
            if (mod.isEmpty() || !app.isFile(mod)) {
                if (!mod.equals("go.mod")) {
                    inputs.wholeApp("go.work uses a module outside the app or without go.mod");
                }
                continue;
            }
            inputs.add(mod);
            Matcher m = LOCAL_REPLACE.matcher(app.readTextOrEmpty(mod));
            while (m.find()) {
                String dir = InstallInputs.resolve(InstallInputs.parent(mod), m.group(1));
                if (dir == null || !app.isDirectory(dir)) {
                    inputs.wholeApp(mod + " replaces a module with " + m.group(1) + ", outside the app");
                } else {
                    inputs.add(dir);
                }
            }
        }
        return inputs;
    }

    private static final Pattern PACKAGE_MAIN = Pattern.compile("(?m)^package\\s+main\\b");

    /** A folder whose non-test .go files declare package main. */
    private static boolean isMainPackage(App app, String dir) throws PlanException {
        for (String name : app.list(dir)) {
            String rel = dir.equals(".") ? name : dir + "/" + name;
            if (name.endsWith(".go")
                    && !name.endsWith("_test.go")
                    && app.isFile(rel)
                    && PACKAGE_MAIN.matcher(app.readTextOrEmpty(rel)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String buildCommand(App app, Environment env, boolean module) throws PlanException {
        String bin = env.config("GO_BIN");
        if (bin != null) {
            return "go build -o out ./cmd/" + bin;
        }
        if (isMainPackage(app, ".")) {
            return module ? "go build -o out" : app.isFile("main.go") ? "go build -o out main.go" : "go build -o out";
        }
        // Library code at the root: the binary is a main package under cmd/<name> (the first, by name), else
        // anywhere below. Building the root would make an archive that fails only when the image starts.
        if (module) {
            for (String name : app.list("cmd")) {
                if (isMainPackage(app, "cmd/" + name)) {
                    return "go build -o out ./cmd/" + name;
                }
            }
            for (String file : app.findFiles(rel -> rel.endsWith(".go") && rel.contains("/"), 4)) {
                String dir = file.substring(0, file.lastIndexOf('/'));
                if (!dir.startsWith("vendor/") && !dir.startsWith("testdata") && isMainPackage(app, dir)) {
                    return "go build -o out ./" + dir;
                }
            }
        }
        if (!app.findFiles(rel -> rel.endsWith(".go"), 6).isEmpty()) {
            throw new PlanException("No main package in " + app.root() + ": neither the top folder nor cmd/<name>"
                    + " has a .go file with 'package main', so there is no program to build. Add one, or set"
                    + " NIXPACKS_GO_BIN=<name> for ./cmd/<name>.");
        }
        return null;
    }
}
