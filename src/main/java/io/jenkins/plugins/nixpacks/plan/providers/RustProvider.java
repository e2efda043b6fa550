package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rust, after Nixpacks' {@code providers/rust.rs}: {@code cargo build --release}, binaries copied to {@code bin/}.
 * The official image is glibc-based, so Nixpacks' musl target is not used.
 */
final class RustProvider implements Provider {
    static final String CARGO_GIT_CACHE_DIR = "/root/.cargo/git";
    static final String CARGO_REGISTRY_CACHE_DIR = "/root/.cargo/registry";
    static final String TARGET_CACHE_DIR = "target";

    @Override
    public String name() {
        return "rust";
    }

    @Override
    public String lookedFor() {
        return "Cargo.toml";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("Cargo.toml");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        JsonNode cargo = app.readToml("Cargo.toml");
        JsonNode pkg = cargo.path("package");
        String appName = pkg.path("name").isTextual() ? pkg.path("name").asText() : null;
        String rustVersion = pkg.path("rust-version").isTextual()
                ? Versions.majorMinor(pkg.path("rust-version").asText())
                : null;

        Phase.Builder build = Phase.builder().dependsOn("setup").cmd("mkdir -p bin");
        List<String> bins = bins(app, appName);
        String workspace = env.config("CARGO_WORKSPACE");
        String startBin = null;
        if (workspace != null) {
            build.cmd("cargo build --release --package " + workspace);
            build.cmd("cp target/release/" + workspace + " bin");
            startBin = workspace;
        } else if (!bins.isEmpty()) {
            build.cmd("cargo build --release");
            for (String bin : bins) {
                build.cmd("cp target/release/" + bin + " bin");
            }
            startBin = startBin(bins, env, pkg);
        }
        build.cacheDirectory(CARGO_GIT_CACHE_DIR).cacheDirectory(CARGO_REGISTRY_CACHE_DIR);
        if (appName != null) {
            build.cacheDirectory(TARGET_CACHE_DIR);
        }

        BuildPlan.Builder plan = BuildPlan.builder()
                .buildImage("rust:" + (rustVersion == null ? "1" : rustVersion) + "-bookworm")
                .variable("ROCKET_ADDRESS", "0.0.0.0")
                // The rust image keeps cargo's home in /usr/local/cargo; point it at the folders the plan caches.
                .variable("CARGO_HOME", "/root/.cargo")
                .phase("setup", Phase.builder().build())
                .phase("build", build.build())
                // A dependency-only step needs dummy sources (cargo refuses a manifest without its targets), and
                // those can change which targets cargo sees; the cache folders carry the downloads and target/.
                .note("build copies the whole app first (no dependency-first layer): cargo reads no manifest"
                        + " without its sources; the crate downloads and target/ come from the cache folders.");
        if (startBin != null) {
            plan.startCmd("./bin/" + startBin);
        }
        return plan.build();
    }

    private static List<String> bins(App app, String appName) throws PlanException {
        List<String> bins = new ArrayList<>();
        if (appName != null && app.isFile("src/main.rs")) {
            bins.add(appName);
        }
        for (String file : app.list("src/bin")) {
            int dot = file.lastIndexOf('.');
            if (dot > 0 && app.isFile("src/bin/" + file)) {
                bins.add(file.substring(0, dot));
            }
        }
        return bins;
    }

    private static String startBin(List<String> bins, Environment env, JsonNode pkg) {
        if (bins.size() == 1) {
            return bins.get(0);
        }
        String wanted = env.config("RUST_BIN");
        if (wanted != null && bins.contains(wanted)) {
            return wanted;
        }
        if (pkg.path("default-run").isTextual()) {
            return pkg.path("default-run").asText();
        }
        return null;
    }
}
