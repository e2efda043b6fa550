package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
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
 * images with their real dependencies from the npm registry and Maven Central; the containers then serve HTTP.
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

    @Test
    void javaMavenExampleResolvesFromMavenCentralAndServes() throws Exception {
        String answer = buildAndAsk("java-maven", infra.imageMaven(), "/");
        assertThat(answer).contains("\"app\":\"java-maven-example\"").contains("Hello from a runnable jar");
    }
}
