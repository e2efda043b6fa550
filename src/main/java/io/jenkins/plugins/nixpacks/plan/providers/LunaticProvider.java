package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.regex.Pattern;

/**
 * Lunatic, after Nixpacks' {@code providers/lunatic.rs}: a Rust project whose {@code .cargo/config.toml} sets
 * {@code runner = "lunatic"}, built as Rust is and started with {@code lunatic <bin>}. The runtime comes from
 * crates.io ({@code lunatic-runtime}), pinned, where Nixpacks takes it from Nix.
 */
final class LunaticProvider implements Provider {
    static final String RUNTIME = "lunatic-runtime@0.13.2";
    private static final Pattern RUNNER = Pattern.compile("runner\\s*=\\s*\"lunatic\"");

    private final RustProvider rust = new RustProvider();

    @Override
    public String name() {
        return "lunatic";
    }

    @Override
    public String lookedFor() {
        return "Cargo.toml with runner = \"lunatic\" in .cargo/config.toml";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("Cargo.toml")
                && RUNNER.matcher(app.readTextOrEmpty(".cargo/config.toml")).find();
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        BuildPlan plan = rust.plan(app, env);
        Phase setup = plan.phase("setup").toBuilder()
                .cmd("cargo install --locked " + RUNTIME)
                .build();
        BuildPlan.Builder b = plan.toBuilder().phase("setup", setup);
        if (plan.startCmd() != null) {
            b.startCmd("lunatic " + plan.startCmd());
        }
        return b.build();
    }
}
