package io.jenkins.plugins.nixpacks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMergerTest {
    private static BuildPlan toml(String text) throws PlanException {
        return BuildPlan.fromToml(text, "test.toml");
    }

    @Test
    void upperListReplacesLowerUnlessItKeepsIt() throws Exception {
        BuildPlan lower = toml("[phases.setup]\naptPkgs = [\"a\", \"b\"]\n[phases.build]\ncmds = [\"make\"]\n");
        BuildPlan replace = toml("[phases.setup]\naptPkgs = [\"c\"]\n");
        BuildPlan keep = toml("[phases.setup]\naptPkgs = [\"x\", \"...\", \"z\"]\n");
        BuildPlan auto = toml("[phases.build]\ncmds = [\"@auto\", \"make test\"]\n");

        assertThat(merged(lower, replace).phase("setup").aptPkgs()).containsExactly("c");
        assertThat(merged(lower, keep).phase("setup").aptPkgs()).containsExactly("x", "a", "b", "z");
        assertThat(merged(lower, auto).phase("build").cmds()).containsExactly("make", "make test");
        // An absent list keeps the lower one; an empty one clears it.
        assertThat(merged(lower, toml("[phases.setup]\n")).phase("setup").aptPkgs())
                .containsExactly("a", "b");
        assertThat(merged(lower, toml("[phases.build]\ncmds = []\n"))
                        .phase("build")
                        .cmds())
                .isEmpty();
    }

    @Test
    void markersStayUntilEveryLayerIsMerged() throws Exception {
        BuildPlan provider = toml("[phases.setup]\naptPkgs = [\"p\"]\n");
        BuildPlan file = toml("[phases.setup]\naptPkgs = [\"...\", \"f\"]\n");
        BuildPlan env = toml("[phases.setup]\naptPkgs = [\"e\", \"...\"]\n");
        BuildPlan result = PlanMerger.strip(PlanMerger.merge(List.of(provider, file, env)));
        assertThat(result.phase("setup").aptPkgs()).containsExactly("e", "p", "f");
    }

    @Test
    void packagesAConfigNamesGoToTheRunStageUnlessItSaysOtherwise() throws Exception {
        BuildPlan provider = toml("[phases.setup]\naptPkgs = [\"php-fpm\", \"composer\"]\n"
                + "[start]\ncmd = \"serve\"\naptPkgs = [\"php-fpm\"]\n");
        // A Nixpacks file: what it adds is for the app, as in Nixpacks' single image.
        BuildPlan added = strippedMerge(provider, toml("[phases.setup]\naptPkgs = [\"...\", \"ffmpeg\"]\n"));
        assertThat(added.phase("setup").aptPkgs()).containsExactly("php-fpm", "composer", "ffmpeg");
        assertThat(added.start().aptPkgs()).containsExactly("php-fpm", "ffmpeg");
        // What it removes from every phase leaves the run stage too; the provider's build-only choice stays.
        BuildPlan replaced = strippedMerge(provider, toml("[phases.setup]\naptPkgs = [\"composer\", \"curl\"]\n"));
        assertThat(replaced.start().aptPkgs()).containsExactly("curl");
        // Saying the run packages: merged as any list, "..." keeping the lower ones.
        BuildPlan buildOnly = strippedMerge(
                provider, toml("[phases.setup]\naptPkgs = [\"...\", \"g++\"]\n[start]\naptPkgs = [\"...\"]\n"));
        assertThat(buildOnly.phase("setup").aptPkgs()).containsExactly("php-fpm", "composer", "g++");
        assertThat(buildOnly.start().aptPkgs()).containsExactly("php-fpm");
        assertThat(strippedMerge(provider, toml("[start]\naptPkgs = []\n")).runAptPkgs())
                .isEmpty();
        assertThat(strippedMerge(provider, toml("[start]\ncmd = \"other\"\n")).start())
                .isEqualTo(new StartPhase("other", null, null, null, List.of("php-fpm")));
        // A run-only package (a runtime library for a -dev package) is not removed by a layer naming phases.
        BuildPlan runtimeLib = toml("[phases.setup]\naptPkgs = [\"libpq-dev\"]\n[start]\naptPkgs = [\"libpq5\"]\n");
        assertThat(strippedMerge(runtimeLib, toml("[phases.setup]\naptPkgs = [\"...\", \"git\"]\n"))
                        .runAptPkgs())
                .containsExactly("libpq5", "git");
    }

    @Test
    void withoutStartAptPkgsTheRunStageHasWhatNixpacksImageWouldHave() throws Exception {
        BuildPlan plan = strippedMerge(
                toml("[phases.setup]\naptPkgs = [\"curl\"]\n"),
                toml("[phases.build]\naptPkgs = [\"ffmpeg\"]\ncmds = [\"x\"]\n"));
        assertThat(plan.start()).isNull();
        assertThat(plan.runAptPkgs()).containsExactly("curl", "ffmpeg");
        assertThat(plan.toBuilder().runImage("debian:bookworm-slim").build().runAptPkgs())
                .as("a run image of its own gets only the /app folder, as in Nixpacks")
                .isEmpty();
    }

    private static BuildPlan strippedMerge(BuildPlan lower, BuildPlan upper) {
        return PlanMerger.strip(PlanMerger.merge(lower, upper));
    }

    @Test
    void singleValuesAndMapsFromTheUpperLayerWin() throws Exception {
        BuildPlan lower = toml("buildImage = \"a\"\n[variables]\nX = \"1\"\nY = \"2\"\n"
                + "[start]\ncmd = \"old\"\nrunImage = \"r\"\n");
        BuildPlan upper = toml("[variables]\nY = \"3\"\nZ = \"4\"\n[start]\ncmd = \"new\"\n");
        BuildPlan result = merged(lower, upper);
        assertThat(result.buildImage()).isEqualTo("a");
        assertThat(result.variables())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("X", "1"),
                        org.assertj.core.api.Assertions.entry("Y", "3"),
                        org.assertj.core.api.Assertions.entry("Z", "4"));
        assertThat(result.start()).isEqualTo(new StartPhase("new", "r", null, null));
        assertThat(merged(lower, toml("buildImage = \"b\"\n")).buildImage()).isEqualTo("b");
    }

    @Test
    void newInstallAndBuildPhasesGetNixpacksDefaultDependencies() throws Exception {
        BuildPlan lower = toml("[phases.setup]\n");
        BuildPlan withInstall = merged(lower, toml("[phases.install]\ncmds = [\"i\"]\n"));
        assertThat(withInstall.phase("install").dependsOn()).containsExactly("setup");
        BuildPlan withBuild = merged(withInstall, toml("[phases.build]\ncmds = [\"b\"]\n"));
        assertThat(withBuild.phase("build").dependsOn()).containsExactly("install");
        // A plan with no install phase (a static site, Maven): build runs after setup instead.
        assertThat(merged(lower, toml("[phases.build]\ncmds = [\"b\"]\n"))
                        .phase("build")
                        .dependsOn())
                .containsExactly("setup");
        assertThat(merged(lower, toml("[phases.lint]\ncmds = [\"l\"]\n"))
                        .phase("lint")
                        .dependsOn())
                .isEmpty();
    }

    @Test
    void phasesAreOrderedByDependencyThenByPlanOrder() throws Exception {
        BuildPlan plan = toml("[phases.zeta]\ndependsOn = [\"build\"]\n"
                + "[phases.build]\ndependsOn = [\"install\"]\n[phases.alpha]\n[phases.install]\ndependsOn = [\"setup\"]\n"
                + "[phases.setup]\n");
        assertThat(plan.orderedPhases())
                .extracting(Phase::name)
                .containsExactly("alpha", "setup", "install", "build", "zeta");
    }

    @Test
    void unknownDependencyNamesBothPhases() throws Exception {
        BuildPlan plan = toml("[phases.setup]\n[phases.build]\ndependsOn = [\"compile\"]\n");
        assertThatThrownBy(plan::orderedPhases)
                .isInstanceOf(PlanException.class)
                .hasMessage("Phase 'build' depends on 'compile', which is not a phase of this plan (phases: setup,"
                        + " build). Fix its dependsOn or add a [phases.compile] section.");
    }

    @Test
    void cycleNamesThePhasesInIt() throws Exception {
        BuildPlan plan = toml("[phases.setup]\n[phases.a]\ndependsOn = [\"setup\", \"c\"]\n"
                + "[phases.b]\ndependsOn = [\"a\"]\n[phases.c]\ndependsOn = [\"b\"]\n");
        assertThatThrownBy(plan::orderedPhases)
                .isInstanceOf(PlanException.class)
                .hasMessage("Phases depend on each other in a cycle: a -> c -> b -> a. Remove one of these"
                        + " dependsOn entries.");
        assertThatThrownBy(toml("[phases.a]\ndependsOn = [\"a\"]\n")::orderedPhases)
                .hasMessageContaining("cycle: a -> a");
    }

    private static BuildPlan merged(BuildPlan lower, BuildPlan upper) {
        return PlanMerger.strip(PlanMerger.merge(lower, upper));
    }
}
