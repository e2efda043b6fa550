package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.List;
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
        Phase.Builder install = Phase.builder()
                .dependsOn("setup")
                .cmd("mix local.hex --force")
                .cmd("mix local.rebar --force")
                .cmd("mix deps.get --only prod");
        BuildPlan.Builder plan = BuildPlan.builder();
        installInputs(app, mix).applyTo("install", install, plan);
        return plan.buildImage("elixir:" + elixirVersion(app, env, mix))
                .variable("MIX_ENV", "prod")
                .variable("ELIXIR_ERL_OPTIONS", "+fnu")
                .variable("MIX_HOME", "/app/.mix")
                .variable("HEX_HOME", "/app/.hex")
                .phase("setup", Phase.builder().build())
                .phase("install", install.build())
                .phase("build", build.build())
                .startCmd("mix phx.server")
                .build();
    }

    private static final Pattern PATH_DEP = Pattern.compile("path:\\s*\"([^\"]+)\"");

    /**
     * mix.exs, mix.lock and config/ (Mix loads config/config.exs before deps.get), the mix.exs of umbrella apps,
     * and path dependencies inside the app. A mix.exs that reads files ({@code File.read!("VERSION")}) or a path
     * dependency outside the app means the whole app is copied first.
     */
    static InstallInputs installInputs(App app, String mix) throws PlanException {
        InstallInputs inputs = new InstallInputs(app)
                .add("mix.exs")
                .add("mix.lock")
                .add("config")
                .output("deps")
                .output(".mix")
                .output(".hex");
        List<String> mixFiles = new ArrayList<>(List.of("mix.exs"));
        if (mix.contains("apps_path")) {
            mixFiles.addAll(app.findFiles(rel -> rel.startsWith("apps/") && rel.endsWith("/mix.exs"), 3));
        }
        for (String file : mixFiles) {
            String text = file.equals("mix.exs") ? mix : app.readTextOrEmpty(file);
            inputs.add(file);
            if (text.contains("File.") || text.contains("Code.eval_file") || text.contains("Code.require_file")) {
                inputs.wholeApp(file + " reads other files of the app");
            }
            Matcher dep = PATH_DEP.matcher(text);
            while (dep.find()) {
                String dir = InstallInputs.resolve(InstallInputs.parent(file), dep.group(1));
                if (dir == null || !app.isDirectory(dir)) {
                    inputs.wholeApp(file + " has a path dependency at " + dep.group(1) + ", outside the app");
                } else {
                    inputs.add(dir);
                }
            }
        }
        return inputs;
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
