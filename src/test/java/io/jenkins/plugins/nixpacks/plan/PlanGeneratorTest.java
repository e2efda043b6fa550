package io.jenkins.plugins.nixpacks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanGeneratorTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void nodeApp() throws IOException {
        write("package.json", "{\"name\":\"a\",\"scripts\":{\"build\":\"b\",\"start\":\"node s.js\"}}");
        write("package-lock.json", "{}");
    }

    private BuildPlan generate(PlanOptions options, Map<String, String> env) throws PlanException {
        return PlanGenerator.generate(dir, options, env);
    }

    @Test
    void layersMergeInNixpacksPriorityOrder() throws Exception {
        nodeApp();
        write("Procfile", "web: node procfile.js\n");
        write(
                "nixpacks.toml",
                "[phases.install]\ncmds = [\"npm ci --from-file\"]\n"
                        + "[phases.build]\ncmds = [\"npm run build:file\"]\n[start]\ncmd = \"node file.js\"\n");
        BuildPlan fileWins = generate(PlanOptions.NONE, Map.of());
        assertThat(fileWins.startCmd()).isEqualTo("node file.js");
        assertThat(fileWins.phase("install").cmds()).containsExactly("npm ci --from-file");

        Map<String, String> env =
                Map.of("NIXPACKS_BUILD_CMD", "npm run build:env", "NIXPACKS_START_CMD", "node env.js");
        BuildPlan envWins = generate(PlanOptions.NONE, env);
        assertThat(envWins.phase("install").cmds()).containsExactly("npm ci --from-file");
        assertThat(envWins.phase("build").cmds()).containsExactly("npm run build:env");
        assertThat(envWins.startCmd()).isEqualTo("node env.js");

        BuildPlan optionsWin = generate(
                PlanOptions.builder()
                        .startCmd("node options.js")
                        .installCmd("npm i")
                        .build(),
                env);
        assertThat(optionsWin.startCmd()).isEqualTo("node options.js");
        assertThat(optionsWin.phase("install").cmds()).containsExactly("npm i");
        assertThat(optionsWin.phase("build").cmds()).containsExactly("npm run build:env");
        // Commands were replaced; what the provider said about caching stays.
        assertThat(optionsWin.phase("install").cacheDirectories()).containsExactly("/root/.npm");
    }

    @Test
    void procfileWebLineBeatsTheProviderStart() throws Exception {
        nodeApp();
        write("Procfile", "# processes\nworker: node worker.js\nweb: node web.js\n");
        assertThat(generate(PlanOptions.NONE, Map.of()).startCmd()).isEqualTo("node web.js");
    }

    @Test
    void cacheDirEnvironmentVariablesOnlyCountWithTheirCommand() throws Exception {
        nodeApp();
        BuildPlan ignored = generate(PlanOptions.NONE, Map.of("NIXPACKS_INSTALL_CACHE_DIRS", "/x"));
        assertThat(ignored.phase("install").cacheDirectories()).containsExactly("/root/.npm");
        BuildPlan used = generate(
                PlanOptions.NONE, Map.of("NIXPACKS_INSTALL_CMD", "npm ci", "NIXPACKS_INSTALL_CACHE_DIRS", "/z, /y /x"));
        assertThat(used.phase("install").cacheDirectories()).containsExactly("/x", "/y", "/z");
    }

    @Test
    void optionsAddAptPackagesVariablesAndCacheDirectories() throws Exception {
        nodeApp();
        BuildPlan plan = generate(
                PlanOptions.builder()
                        .aptPkgs(List.of("git"))
                        .variables(Map.of("NODE_ENV", "staging", "EXTRA", "1"))
                        .cacheDirectories(List.of("/root/.cache/extra"))
                        .buildImage("node:22-bookworm")
                        .runImage("node:22-slim")
                        .build(),
                Map.of("NIXPACKS_APT_PKGS", "curl"));
        assertThat(plan.phase("setup").aptPkgs()).containsExactly("git", "curl");
        assertThat(plan.variables()).containsEntry("NODE_ENV", "staging").containsEntry("EXTRA", "1");
        assertThat(plan.phase("install").cacheDirectories()).containsExactly("/root/.npm", "/root/.cache/extra");
        assertThat(plan.buildImage()).isEqualTo("node:22-bookworm");
        assertThat(plan.runImage()).isEqualTo("node:22-slim");
    }

    @Test
    void providersOptionOverridesDetectionAndKeepsDetectedWithMarker() throws Exception {
        nodeApp();
        write("main.py", "print(1)\n");
        assertThat(generate(PlanOptions.NONE, Map.of()).providers()).containsExactly("node");
        BuildPlan python =
                generate(PlanOptions.builder().providers(List.of("python")).build(), Map.of());
        assertThat(python.providers()).containsExactly("python");
        assertThat(python.buildImage()).startsWith("python:");

        BuildPlan both = generate(
                PlanOptions.builder().providers(List.of("...", "python")).build(), Map.of());
        assertThat(both.providers()).containsExactly("node", "python");
        // The first provider owns the plain phase names and the image; later ones are prefixed.
        assertThat(both.buildImage()).startsWith("node:");
        assertThat(both.phases()).containsKeys("setup", "install", "build", "python:setup", "python:install");
        assertThat(both.phase("python:install").dependsOn()).containsExactly("python:setup");
    }

    @Test
    void runStagePackagesOfEveryProviderAndOfTheUserLayers() throws Exception {
        write("composer.json", "{}");
        write("Gemfile", "source \"https://rubygems.org\"\ngem \"pg\"\n");
        BuildPlan php = generate(PlanOptions.NONE, Map.of());
        assertThat(php.phase("setup").aptPkgs()).contains("composer", "nginx");
        assertThat(php.start().aptPkgs()).contains("nginx").doesNotContain("composer", "git", "unzip");

        // Each provider's app needs its run-time packages, not only the first provider's.
        BuildPlan both =
                generate(PlanOptions.builder().providers(List.of("php", "ruby")).build(), Map.of());
        assertThat(both.phase("ruby:setup").aptPkgs()).contains("libpq-dev");
        assertThat(both.start().aptPkgs())
                .contains("nginx", "procps", "libpq5")
                .doesNotContain("libpq-dev", "composer");

        // The step's aptPkgs and NIXPACKS_APT_PKGS name packages for the app: the run stage gets them too.
        BuildPlan user =
                generate(PlanOptions.builder().aptPkgs(List.of("ffmpeg")).build(), Map.of("NIXPACKS_APT_PKGS", "curl"));
        assertThat(user.phase("setup").aptPkgs()).contains("ffmpeg", "curl", "composer");
        assertThat(user.start().aptPkgs()).contains("nginx", "ffmpeg", "curl").doesNotContain("composer");

        // nixpacks.toml can keep them to the build.
        write("nixpacks.toml", "[phases.setup]\naptPkgs = [\"...\", \"g++\"]\n[start]\naptPkgs = [\"...\"]\n");
        BuildPlan buildOnly = generate(PlanOptions.NONE, Map.of());
        assertThat(buildOnly.phase("setup").aptPkgs()).contains("g++");
        assertThat(buildOnly.start().aptPkgs()).isEqualTo(php.start().aptPkgs());
    }

    @Test
    void providersInConfigFileAreHonoured() throws Exception {
        nodeApp();
        write("main.py", "print(1)\n");
        write("nixpacks.toml", "providers = [\"python\"]\n");
        assertThat(generate(PlanOptions.NONE, Map.of()).providers()).containsExactly("python");
    }

    @Test
    void unknownProviderListsTheKnownOnes() throws Exception {
        nodeApp();
        assertThatThrownBy(() -> generate(
                        PlanOptions.builder().providers(List.of("fortran")).build(), Map.of()))
                .isInstanceOf(PlanException.class)
                .hasMessage(
                        "Unknown provider 'fortran'. Known providers: crystal, csharp, dart, elixir, deno, fsharp, clojure, gleam,"
                                + " go, haskell, scheme, java, lunatic, scala, php, ruby, node, python, rust, swift, staticfile, zig,"
                                + " cobol.");
    }

    @Test
    void malformedConfigFileNamesFileAndLine() throws Exception {
        nodeApp();
        write("nixpacks.toml", "[phases.build]\ncmds = [\"a\"\n\n[start]\n");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of()))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("nixpacks.toml, line ")
                .hasMessageNotContaining("\n");
        write("nixpacks.toml", "[phases.build]\ncmd = \"a\"\n");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of()))
                .hasMessageStartingWith("nixpacks.toml, line 2: unknown key 'cmd' in phases.build");
    }

    @Test
    void namedConfigFilesAreUsedAndMustExist() throws Exception {
        nodeApp();
        write("ci/plan.json", "{\"start\":{\"cmd\":\"from-json\"}}");
        write("nixpacks.toml", "[start]\ncmd = \"from-toml\"\n");
        assertThat(generate(PlanOptions.NONE, Map.of()).startCmd()).isEqualTo("from-toml");
        assertThat(generate(PlanOptions.builder().configFile("ci/plan.json").build(), Map.of())
                        .startCmd())
                .isEqualTo("from-json");
        assertThat(generate(PlanOptions.NONE, Map.of("NIXPACKS_CONFIG_FILE", "ci/plan.json"))
                        .startCmd())
                .isEqualTo("from-json");
        assertThatThrownBy(() ->
                        generate(PlanOptions.builder().configFile("nope.toml").build(), Map.of()))
                .hasMessage("Config file nope.toml (configFile option) does not exist in " + dir.toRealPath() + ".");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of("NIXPACKS_CONFIG_FILE", "nope.toml")))
                .hasMessage("Config file nope.toml (NIXPACKS_CONFIG_FILE) does not exist in " + dir.toRealPath() + ".");
        assertThatThrownBy(() ->
                        generate(PlanOptions.builder().configFile("../x.toml").build(), Map.of()))
                .hasMessageContaining("leads outside the app folder")
                .hasMessageContaining("give its absolute path instead");
        // An absolute path names a file outside the app on purpose (a config shared by several projects).
        java.nio.file.Path shared = java.nio.file.Files.createTempFile("shared-nixpacks-", ".toml");
        try {
            java.nio.file.Files.writeString(shared, "[start]\ncmd = \"from-shared\"\n");
            assertThat(generate(
                                    PlanOptions.builder()
                                            .configFile(shared.toString())
                                            .build(),
                                    Map.of())
                            .startCmd())
                    .isEqualTo("from-shared");
        } finally {
            java.nio.file.Files.delete(shared);
        }
        assertThatThrownBy(() -> generate(
                        PlanOptions.builder()
                                .configFile("/nonexistent/nixpacks.toml")
                                .build(),
                        Map.of()))
                .hasMessage("Config file /nonexistent/nixpacks.toml (configFile option) does not exist.");
        write("plan.yml", "start: x\n");
        assertThatThrownBy(() ->
                        generate(PlanOptions.builder().configFile("plan.yml").build(), Map.of()))
                .hasMessageContaining("neither .toml nor .json");
    }

    @Test
    void emptyFolderSaysSo() {
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of()))
                .isInstanceOf(PlanException.class)
                .hasMessageEndingWith("is empty: there is nothing to build.");
    }

    @Test
    void missingFolderSaysSo() {
        assertThatThrownBy(() -> PlanGenerator.generate(dir.resolve("missing"), PlanOptions.NONE, Map.of()))
                .hasMessageEndingWith("missing does not exist.");
    }

    @Test
    void unrecognisedFolderSaysWhatWasLookedFor() throws Exception {
        write("README.md", "hello\n");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of()))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("Could not tell how to build ")
                .hasMessageContaining("package.json (node)")
                .hasMessageContaining("pom.xml or gradlew (java)")
                .hasMessageContaining("mix.exs (elixir)")
                .hasMessageContaining("describe the build in nixpacks.toml");
    }

    @Test
    void noStartCommandStillPlansAndTheBuildRefusesIt() throws Exception {
        write("package.json", "{\"name\":\"a\"}");
        BuildPlan plan = generate(PlanOptions.NONE, Map.of());
        assertThat(plan.startCmd()).as("Nixpacks plans without a start command").isNull();
        assertThat(plan.phase("install").cmds()).containsExactly("npm i");
        assertThatThrownBy(() -> PlanGenerator.requireStart(plan, dir))
                .isInstanceOf(PlanException.class)
                .hasMessage("No start command for " + dir + ": the node provider found one. Set the step's"
                        + " startCmd, NIXPACKS_START_CMD, [start] cmd in nixpacks.toml, or add a Procfile with a web:"
                        + " line; or set noErrorWithoutStart to build an image without one.");
        assertThat(generate(PlanOptions.builder().startCmd("node x.js").build(), Map.of())
                        .startCmd())
                .isEqualTo("node x.js");
    }

    @Test
    void configOnlyPlanIsMadeAndTheBuildAsksForAnImage() throws Exception {
        write("nixpacks.toml", "[phases.setup]\nnixPkgs = [\"cowsay\"]\n[start]\ncmd = \"run\"\n");
        BuildPlan plan = generate(PlanOptions.NONE, Map.of());
        assertThat(plan.providers()).isEmpty();
        assertThat(plan.phase("setup").nixPkgs()).containsExactly("cowsay");
        assertThatThrownBy(() -> PlanGenerator.requireBuildImage(plan, dir))
                .hasMessageContaining("has no build image: no provider detected the app")
                .hasMessageContaining("Set buildImage in nixpacks.toml (for example buildImage ="
                        + " \"debian:bookworm-slim\"), or the step's buildImage option (--build-image in the runner)");
        write("nixpacks.toml", "buildImage = \"debian:bookworm\"\n[start]\ncmd = \"run\"\n");
        BuildPlan withImage = generate(PlanOptions.NONE, Map.of());
        PlanGenerator.requireBuildImage(withImage, dir);
        assertThat(withImage.phases()).containsOnlyKeys("setup");
    }

    @Test
    void aLoneSubfolderHoldingTheAppIsPlannedFromThere() throws Exception {
        write("hello/sub/package.json", "{\"name\":\"a\",\"scripts\":{\"start\":\"node i.js\"}}");
        assertThat(PlanGenerator.appFolder(dir, PlanOptions.NONE, Map.of())).isEqualTo(dir.resolve("hello/sub"));
        assertThat(generate(PlanOptions.NONE, Map.of()).startCmd()).isEqualTo("npm run start");
        write("other/README.md", "two folders: nothing says which");
        assertThat(PlanGenerator.appFolder(dir, PlanOptions.NONE, Map.of())).isEqualTo(dir);
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of())).hasMessageStartingWith("Could not tell");
    }

    @Test
    void nixPackagesNeedANixpacksImage() throws Exception {
        nodeApp();
        // Checked when the Dockerfile is written, not while planning: `nixpacks plan` prints such a plan.
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of("NIXPACKS_PKGS", "ffmpeg cowsay"))
                        .checkNixPackages())
                .isInstanceOf(PlanException.class)
                .hasMessage("The plan asks for Nix packages ffmpeg (setup.nixPkgs), cowsay (setup.nixPkgs), but the"
                        + " build image node:24-bookworm is not a Nixpacks image and has no Nix. Install them with"
                        + " aptPkgs instead, or set buildImage to a Nixpacks image (one whose name contains"
                        + " 'nixpacks').");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of("NIXPACKS_LIBS", "zlib"))
                        .checkNixPackages())
                .hasMessageContaining("zlib (setup.nixLibs)");
        BuildPlan nix = generate(
                PlanOptions.builder()
                        .buildImage("ghcr.io/railwayapp/nixpacks:ubuntu-1745885067")
                        .build(),
                Map.of("NIXPACKS_PKGS", "ffmpeg"));
        assertThat(nix.phase("setup").nixPkgs()).containsExactly("ffmpeg");
    }

    @Test
    void badPhasesInConfigAreReported() throws Exception {
        nodeApp();
        write("nixpacks.toml", "[phases.deploy]\ndependsOn = [\"publish\"]\ncmds = [\"x\"]\n");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of()))
                .hasMessageStartingWith("Phase 'deploy' depends on 'publish', which is not a phase of this plan");
        write("nixpacks.toml", "[phases.setup]\ndependsOn = [\"build\"]\n");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of()))
                .hasMessageStartingWith("Phases depend on each other in a cycle: setup -> build -> install -> setup");
        write("nixpacks.toml", "[phases.build]\ncacheDirectories = [\"../up\"]\n");
        assertThatThrownBy(() -> generate(PlanOptions.NONE, Map.of()))
                .hasMessageStartingWith("Phase 'build': Cache directory '../up' contains '..'");
    }

    @Test
    void resultIsInDependencyOrderWithoutMarkers() throws Exception {
        nodeApp();
        write(
                "nixpacks.toml",
                "[phases.zzz]\ndependsOn = [\"setup\"]\ncmds = [\"z\"]\n"
                        + "[phases.build]\ncmds = [\"...\", \"after\"]\n");
        BuildPlan plan = generate(PlanOptions.NONE, Map.of());
        assertThat(plan.phases().keySet()).containsExactly("setup", "install", "build", "zzz");
        assertThat(plan.phase("build").cmds()).containsExactly("npm run build", "after");
        assertThat(plan.toJson()).doesNotContain("\"...\"");
    }

    @Test
    void configuredCacheDirsForAProjectDockerfile() throws Exception {
        write("Dockerfile", "FROM scratch\n");
        write("nixpacks.toml", "[phases.build]\ncacheDirectories = [\"~/.gradle\", \"/root/.gradle\"]\n");
        List<CacheDir> dirs = PlanGenerator.configuredCacheDirs(
                dir,
                PlanOptions.builder()
                        .cacheDirectories(List.of("node_modules/.cache"))
                        .build(),
                Map.of());
        assertThat(dirs)
                .extracting(CacheDir::absolutePath)
                .containsExactly("/root/.gradle", "/app/node_modules/.cache");
        assertThat(PlanGenerator.configuredCacheDirs(dir, PlanOptions.NONE, Map.of()))
                .hasSize(1);
    }
}
