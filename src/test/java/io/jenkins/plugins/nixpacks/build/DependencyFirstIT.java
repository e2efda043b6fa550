package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependency-first layers on a real engine (classic builder): the install sees only its inputs, an input that
 * .dockerignore leaves out does not fail the build, a pattern is copied with its folders, and a source-only change
 * reuses the install's layer.
 */
class DependencyFirstIT {
    @TempDir
    Path app;

    private final TestInfra infra = TestInfra.get();

    private void write(String rel, String content) throws Exception {
        Path f = app.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    private List<String> build(String image) throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        BuildOptions o = new BuildOptions();
        o.image = image;
        BuildResult r = NixpacksBuild.run(
                new NixpacksBuild.Request(app, Map.of(), o, null, infra.engineA(), "it-depfirst", null, null),
                log::add);
        assertThat(r.imageId).as("build log: %s", log).startsWith("sha256:");
        return log;
    }

    @Test
    void installSeesOnlyItsInputsAndASourceChangeKeepsItsLayer() throws Exception {
        write(
                "nixpacks.toml",
                "buildImage = \"" + infra.imageBusybox() + "\"\n"
                        + "[phases.install]\n"
                        + "dependsOn = [\"setup\"]\n"
                        + "onlyIncludeFiles = [\"deps.lock\", \"ignored.lock\", \"patches/*.patch\"]\n"
                        + "cmds = [\"find /app -type f | sort > /tmp/install-saw.txt && mv /tmp/install-saw.txt /app/install-saw.txt\"]\n"
                        + "[phases.build]\n"
                        + "dependsOn = [\"install\"]\n"
                        + "cmds = [\"cat src/main.txt\"]\n"
                        + "[start]\n"
                        + "cmd = \"cat /app/install-saw.txt\"\n");
        write("deps.lock", "v1\n");
        write("ignored.lock", "left out\n");
        write(".dockerignore", "ignored.lock\n");
        write("patches/a.patch", "a\n");
        write("patches/sub/b.patch", "b\n");
        write("patches/readme.txt", "not a patch\n");
        write("src/main.txt", "one\n");
        String image = TestInfra.uniqueName("it-depfirst");

        List<String> first = build(image);
        assertThat(first).anySatisfy(l -> assertThat(l).contains("ignored.lock is left out by .dockerignore"));
        try (DockerEngine e = infra.connectA()) {
            RunResult run = e.run(image, "/bin/sh", "-c", "cat /app/install-saw.txt");
            assertThat(run.exitCode()).isZero();
            assertThat(run.output().strip().split("\\s+"))
                    .as("what the install saw")
                    .containsExactly("/app/deps.lock", "/app/patches/a.patch");

            write("src/main.txt", "two\n");
            List<String> second = build(image);
            String text = String.join("\n", second);
            int install = text.indexOf("RUN find /app -type f");
            int whole = text.indexOf("COPY . /app/.", install);
            assertThat(install).as("build log: %s", text).isPositive();
            assertThat(text.substring(install, whole))
                    .as("the install step of the second build")
                    .contains("Using cache");
            assertThat(text.substring(whole)).contains("two");
            e.remove(image);
        }
    }
}
