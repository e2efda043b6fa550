package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanException;

/**
 * A language provider, as in Nixpacks: recognises a kind of app from its files and proposes the lowest-priority
 * layer of the plan. Providers express their toolchain through an official language image ({@code buildImage}),
 * not through Nix packages.
 */
public interface Provider {
    /** The name used in {@code providers = [...]}, as in Nixpacks. */
    String name();

    /** What detection looks for, for the message shown when nothing matches, e.g. {@code "package.json"}. */
    String lookedFor();

    boolean detect(App app, Environment env) throws PlanException;

    /** The provider's plan layer; it always has a {@code setup} phase, so other phases can depend on it. */
    BuildPlan plan(App app, Environment env) throws PlanException;
}
