package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * npm after a changed lockfile ({@link NpmIncremental}), on two real engines and the authenticated registry, with no
 * network: the app's dependencies are tarballs in its own {@code vendor/} ({@code file:} dependencies in the
 * lockfile, {@code src/test/resources/npm-incremental}). Version 1 depends on a@1 and b@1; version 2 on b@2 and c@1,
 * under the same file names, so only the files the install copies change. The tree the incremental install leaves
 * must be the tree {@code npm ci} gives, file by file.
 */
class NpmIncrementalIT {
    private static final Path FIXTURE = Path.of("src/test/resources/npm-incremental");

    /** A digest of every file and link under /app/node_modules, path and content, with the package list. */
    private static final String TREE = "cd /app && find node_modules \\( -type f -o -type l \\) | LC_ALL=C sort"
            + " | while read -r f; do echo \"$f $(sha256sum < \"$f\")\"; done | sha256sum"
            + " && ls node_modules && cat built.txt";

    @TempDir
    Path tmp;

    /** Version {@code v} of the app in {@code dir}, its package.json unique to this run (so no engine has its layers). */
    private static void version(Path dir, String v, String run) throws Exception {
        Path from = FIXTURE.resolve(v);
        Files.createDirectories(dir.resolve("vendor"));
        for (String f : List.of("package-lock.json", "vendor/p1.tgz", "vendor/p2.tgz")) {
            Files.copy(from.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(
                dir.resolve("package.json"),
                Files.readString(from.resolve("package.json"))
                        .replace("\"private\": true,", "\"private\": true,\n  \"description\": \"" + run + "\","));
    }

    private static Path app(Path tmp, String name, String v, String run, TestInfra infra) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(
                dir.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"" + infra.imageNode() + "\"",
                        "[variables]",
                        "NPM_CONFIG_OFFLINE = \"true\"",
                        // A setup step the run stage has too, unique to this run (so no engine has its layers).
                        "[staticAssets]",
                        "\"marker.txt\" = \"" + run + "\"",
                        "[start]",
                        "cmd = \"cat /app/built.txt\"",
                        ""),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.js"), "console.log('v1');\n");
        version(dir, v, run);
        return dir;
    }

    private static String tree(TestInfra infra, String engine, String image) throws Exception {
        try (DockerEngine e = infra.connect(engine)) {
            RunResult r = e.run(image, "sh", "-c", TREE);
            assertThat(r.exitCode()).as("container output: %s", r.output()).isZero();
            return r.output().strip();
        }
    }

    @Test
    void aChangedLockfileInstallsOnThePreviousInstallAndGivesNpmCisTree() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String run = "run-" + UUID.randomUUID();
        Path dir = app(tmp, "app", "v1", run, fx.infra);
        String cacheImage = fx.infra.uniqueRegistryImage("it/npm-incremental", "main");
        String image = TestInfra.uniqueName("it-npm-incremental");
        String reference = TestInfra.uniqueName("it-npm-incremental-ci");
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            // 1. Engine A, cold: npm ci, and the stage up to it goes to the registry as the install image.
            BuildResult cold = fx.build(dir, fx.infra.engineA(), fx.options(image, cacheImage), receiver);
            assertThat(cold.warnings).isEmpty();
            assertThat(fx.logText()).contains("layer cache: pushed the install as " + cacheImage + "-build-deps");
            assertThat(tree(fx.infra, fx.infra.engineA(), image))
                    .contains("nixpacks-it-a")
                    .endsWith("a@1.0.0 b@1.0.0");

            // 2. Engine B never saw the app; the lockfile changed (a removed, b 1 -> 2, c added): npm install runs on
            // the previous install, and nothing is restored before it.
            version(dir, "v2", run);
            fx.log.clear();
            BuildResult inc = fx.build(dir, fx.infra.engineB(), fx.options(image, cacheImage), receiver);
            assertThat(inc.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: pulled the previous install " + cacheImage + "-build-deps")
                    .contains("install: package-lock.json, package.json, vendor/p1.tgz and 1 more changed;"
                            + " npm install on the previous install")
                    .contains("(1 of at most 3 stacked), nothing restored")
                    .contains("layer cache: pushed the install as " + cacheImage + "-build-deps");
            assertThat(BuildFixture.firstStep(fx.log, "RUN cp package-lock.json /tmp/.nixpacks-lock"))
                    .as("the incremental install ran, and kept the lockfile (no fallback to npm ci)")
                    .noneMatch(l -> l.contains("Using cache"))
                    .noneMatch(l -> !l.startsWith("Step ") && l.contains("running npm ci"));
            assertThat(fx.log).noneMatch(l -> l.startsWith("Step ") && l.contains("RUN npm ci"));
            assertThat(BuildFixture.firstStep(fx.log, "RUN mkdir -p /assets"))
                    .as("the setup steps, left out of the rebased stage, do not run again")
                    .anyMatch(l -> l.contains("Using cache"));
            assertThat(BuildFixture.lastStep(fx.log, "RUN mkdir -p /assets"))
                    .as("nor does the run stage's copy of them")
                    .anyMatch(l -> l.contains("Using cache"));
            assertThat(inc.dirsRestored).doesNotContain("/root/.npm");
            String incremental = tree(fx.infra, fx.infra.engineB(), image);

            // The same version built from nothing by npm ci, on the other engine.
            fx.log.clear();
            fx.build(dir, fx.infra.engineA(), fx.options(reference, null), receiver);
            assertThat(BuildFixture.firstStep(fx.log, "RUN npm ci")).noneMatch(l -> l.contains("Using cache"));
            String ci = tree(fx.infra, fx.infra.engineA(), reference);
            assertThat(incremental)
                    .as("npm install on the previous tree leaves npm ci's tree, file by file")
                    .isEqualTo(ci)
                    .doesNotContain("nixpacks-it-a")
                    .contains("nixpacks-it-c")
                    .endsWith("b@2.0.0 c@1.0.0");

            // 3. A source-only change on engine A, which never built version 2 with a cache: the install is taken
            // from the layer cache, rebased on the same install image as when it was built.
            Files.writeString(dir.resolve("index.js"), "console.log('v2');\n");
            fx.log.clear();
            BuildResult next = fx.build(dir, fx.infra.engineA(), fx.options(image, cacheImage), receiver);
            assertThat(next.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: install: inputs unchanged since " + cacheImage + "-build")
                    .contains("as when it was built (an incremental npm install)")
                    .as("the install did not run: the install image in the registry is still the one it ran on")
                    .doesNotContain("-build-deps is not pushed")
                    .doesNotContain("pushed the install as");
            assertThat(next.phasesFromLayerCache).contains("install");
            assertThat(BuildFixture.firstStep(fx.log, "RUN cp package-lock.json /tmp/.nixpacks-lock"))
                    .as("the install comes from the layer cache and does not run")
                    .anyMatch(l -> l.contains("Using cache"))
                    .noneMatch(l -> l.contains("added ") || l.contains("removed "));
            assertThat(tree(fx.infra, fx.infra.engineA(), image)).isEqualTo(ci);
        } finally {
            fx.removeFromEngines(List.of(image, reference), List.of());
        }
    }

    @Test
    void anInstallImageThatIsNotTheRecordedBuildsIsRefusedAndNpmCiRuns() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String run = "run-" + UUID.randomUUID();
        Path dir = app(tmp, "app", "v1", run, fx.infra);
        String cacheImage = fx.infra.uniqueRegistryImage("it/npm-incremental-planted", "main");
        String image = TestInfra.uniqueName("it-npm-incremental-planted");
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            fx.build(dir, fx.infra.engineA(), fx.options(image, cacheImage), receiver);
            // Whoever can push to the repository replaces the install image with a tree of their own.
            RegistryProbe probe = new RegistryProbe(fx.infra, Files.createDirectories(tmp.resolve("probe")));
            probe.pushImage(
                    ImageReference.parse(cacheImage + "-build-deps"),
                    new ObjectMapper().createObjectNode(),
                    List.of(RegistryProbe.layer(List.of(RegistryProbe.Entry.file(
                            "app/node_modules/nixpacks-it-c/index.js", "module.exports = 'planted';\n")))));

            version(dir, "v2", run);
            fx.log.clear();
            BuildResult r = fx.build(dir, fx.infra.engineB(), fx.options(image, cacheImage), receiver);
            assertThat(r.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: " + cacheImage + "-build-deps is not the install of " + cacheImage
                            + "-build (its layers are not that image's first ones); npm ci runs")
                    .doesNotContain("npm install on the previous install");
            assertThat(BuildFixture.firstStep(fx.log, "RUN npm ci")).noneMatch(l -> l.contains("Using cache"));
            assertThat(tree(fx.infra, fx.infra.engineB(), image))
                    .doesNotContain("planted")
                    .endsWith("b@2.0.0 c@1.0.0");
        } finally {
            fx.removeFromEngines(List.of(image), List.of());
        }
    }

    @Test
    void anInstallBuiltWithOtherBuildArgumentsIsNotBuiltOn() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String run = "run-" + UUID.randomUUID();
        Path dir = app(tmp, "app", "v1", run, fx.infra);
        String cacheImage = fx.infra.uniqueRegistryImage("it/npm-incremental-args", "main");
        String image = TestInfra.uniqueName("it-npm-incremental-args");
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            fx.build(dir, fx.infra.engineA(), fx.options(image, cacheImage), receiver);
            version(dir, "v2", run);
            fx.log.clear();
            BuildOptions o = fx.options(image, cacheImage);
            o.buildArgs.put("NPM_CONFIG_OMIT", "optional"); // install scripts would run with it
            BuildResult r = fx.build(dir, fx.infra.engineA(), o, receiver);
            assertThat(r.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: install: the previous install was built with other build arguments")
                    .doesNotContain("npm install on the previous install");
            assertThat(BuildFixture.firstStep(fx.log, "RUN npm ci")).noneMatch(l -> l.contains("Using cache"));
            assertThat(tree(fx.infra, fx.infra.engineA(), image)).endsWith("b@2.0.0 c@1.0.0");
        } finally {
            fx.removeFromEngines(List.of(image), List.of());
        }
    }

    @Test
    void aBranchsFirstDependencyChangeInstallsOnMainsInstallAndNeverWritesIt() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String run = "run-" + UUID.randomUUID();
        Path dir = app(tmp, "app", "v1", run, fx.infra);
        String main = fx.infra.uniqueRegistryImage("it/npm-incremental-branch", "main");
        String feature = ImageReference.parse(main).withTag("feature-x").toString();
        String image = TestInfra.uniqueName("it-npm-incremental-branch");
        RegistryProbe probe = new RegistryProbe(fx.infra, Files.createDirectories(tmp.resolve("probe")));
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            fx.build(dir, fx.infra.engineA(), fx.options(image, main), receiver);
            var mainsInstall = probe.digest(ImageReference.parse(main + "-build-deps"));
            assertThat(mainsInstall).isPresent();

            version(dir, "v2", run);
            fx.log.clear();
            BuildOptions o = fx.options(image, feature);
            o.cacheFrom = List.of(main);
            BuildResult r = fx.build(dir, fx.infra.engineB(), o, receiver);
            assertThat(r.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: pulled the previous install " + main + "-build-deps")
                    .contains("npm install on the previous install")
                    .contains("layer cache: pushed the install as " + feature + "-build-deps");
            assertThat(tree(fx.infra, fx.infra.engineB(), image)).endsWith("b@2.0.0 c@1.0.0");
            assertThat(probe.digest(ImageReference.parse(main + "-build-deps")))
                    .as("main's install image is read only")
                    .isEqualTo(mainsInstall);
        } finally {
            fx.removeFromEngines(List.of(image), List.of());
        }
    }
}
