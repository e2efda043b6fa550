package io.jenkins.plugins.nixpacks.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner as a command-line tool, where no engine is needed: help, usage errors, the plan. */
class RunnerCliTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Main.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), argv);
    }

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpIsGroupedByTaskWithAnExampleEachAndTheExitCodes() {
        assertThat(run("--help")).isZero();
        String help = output();
        assertThat(help)
                .contains("Build an image:", "Choose what is built (the plan):", "Carry build-tool caches")
                .contains("Reach the registry:", "Output, for people and for scripts:", "Exit codes:")
                .contains("  0    built", "  1    the build failed", "  2    usage error", "  3    a cache fault");
        String[] groups = help.split("\n\n");
        long withExample = java.util.Arrays.stream(groups)
                .filter(g -> g.contains("--") && !g.startsWith("Exit codes"))
                .filter(g -> !g.startsWith("usage:"))
                .peek(g -> assertThat(g)
                        .as("group %s", g.lines().findFirst().orElse(""))
                        .contains("  example: "))
                .count();
        assertThat(withExample).isEqualTo(6);
        assertThat(help.lines()).allMatch(l -> l.length() <= 120, "fits a console");
    }

    @Test
    void aUsageErrorIsExitCode2AndStillLeavesAResult() throws Exception {
        Path result = tmp.resolve("result.json");
        assertThat(run("--imagee", "x", "--result-json", result.toString())).isEqualTo(2);
        assertThat(output()).contains("error: unknown option --imagee (see --help)");
        JsonNode r = new ObjectMapper().readTree(result.toFile());
        assertThat(r.path("exitCode").asInt()).isEqualTo(2);
        assertThat(r.path("error").path("kind").asText()).isEqualTo("usage");
        assertThat(r.path("error").path("message").asText()).contains("--imagee");
    }

    @Test
    void anUnknownFlagAtTheEndIsToldAsUnknown() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(output()).contains("error: unknown option --bogus (see --help)");
        buffer.reset();
        assertThat(run("--image")).isEqualTo(2);
        assertThat(output()).contains("error: --image needs a value");
    }

    @Test
    void aMissingImageIsAUsageError() {
        assertThat(run(tmp.toString())).isEqualTo(2);
        assertThat(output()).contains("--image is required");
    }

    @Test
    void theCoreNamesTheRunnersFlagsNotTheJenkinsOptions() throws Exception {
        Path app = app("app");
        Path result = tmp.resolve("r.json");
        int code = run(
                app.toString(),
                "--image",
                "x/app:1",
                "--cache-from",
                "x/app-cache:main",
                "--result-json",
                result.toString());
        assertThat(code).isEqualTo(2);
        assertThat(output())
                .contains("ERROR: --cache-from is set but --cache-image is not; set --cache-image to turn the cache on")
                .doesNotContain("cacheImage")
                .doesNotContain("cacheFrom");
        JsonNode r = new ObjectMapper().readTree(result.toFile());
        assertThat(r.path("error").path("message").asText()).startsWith("--cache-from is set");
        assertThat(r.path("error").path("kind").asText()).isEqualTo("usage");
    }

    @Test
    void aConfigFileOutsideTheAppIsRead() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("bare"));
        Path shared = Files.createDirectories(tmp.resolve("ci")).resolve("nixpacks.ci.toml");
        Files.writeString(
                shared,
                "buildImage = \"busybox\"\n[phases.install]\ncmds = [\"echo from-the-shared-config\"]\n[start]\ncmd = \"true\"\n");

        assertThat(run(app.toString(), "--plan-only", "--config", shared.toString()))
                .isZero();
        assertThat(output()).contains("RUN echo from-the-shared-config");

        // Relative to the current folder, as any CLI reads a path.
        buffer.reset();
        String relative = Path.of("").toAbsolutePath().relativize(shared).toString();
        assertThat(run(app.toString(), "--plan-only", "--config", relative)).isZero();
        assertThat(output()).contains("RUN echo from-the-shared-config");
    }

    @Test
    void planErrorsNameTheRunnersFlags() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("nostart"));
        // A plan without a start command is made (as nixpacks plan does); the build refuses it before any engine.
        assertThat(run(app.toString(), "--plan-only", "--build-image", "busybox"))
                .isEqualTo(0);
        assertThat(run(
                        app.toString(),
                        "--image",
                        "nostart:1",
                        "--build-image",
                        "busybox",
                        "--docker-host",
                        "unix:///nonexistent.sock"))
                .isEqualTo(1);
        assertThat(output()).contains("--start-cmd").doesNotContain("step's");
    }

    @Test
    void aConfigFileThatIsNowhereSaysWhereItWasLookedFor() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("bare2"));
        assertThat(run(app.toString(), "--plan-only", "--config", "../none/nixpacks.toml"))
                .isEqualTo(1);
        assertThat(output())
                .contains("Config file ../none/nixpacks.toml (--config option) leads outside the app folder " + app)
                .contains("give its absolute path instead");
    }

    private Path app(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(
                dir.resolve("nixpacks.toml"),
                "buildImage = \"busybox\"\n[phases.install]\ncmds = [\"true\"]\ncacheDirectories = [\"/cache\"]\n");
        return dir;
    }
}
