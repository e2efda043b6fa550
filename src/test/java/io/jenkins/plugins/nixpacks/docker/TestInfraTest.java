package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker tests fail, never skip, when the infrastructure is not up. */
class TestInfraTest {
    @TempDir
    Path dir;

    @Test
    void missingEnvFileTellsToRunInfraUp() {
        assertThatThrownBy(() -> TestInfra.load(dir.resolve("env")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Run infra/up first");
    }

    @Test
    void missingKeyTellsToRunInfraUpAgain() throws Exception {
        Path env = Files.writeString(dir.resolve("env"), "ENGINE_A=unix:///x.sock\n");
        TestInfra infra = TestInfra.load(env);
        assertThat(infra.engineA()).isEqualTo("unix:///x.sock");
        assertThatThrownBy(infra::registry).hasMessageContaining("no REGISTRY; run infra/up again");
    }

    @Test
    void theRealEnvNamesEverything() {
        TestInfra infra = TestInfra.get();
        assertThat(infra.engineA()).startsWith("unix://");
        assertThat(infra.engineB()).startsWith("unix://").isNotEqualTo(infra.engineA());
        assertThat(infra.registry()).isEqualTo("127.0.0.1:5151");
        assertThat(infra.registryPassword()).isNotBlank();
        assertThat(infra.credentials().toString()).doesNotContain(infra.registryPassword());
        assertThat(TestInfra.uniqueName("X")).matches("x-[0-9a-f]{12}").isNotEqualTo(TestInfra.uniqueName("x"));
    }

    @Test
    void testsRunWithAnEmptyDockerConfigOfTheirOwn() {
        String config = System.getenv("DOCKER_CONFIG");
        assertThat(config)
                .as("DOCKER_CONFIG, set by the pom for surefire and failsafe: the login of whoever runs the tests"
                        + " must decide nothing")
                .isNotNull()
                .contains("target");
        assertThat(Path.of(config).resolve("config.json")).doesNotExist();
    }
}
