package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elixir, after Nixpacks' {@code providers/elixir.rs}: hex, rebar, {@code mix deps.get --only prod},
 * {@code mix compile}, {@code mix phx.server}. {@code MIX_HOME} and {@code HEX_HOME} are moved under {@code /app}
 * so what the install phase sets up reaches the run stage.
 */
final class ElixirProvider implements Provider {
    static final String DEFAULT_ELIXIR = "1.17";
    private static final Pattern MIX_ELIXIR = Pattern.compile("elixir:\\s*\"[~>=< ]*(\\d+\\.\\d+)");

    @Override
    public String name() {
        return "elixir";
    }

    @Override
    public String lookedFor() {
        return "mix.exs";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("mix.exs");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        String mix = app.readText("mix.exs");
        Phase.Builder build = Phase.builder().dependsOn("install").cmd("mix compile");
        if (mix.contains("assets.deploy")) {
            build.cmd("mix assets.deploy");
        }
        if (mix.contains("postgrex") && mix.contains("ecto")) {
            build.cmd("mix ecto.setup");
        }
        return BuildPlan.builder()
                .buildImage("elixir:" + elixirVersion(app, env, mix))
                .variable("MIX_ENV", "prod")
                .variable("ELIXIR_ERL_OPTIONS", "+fnu")
                .variable("MIX_HOME", "/app/.mix")
                .variable("HEX_HOME", "/app/.hex")
                .phase("setup", Phase.builder().build())
                .phase(
                        "install",
                        Phase.builder()
                                .dependsOn("setup")
                                .cmd("mix local.hex --force")
                                .cmd("mix local.rebar --force")
                                .cmd("mix deps.get --only prod")
                                .build())
                .phase("build", build.build())
                .startCmd("mix phx.server")
                .build();
    }

    private static String elixirVersion(App app, Environment env, String mix) {
        String spec = env.config("ELIXIR_VERSION");
        if (spec == null && app.isFile(".elixir-version")) {
            spec = app.readTextOrEmpty(".elixir-version");
        }
        if (spec == null) {
            Matcher m = MIX_ELIXIR.matcher(mix);
            spec = m.find() ? m.group(1) : null;
        }
        String version = Versions.majorMinor(spec);
        return version == null ? DEFAULT_ELIXIR : version;
    }
}
