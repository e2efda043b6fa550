package io.jenkins.plugins.nixpacks.plan.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go's main package and vendor/, and the options that used to be dropped or misplaced on Java plans. */
class GoAndOptionsTest {
    @TempDir
    Path dir;

    private void write(String rel, String text) throws Exception {
        Files.createDirectories(dir.resolve(rel).getParent());
        Files.writeString(dir.resolve(rel), text);
    }

    private BuildPlan plan(PlanOptions options) throws PlanException {
        return PlanGenerator.generate(dir, options, Map.of());
    }

    @Test
    void libraryAtTheRootBuildsTheMainPackageUnderCmd() throws Exception {
        write("go.mod", "module x\n\ngo 1.23\n");
        write("lib.go", "package x\n");
        write("cmd/api/main.go", "package main\nfunc main() {}\n");
        assertThat(plan(PlanOptions.NONE).phase("build").cmds()).containsExactly("go build -o out ./cmd/api");
        assertThat(plan(PlanOptions.NONE).phase("install").cacheDirectories())
                .containsExactlyInAnyOrder("/root/.cache/go-build", GoProvider.MODULE_CACHE_DIR);
    }

    @Test
    void noMainPackageFailsAtPlanTime() throws Exception {
        write("go.mod", "module x\n\ngo 1.23\n");
        write("lib.go", "package x\n");
        assertThatThrownBy(() -> plan(PlanOptions.NONE))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("No main package in " + dir.toRealPath())
                .hasMessageContaining("NIXPACKS_GO_BIN");
    }

    @Test
    void vendoredModulesBuildFromVendorAndNeverDownload() throws Exception {
        write("go.mod", "module x\n\ngo 1.23\n");
        write("vendor/modules.txt", "# example.com/dep v1.0.0\n");
        write("main.go", "package main\nfunc main() {}\n");
        BuildPlan plan = plan(PlanOptions.NONE);
        assertThat(plan.phases()).doesNotContainKey("install");
        assertThat(plan.phase("build").cmds()).containsExactly("go build -mod=vendor -o out");
        assertThat(plan.toJson()).doesNotContain("go mod download");
    }

    @Test
    void installCmdOnAJavaPlanRunsBeforeTheBuildAndCacheDirsAreKept() throws Exception {
        write("pom.xml", "<project/>");
        BuildPlan plan = plan(PlanOptions.builder()
                .installCmd("./prepare.sh")
                .cacheDirectories(List.of("/root/.cache/extra"))
                .build());
        List<String> order = plan.orderedPhases().stream().map(Phase::name).toList();
        assertThat(order).containsSubsequence("setup", "install", "build");
        assertThat(plan.cacheDirectories().toString()).contains("/root/.cache/extra");

        BuildPlan dirsOnly = plan(PlanOptions.builder()
                .cacheDirectories(List.of("/root/.cache/extra"))
                .build());
        // Maven's install resolves the dependencies (dependency-first), so the directory is the install's, not dropped.
        assertThat(dirsOnly.cacheDirectories().toString())
                .as("--cache-dir is kept on a Java plan")
                .contains("/root/.cache/extra");
    }
}
