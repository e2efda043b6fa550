package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.docker.BuildRequest;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileGenerator;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Node and the Java Maven examples, planned by their providers, built on a real engine from the local base
 * images with their real dependencies from the npm registry and Maven Central; the containers then serve HTTP. The
 * native-addon example shows that packages for the build stay out of the image.
 */
class ExamplesEndToEndIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private Path copyExample(String name) throws Exception {
        Path from = Path.of("src/test/resources/examples", name);
        Path to = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().startsWith("expected")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Builds the example and asks the running container for {@code path}; returns what it answered. */
    private String buildAndAsk(String example, String buildImage, String path) throws Exception {
        BuildOptions o = new BuildOptions();
        o.image = TestInfra.uniqueName("it-" + example);
        o.buildImage = buildImage;
        BuildResult r = NixpacksBuild.run(
                new NixpacksBuild.Request(
                        copyExample(example), Map.of(), o, null, infra.engineA(), "it-" + example, null, null),
                log::add);
        assertThat(r.imageId).startsWith("sha256:");
        int port = freePort();
        // The image's own start command, in the background, with PORT set; then ask it over loopback.
        String script = "export PORT=" + port + "; (eval \"$START\") > /tmp/app.log 2>&1 &"
                + " for i in $(seq 1 90); do if curl -fsS http://127.0.0.1:" + port + path
                + "; then exit 0; fi; sleep 1; done; cat /tmp/app.log; exit 1";
        String start = startCommand(r);
        try (DockerEngine e = infra.connectA()) {
            RunResult run = e.run(o.image, "/bin/sh", "-c", "START='" + start + "'; " + script);
            assertThat(run.exitCode()).as("container output: %s", run.output()).isZero();
            e.remove(o.image);
            return run.output();
        }
    }

    private String startCommand(BuildResult r) {
        String line = log.stream()
                .filter(l -> l.strip().startsWith("start:"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no start line in the plan printed to the log: " + log));
        return line.strip().substring("start:".length()).strip();
    }

    @Test
    void nodeExampleInstallsFromTheNpmRegistryAndServes() throws Exception {
        String answer = buildAndAsk("node-npm", infra.imageNode(), "/");
        assertThat(answer).contains("Hello from node-npm-example");
        assertThat(String.join("\n", log)).contains("npm ci");
    }

    /**
     * The native-addon example on the local Debian Node image, which has no compiler: the build stage installs g++
     * and make and compiles the addon, and the image runs the addon without either of them.
     */
    @Test
    void compilerInstalledForTheBuildStaysOutOfTheImage() throws Exception {
        Path app = copyExample("node-native-addon");
        BuildOptions o = new BuildOptions();
        o.image = TestInfra.uniqueName("it-aptsplit-addon");
        o.buildImage = infra.imageNode();
        BuildResult r = NixpacksBuild.run(
                new NixpacksBuild.Request(app, Map.of(), o, null, infra.engineA(), "it-aptsplit-addon", null, null),
                log::add);
        assertThat(r.imageId).startsWith("sha256:");
        assertThat(String.join("\n", log))
                .as("the plan printed to the log says where the packages go")
                .contains("apt:   none (run stage; build stage only: g++ make python3)");

        String stage = TestInfra.uniqueName("it-aptsplit-stage");
        try (DockerEngine e = infra.connectA()) {
            try {
                // The image: the addon answers, and neither the compiler nor make is there.
                int port = freePort();
                RunResult served = e.run(
                        o.image,
                        "/bin/sh",
                        "-c",
                        "PORT=" + port + " node server.js > /tmp/app.log 2>&1 & for i in $(seq 1 30); do"
                                + " if curl -fsS http://127.0.0.1:" + port + "/; then exit 0; fi; sleep 1; done;"
                                + " cat /tmp/app.log; exit 1");
                assertThat(served.exitCode())
                        .as("container output: %s", served.output())
                        .isZero();
                assertThat(served.output()).contains("Hello from a compiled addon");
                RunResult tools = e.run(o.image, "/bin/sh", "-c", "command -v g++ make || echo absent");
                assertThat(tools.output().strip())
                        .as("g++ and make in the image")
                        .isEqualTo("absent");

                // The build stage of the same plan, from the same context: the compiler is there.
                BuildPlan plan = PlanGenerator.generate(
                        app, PlanOptions.builder().buildImage(o.buildImage).build(), Map.of());
                Path dockerfile = tmp.resolve("stage.Dockerfile");
                Files.writeString(dockerfile, DockerfileGenerator.generate(plan));
                e.build(
                        BuildRequest.builder(app)
                                .dockerfile(dockerfile)
                                .target(DockerfileGenerator.BUILD_STAGE)
                                .tag(stage)
                                .build(),
                        log::add);
                RunResult built = e.run(stage, "/bin/sh", "-c", "g++ --version && make --version");
                assertThat(built.exitCode())
                        .as("build stage: %s", built.output())
                        .isZero();
                assertThat(built.output()).contains("g++").contains("GNU Make");
            } finally {
                e.remove(stage);
                e.remove(o.image);
            }
        }
    }

    @Test
    void javaMavenExampleResolvesFromMavenCentralAndServes() throws Exception {
        String answer = buildAndAsk("java-maven", infra.imageMaven(), "/");
        assertThat(answer).contains("\"app\":\"java-maven-example\"").contains("Hello from a runnable jar");
    }
}
