package io.jenkins.plugins.nixpacks.plan.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Node plan's variables as npm reads them in the real node image: devDependencies are installed (the build step
 * needs them) and npm prints no deprecation warning on every command.
 */
class NpmVariablesIT {
    private final TestInfra infra = TestInfra.get();

    private String npm(Map<String, String> vars) throws Exception {
        String env = vars.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        try (DockerEngine engine = infra.connectA()) {
            RunResult r = engine.run(
                    infra.imageNode(),
                    "sh",
                    "-c",
                    "env " + env + " npm config get include 2>&1; env " + env + " npm config get omit 2>&1");
            assertThat(r.exitCode()).as(r.output()).isZero();
            return r.output();
        }
    }

    @Test
    void devDependenciesAreIncludedWithoutAWarning() throws Exception {
        BuildPlan plan = PlanGenerator.generate(
                Path.of("src/test/resources/examples/node-npm"),
                PlanOptions.builder().build(),
                Map.of());
        assertThat(plan.variables()).containsEntry("NODE_ENV", "production").doesNotContainKey("NPM_CONFIG_PRODUCTION");

        String out = npm(plan.variables());
        assertThat(out).doesNotContain("WARN").doesNotContain("--omit=dev");
        assertThat(out.lines().map(String::strip).toList()).containsExactly("dev", "");

        // What the plan had before: the same meaning, with a warning on every command.
        String old = npm(Map.of("NODE_ENV", "production", "NPM_CONFIG_PRODUCTION", "false"));
        assertThat(old).contains("npm WARN config production Use `--omit=dev` instead.");
    }
}
