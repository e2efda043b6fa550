package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Path;
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

    @Test
    void nodeExampleInstallsFromTheNpmRegistryAndServes() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String answer = builds.ask(builds.build("node-npm", infra.imageNode(), null), "/");
        assertThat(answer).contains("Hello from node-npm-example");
        assertThat(builds.log()).contains("npm ci");
    }

    @Test
    void javaMavenExampleResolvesFromMavenCentralAndServes() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String answer = builds.ask(builds.build("java-maven", infra.imageMaven(), null), "/");
        assertThat(answer).contains("\"app\":\"java-maven-example\"").contains("Hello from a runnable jar");
    }
}
