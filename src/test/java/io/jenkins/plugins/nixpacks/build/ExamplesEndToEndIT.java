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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

    @Test
    void nodeExampleInstallsFromTheNpmRegistryAndServes() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String answer = builds.ask(builds.build("node-npm", infra.imageNode(), null), "/");
        assertThat(answer).contains("Hello from node-npm-example");
        assertThat(builds.log()).contains("npm ci");
    }

    /**
     * The Vite SPA on the local Node LTS image: Vite builds it, Caddy serves the output folder (a client route gets
     * index.html), and the image holds only that folder of the app, not node_modules.
     */
    @Test
    void viteSpaIsServedByCaddyFromItsOutputFolderOnly() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        ExampleBuilds.Built b = builds.build("node-vite-spa", infra.imageNodeLts(), null);
        assertThat(b.start()).startsWith("exec caddy run");
        try (DockerEngine e = infra.connectA()) {
            RunResult app = e.run(b.image(), "/bin/sh", "-c", "ls -A /app; ls /app/build");
            assertThat(app.exitCode()).as("container output: %s", app.output()).isZero();
            assertThat(app.output().lines().toList())
                    .as("/app holds the output folder only, then its files")
                    .startsWith("build")
                    .contains("index.html")
                    .doesNotContain("node_modules", "package.json", "src");
        }
        String answer = builds.ask(b, "/a/client/route");
        assertThat(answer)
                .as("Caddy answers a client route with the built index.html")
                .contains("<div id=\"root\">");
    }

    /**
     * The native-addon example on the local Debian Node image, which has no compiler: the build stage installs g++
     * and make and compiles the addon, and the image runs the addon without either of them.
     */
    @Test
    void compilerInstalledForTheBuildStaysOutOfTheImage() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        ExampleBuilds.Built b = builds.build("node-native-addon", infra.imageNode(), null);
        Path app = b.app();
        assertThat(builds.log())
                .as("the plan printed to the log says where the packages go")
                .contains("apt:   none (run stage; build stage only: g++ make python3)");

        String stage = TestInfra.uniqueName("it-aptsplit-stage");
        try (DockerEngine e = infra.connectA()) {
            try {
                // The image: the addon answers, and neither the compiler nor make is there.
                int port = ExampleBuilds.freePort();
                RunResult served = e.run(
                        b.image(),
                        "/bin/sh",
                        "-c",
                        "PORT=" + port + " node server.js > /tmp/app.log 2>&1 & for i in $(seq 1 30); do"
                                + " if curl -fsS http://127.0.0.1:" + port + "/; then exit 0; fi; sleep 1; done;"
                                + " cat /tmp/app.log; exit 1");
                assertThat(served.exitCode())
                        .as("container output: %s", served.output())
                        .isZero();
                assertThat(served.output()).contains("Hello from a compiled addon");
                RunResult tools = e.run(b.image(), "/bin/sh", "-c", "command -v g++ make || echo absent");
                assertThat(tools.output().strip())
                        .as("g++ and make in the image")
                        .isEqualTo("absent");

                // The build stage of the same plan, from the same context: the compiler is there.
                BuildPlan plan = PlanGenerator.generate(
                        app, PlanOptions.builder().buildImage(infra.imageNode()).build(), Map.of());
                Path dockerfile = tmp.resolve("stage.Dockerfile");
                Files.writeString(dockerfile, DockerfileGenerator.generate(plan));
                e.build(
                        BuildRequest.builder(app)
                                .dockerfile(dockerfile)
                                .target(DockerfileGenerator.BUILD_STAGE)
                                .tag(stage)
                                .build(),
                        line -> {});
                RunResult built = e.run(stage, "/bin/sh", "-c", "g++ --version && make --version");
                assertThat(built.exitCode())
                        .as("build stage: %s", built.output())
                        .isZero();
                assertThat(built.output()).contains("g++").contains("GNU Make");
            } finally {
                e.remove(stage);
                e.remove(b.image());
            }
        }
    }

    @Test
    void javaMavenExampleResolvesFromMavenCentralAndServes() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String answer = builds.ask(builds.build("java-maven", infra.imageMaven(), null), "/");
        assertThat(answer).contains("\"app\":\"java-maven-example\"").contains("Hello from a runnable jar");
    }
}
