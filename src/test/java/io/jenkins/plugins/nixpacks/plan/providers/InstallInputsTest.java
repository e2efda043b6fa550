package io.jenkins.plugins.nixpacks.plan.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import io.jenkins.plugins.nixpacks.plan.PlanPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per provider, the files the install phase copies before it runs (dependency-first layers), and the cases where
 * the install reads more and the whole app is copied first, with the note saying why.
 */
class InstallInputsTest {
    @TempDir
    Path dir;

    private Map<String, String> env = Map.of();

    @BeforeEach
    void procfile() throws IOException {
        write("Procfile", "web: run\n"); // every plan needs a start command; not what these tests look at
    }

    private InstallInputsTest write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    private BuildPlan plan() throws Exception {
        return PlanGenerator.generate(dir, PlanOptions.NONE, env);
    }

    private List<String> inputs() throws Exception {
        return plan().phase("install").onlyIncludeFiles();
    }

    private void assertWholeApp(String reasonPart) throws Exception {
        BuildPlan plan = plan();
        assertThat(plan.phase("install").onlyIncludeFiles()).isEmpty();
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("install copies the whole app first")
                .contains(reasonPart));
        assertThat(PlanPrinter.lines(plan)).anySatisfy(l -> assertThat(l).startsWith("  note: install copies"));
    }

    @Test
    void npmCopiesManifestLockAndSettingsOnly() throws Exception {
        write("package.json", "{\"scripts\":{\"build\":\"tsc\"}}").write("package-lock.json", "{}");
        write(".npmrc", "x=1").write("src/index.ts", "");
        assertThat(inputs()).containsExactly("package.json", "package-lock.json", ".npmrc");
        assertThat(plan().notes()).isEmpty();
        assertThat(plan().variables()).containsEntry("NPM_CONFIG_PREFER_OFFLINE", "true");
    }

    @Test
    void yarnBerryCopiesItsReleaseAndPluginsButNotItsCache() throws Exception {
        write("package.json", "{\"packageManager\":\"yarn@4.1.0\"}").write("yarn.lock", "");
        write(".yarnrc.yml", "yarnPath: .yarn/releases/yarn-4.1.0.cjs\n");
        write(".yarn/releases/yarn-4.1.0.cjs", "")
                .write(".yarn/plugins/p.cjs", "")
                .write(".yarn/cache/a.zip", "");
        assertThat(inputs())
                .containsExactly("package.json", "yarn.lock", ".yarnrc.yml", ".yarn/releases", ".yarn/plugins");
    }

    @Test
    void workspacesFromPackageJsonAndPnpmWorkspaceYaml() throws Exception {
        write("package.json", "{\"workspaces\":{\"packages\":[\"apps/*\",\"libs/**\"]}}");
        write("apps/web/package.json", "{}")
                .write("libs/a/b/package.json", "{}")
                .write("other/package.json", "{}");
        assertThat(inputs()).containsExactly("package.json", "apps/web/package.json", "libs/a/b/package.json");

        Files.delete(dir.resolve("package.json"));
        write("package.json", "{}").write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
        write("pnpm-workspace.yaml", "# workspaces\npackages:\n  - 'apps/*'\n  - \"!apps/old\"\ncatalog:\n  x: 1\n");
        write("apps/old/package.json", "{}");
        assertThat(inputs())
                .containsExactly("package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", "apps/web/package.json");
    }

    @Test
    void nodeFallsBackForInstallScriptsAndOutsidePaths() throws Exception {
        write("package.json", "{\"scripts\":{\"prepare\":\"husky\"}}");
        assertWholeApp("'prepare' script");

        write("package.json", "{\"workspaces\":[\"pkg/*\"]}")
                .write("pkg/a/package.json", "{\"scripts\":{\"postinstall\":\"x\"}}");
        assertWholeApp("pkg/a/package.json has a 'postinstall' script");

        write("pkg/a/package.json", "{}").write("package.json", "{\"dependencies\":{\"x\":\"file:../x\"}}");
        assertWholeApp("outside the source folder");

        write("package.json", "{\"dependencies\":{\"x\":\"file:./vendor/x\"}}").write("vendor/x/package.json", "{}");
        assertThat(inputs()).containsExactly("package.json", "vendor/x");
    }

    @Test
    void anInstalledFolderInTheContextMeansTheWholeAppUnlessDockerignored() throws Exception {
        write("package.json", "{}").write("node_modules/x/index.js", "");
        assertWholeApp("node_modules is in the build context");
        write(".dockerignore", "node_modules\n");
        assertThat(inputs()).containsExactly("package.json");
    }

    @Test
    void anInputLeftOutByDockerignoreIsNotCopied() throws Exception {
        write("package.json", "{}").write("package-lock.json", "{}").write(".npmrc", "");
        write(".dockerignore", ".npmrc\n");
        BuildPlan plan = plan();
        assertThat(plan.phase("install").onlyIncludeFiles()).containsExactly("package.json", "package-lock.json");
        assertThat(plan.notes())
                .contains("install: .npmrc is left out by .dockerignore, so it is not copied before" + " the phase.");
    }

    @Test
    void mavenFollowsModulesAndCopiesMvnAndTheWrapper() throws Exception {
        write(
                "pom.xml",
                "<project><modules><module>a</module><module>b/pom-b.xml</module>"
                        + "<!-- <module>gone</module> --></modules></project>");
        write("a/pom.xml", "<project><modules><module>../c</module></modules></project>");
        write("b/pom-b.xml", "<project/>").write("c/pom.xml", "<project/>").write("stray/pom.xml", "<project/>");
        write(".mvn/wrapper/maven-wrapper.properties", "").write("mvnw", "");
        assertThat(inputs()).containsExactly("pom.xml", "a/pom.xml", "b/pom-b.xml", "c/pom.xml", ".mvn", "mvnw");
        BuildPlan plan = plan();
        assertThat(plan.phase("install").cacheDirectories()).containsExactly("/root/.m2/repository");
        assertThat(String.join(" ", plan.phase("install").cmds())).doesNotContain("maven.repo.local", " install");
        assertThat(plan.phase("build").cmds()).containsExactly("chmod +x ./mvnw && ./mvnw -B -ntp -DskipTests package");
    }

    @Test
    void mavenFallsBackWhenAPomReadsOtherFiles() throws Exception {
        write(
                "pom.xml",
                "<project><dependencies><dependency><systemPath>${basedir}/lib/x.jar</systemPath>"
                        + "</dependency></dependencies></project>");
        assertWholeApp("<systemPath>");
        write(
                "pom.xml",
                "<project><profiles><profile><activation><file><exists>x</exists></file></activation>"
                        + "</profile></profiles></project>");
        assertWholeApp("profile activated by a file");
        write("pom.xml", "<project><modules><module>missing</module></modules></project>");
        assertWholeApp("missing/pom.xml is missing");
        write("pom.xml", "<project><parent><relativePath>../parent/pom.xml</relativePath></parent></project>");
        assertWholeApp("outside the source folder");
    }

    @Test
    void pythonRequirementsFollowIncludesAndFallBackForLocalPaths() throws Exception {
        write("requirements.txt", "-r base.txt\nflask==3.0  # web\n").write("base.txt", "-c constraints.txt\n");
        write("constraints.txt", "").write("main.py", "");
        assertThat(inputs()).containsExactly("requirements.txt", "base.txt", "constraints.txt");
        write("base.txt", "-e .\n");
        assertWholeApp("installs a local path (-e .)");
    }

    @Test
    void pythonProjectManagersCopyTheLockUnlessTheyInstallTheProject() throws Exception {
        write("pyproject.toml", "[project]\nname = \"x\"\n").write("uv.lock", "");
        assertThat(inputs()).containsExactly("pyproject.toml", "uv.lock");
        write("pyproject.toml", "[project]\nname = \"x\"\n[build-system]\nrequires = [\"hatchling\"]\n");
        assertWholeApp("[build-system]");

        Files.delete(dir.resolve("uv.lock"));
        write("poetry.lock", "").write("pyproject.toml", "[tool.poetry]\npackage-mode = false\n");
        assertThat(inputs()).containsExactly("pyproject.toml", "poetry.lock");
        write("pyproject.toml", "[tool.poetry]\nname = \"x\"\n");
        assertWholeApp("poetry install also installs the project");

        Files.delete(dir.resolve("poetry.lock"));
        write("pyproject.toml", "[project]\nname = \"x\"\n");
        assertWholeApp("pip install . builds the project");
    }

    @Test
    void goDownloadsFromGoModAndSumOrUsesVendor() throws Exception {
        write("go.mod", "module x\n\ngo 1.22\n\nreplace example.com/y => ./internal/y\n");
        write("go.sum", "").write("main.go", "package main\n").write("internal/y/go.mod", "module y\n");
        assertThat(inputs()).containsExactly("go.mod", "go.sum", "internal/y");
        assertThat(plan().variables()).containsEntry("GOCACHE", "/root/.cache/go-build");

        write("go.mod", "module x\n\ngo 1.22\n\nreplace example.com/y => ../y\n");
        assertWholeApp("outside the app");

        write("vendor/modules.txt", "");
        BuildPlan vendored = plan();
        assertThat(vendored.phase("install")).isNull();
        assertThat(vendored.variables()).containsEntry("GOFLAGS", "-mod=vendor");
        assertThat(vendored.phase("build").dependsOn()).containsExactly("setup");
    }

    @Test
    void rubyCopiesTheGemfileUnlessItUsesAppFiles() throws Exception {
        write("Gemfile", "source 'https://rubygems.org'\nruby file: '.ruby-version'\ngem 'rack'\n");
        write("Gemfile.lock", "").write(".ruby-version", "3.3.0\n");
        assertThat(inputs()).containsExactly("Gemfile", "Gemfile.lock", ".ruby-version");
        write("Gemfile", "source 'https://rubygems.org'\ngemspec\n");
        assertWholeApp("gemspec");
        write("Gemfile", "gem 'mine', path: 'engines/mine'\n");
        assertWholeApp("path:");
    }

    @Test
    void phpCopiesComposerFilesUnlessInstallScriptsOrAClassmapReadSources() throws Exception {
        write("composer.json", "{\"autoload\":{\"psr-4\":{\"App\\\\\":\"src/\"}}}")
                .write("composer.lock", "{}");
        assertThat(inputs()).containsExactly("composer.json", "composer.lock");
        write("composer.json", "{\"scripts\":{\"post-autoload-dump\":[\"@php artisan package:discover\"]}}");
        assertWholeApp("post-autoload-dump");
        write("composer.json", "{\"autoload\":{\"classmap\":[\"database/\"]}}");
        assertWholeApp("classmap");
    }

    @Test
    void elixirCopiesMixFilesAndConfigUnlessMixExsReadsFiles() throws Exception {
        write("mix.exs", "defmodule X.MixProject do\nend\n")
                .write("mix.lock", "%{}")
                .write("config/config.exs", "");
        assertThat(inputs()).containsExactly("mix.exs", "mix.lock", "config");
        write("mix.exs", "defmodule X.MixProject do\n @version File.read!(\"VERSION\")\nend\n");
        assertWholeApp("mix.exs reads other files");
    }

    @Test
    void rustAndDenoSayWhyTheyHaveNoDependencyFirstLayer() throws Exception {
        write("Cargo.toml", "[package]\nname = \"x\"\n").write("src/main.rs", "fn main() {}");
        assertThat(plan().notes()).anySatisfy(n -> assertThat(n).contains("cargo reads no manifest"));
    }

    @Test
    void aUsersInstallCommandWithoutFilesCopiesTheWholeApp() throws Exception {
        write("package.json", "{}").write("package-lock.json", "{}");
        env = Map.of("NIXPACKS_INSTALL_CMD", "npm ci && node scripts/gen.js");
        BuildPlan plan = plan();
        assertThat(plan.phase("install").onlyIncludeFiles()).isEmpty();
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("install copies the whole app first: its" + " commands were replaced"));
    }

    @Test
    void aUsersOnlyIncludeFilesWinAndPatternsAreExpanded() throws Exception {
        write("package.json", "{}").write("package-lock.json", "{}").write("patches/a.patch", "");
        write("patches/b.patch", "").write("patches/keep.txt", "");
        write(
                "nixpacks.toml",
                "[phases.install]\nonlyIncludeFiles = [\"package.json\", \"patches/*.patch\", \"none/*.x\","
                        + " \"missing.lock\"]\n");
        BuildPlan plan = plan();
        assertThat(plan.phase("install").onlyIncludeFiles())
                .containsExactly("package.json", "patches/a.patch", "patches/b.patch");
        assertThat(plan.notes())
                .contains("install: onlyIncludeFiles entry none/*.x matches no file; nothing copied for it.")
                .contains("install: onlyIncludeFiles entry missing.lock is not in the source folder; nothing copied"
                        + " for it.");
    }
}
