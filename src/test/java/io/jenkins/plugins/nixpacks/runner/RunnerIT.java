package io.jenkins.plugins.nixpacks.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner as a user runs it, on engine A with the registry of infra/up: what its log, its exit code and its
 * result file say. Busybox projects with one cache directory, so a build takes seconds.
 */
class RunnerIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();

    /** One run's standard output and error. */
    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                argv);
        Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        System.out.println(r.out);
        System.out.println(r.err);
        return r;
    }

    private Path project(String name, String install) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(
                dir.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"" + infra.imageBusybox() + "\"",
                        "[phases.install]",
                        "cmds = [\"" + install.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]",
                        "cacheDirectories = [\"/cache\"]",
                        "[start]",
                        "cmd = \"cat /app/out.txt\"",
                        ""),
                StandardCharsets.UTF_8);
        return dir;
    }

    private List<String> common(Path app, String cacheImage, String... more) throws Exception {
        Path password = tmp.resolve("registry-password");
        if (!Files.exists(password)) {
            Files.writeString(password, infra.registryPassword());
        }
        List<String> args = new ArrayList<>(List.of(
                app.toString(),
                "--docker-host",
                infra.engineA(),
                "--image",
                TestInfra.uniqueName("ux-runner-app") + ":it",
                "--cache-image",
                cacheImage,
                "--registry-user",
                infra.registryUser(),
                "--registry-password-file",
                password.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void coldRestoredAndUnchangedBuildsTellWhereTheTimeWentInPlainText() throws Exception {
        Path app = project(
                "timed",
                "mkdir -p /cache && if [ -f /cache/seen ]; then echo CACHE-RESTORED; else"
                        + " head -c 300000 /dev/urandom > /cache/blob; touch /cache/seen; fi;"
                        + " printf '\\033[31mcoloured\\033[0m\\n'; echo hi > /app/out.txt");
        String cache = infra.uniqueRegistryImage("ux-runner-cache", "main");
        Path result = tmp.resolve("cold.json");

        List<String> cold = common(app, cache, "--result-json", result.toString());
        Run first = run(cold.toArray(String[]::new));
        assertThat(first.code()).as(first.out()).isZero();
        // The build's colours are gone: the output is not a terminal.
        assertThat(first.out()).contains("coloured").doesNotContain("\u001B").doesNotContain("\r");
        assertThat(first.out())
                .containsPattern("cache: saved 1 dir \\(30\\d kB\\) to " + java.util.regex.Pattern.quote(cache))
                .doesNotContain("receiver: Accepted cache")
                .contains("Summary: where the time went")
                .containsPattern("\n  plan +\\d+\\.\\d s")
                .containsPattern("\n  phase install +\\d+\\.\\d s")
                .containsPattern("\n  cache save +\\d+\\.\\d s  30\\d kB saved, 30\\d kB sent")
                .containsPattern("\n  total +\\d+\\.\\d s")
                .containsPattern("  cache: 0 B restored, (30\\d kB) saved, \\1 sent to the registry, \\1 new");
        JsonNode r = new ObjectMapper().readTree(result.toFile());
        assertThat(r.path("exitCode").asInt()).isZero();
        assertThat(r.path("error").isNull()).isTrue();
        List<String> rows = new ArrayList<>();
        r.path("timeline").forEach(e -> rows.add(e.path("name").asText()));
        assertThat(rows).contains("plan", "cache restore", "base image", "phase install", "cache save");
        assertThat(r.path("bytesFetched").asLong())
                .isEqualTo(r.path("bytesSaved").asLong())
                .isGreaterThan(300_000);

        // Another build without docker's layer cache, so the install step runs on the restored directory.
        Run second = run(common(app, cache, "--no-cache").toArray(String[]::new));
        assertThat(second.code()).isZero();
        assertThat(second.out())
                .containsPattern("restoring 1 dir /cache \\(30\\d kB\\) from " + java.util.regex.Pattern.quote(cache))
                .contains("CACHE-RESTORED")
                .containsPattern("\n  cache restore +\\d+\\.\\d s  30\\d kB restored");

        // Nothing changed: a new cache image (its config says when it was saved) and not one layer byte sent.
        Run third = run(common(app, cache, "--no-cache", "--json").toArray(String[]::new));
        assertThat(third.code()).isZero();
        JsonNode unchanged = third.json();
        assertThat(unchanged.path("cacheBytesUploaded").asLong()).isZero();
        assertThat(unchanged.path("bytesFetched").asLong()).isZero();
        assertThat(third.err()).contains("0 B sent to the registry, 0 B new");
    }

    @Test
    void aFailedBuildLeavesItsResultWithTheErrorAndItsSummary() throws Exception {
        Path app = project("failing", "echo about to fail; exit 7");
        Path result = tmp.resolve("failed.json");
        Run r = run(
                common(app, infra.uniqueRegistryImage("ux-runner-cache", "main"), "--result-json", result.toString())
                        .toArray(String[]::new));

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Summary (the build failed): where the time went");
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("ERROR: ");
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("exitCode").asInt()).isEqualTo(1);
        assertThat(json.path("error").path("kind").asText()).isEqualTo("build");
        assertThat(json.path("error").path("message").asText()).contains("exit 7");
        assertThat(json.path("timeline").toString()).contains("phase install");
    }

    @Test
    void aCacheFaultUnderStrictCacheHasItsOwnExitCode() throws Exception {
        Path app = project("strict", "echo hi > /app/out.txt");
        Path result = tmp.resolve("strict.json");
        Run r = run(common(
                        app,
                        "127.0.0.1:1/nixpacks-test/ux-down:main",
                        "--strict-cache",
                        "--result-json",
                        result.toString())
                .toArray(String[]::new));

        assertThat(r.code()).isEqualTo(3);
        // The first thing the build reads from the registry: the cache image (this plan copies the whole app, so the
        // layer-cache image is not used), or the layer-cache image.
        assertThat(r.out())
                .containsPattern(
                        "ERROR: cache fault \\(--strict-cache is on\\): cannot read (layer-)?cache image 127\\.0\\.0\\.1:1/");
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("exitCode").asInt()).isEqualTo(3);
        assertThat(json.path("error").path("kind").asText()).isEqualTo("cache");
    }

    @Test
    void aWrongPasswordIsAWarningInTheRunnersWordsAndQuietShowsOnlyThat() throws Exception {
        Path app = project("wrongpw", "echo hi > /app/out.txt");
        Path wrong = Files.writeString(tmp.resolve("wrong-password"), "not-the-password");
        List<String> args = common(app, infra.uniqueRegistryImage("ux-runner-cache", "main"), "--quiet", "--json");
        args.set(args.indexOf("--registry-password-file") + 1, wrong.toString());
        Run r = run(args.toArray(String[]::new));

        assertThat(r.code()).isZero();
        assertThat(r.json().path("image").asText()).endsWith(":it");
        assertThat(r.err())
                .contains("refused the credentials of user '" + infra.registryUser() + "'")
                .contains("check the username and password given as --registry-user and --registry-password-file")
                .doesNotContain("registryCredentialsId")
                .doesNotContain("not-the-password");
        assertThat(r.err().lines()).allMatch(l -> l.startsWith("WARNING: "), "quiet: warnings only");
    }
}
