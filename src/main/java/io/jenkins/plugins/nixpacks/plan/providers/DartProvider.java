package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;

/** Dart, after Nixpacks' {@code providers/dart.rs}: {@code dart pub get}, {@code dart compile exe bin/<name>.dart}. */
final class DartProvider implements Provider {
    static final String IMAGE = "dart:3.5";

    @Override
    public String name() {
        return "dart";
    }

    @Override
    public String lookedFor() {
        return "pubspec.yaml";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("pubspec.yaml");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        String name = Yaml.scalar(app.readText("pubspec.yaml"), "name");
        if (name == null) {
            throw new PlanException("pubspec.yaml in " + app.root() + " has no name: the build compiles"
                    + " bin/<name>.dart, so add name: to it.");
        }
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase("setup", Phase.builder().build())
                .phase(
                        "install",
                        Phase.builder().dependsOn("setup").cmd("dart pub get").build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("install")
                                .cmd("dart compile exe bin/" + name + ".dart")
                                .build())
                .startCmd("./bin/" + name + ".exe")
                .build();
    }
}
