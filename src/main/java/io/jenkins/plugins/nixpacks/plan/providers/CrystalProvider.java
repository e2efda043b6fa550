package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;

/** Crystal, after Nixpacks' {@code providers/crystal.rs}: {@code shards install}, {@code shards build}, the first target. */
final class CrystalProvider implements Provider {
    /** The Crystal team's image (there is no Docker official one). */
    static final String IMAGE = "crystallang/crystal:1.14";

    @Override
    public String name() {
        return "crystal";
    }

    @Override
    public String lookedFor() {
        return "shard.yml";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("shard.yml");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        List<String> targets = Yaml.childKeys(app.readText("shard.yml"), "targets");
        if (targets.isEmpty()) {
            throw new PlanException("shard.yml in " + app.root() + " names no targets: add a targets: entry so"
                    + " shards build makes an executable to start.");
        }
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase("setup", Phase.builder().build())
                .phase(
                        "install",
                        Phase.builder().dependsOn("setup").cmd("shards install").build())
                .phase(
                        "build",
                        Phase.builder().dependsOn("install").cmd("shards build").build())
                .startCmd("./bin/" + targets.get(0))
                .build();
    }
}
