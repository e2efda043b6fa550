package io.jenkins.plugins.nixpacks.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.testing.EngineProbe;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line runner with real builds on engine A and the real registry: {@code --untrusted}, or CHANGE_ID in
 * its environment (a runner inside a Jenkins pull-request build), restores the cache but never writes it, unless
 * {@code --save-cache} says so.
 */
class UntrustedRunnerIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();
    private final List<String> repositories = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        try (DockerEngine a = infra.connectA();
                EngineProbe probe = new EngineProbe(infra.engineA())) {
            for (String repository : repositories) {
                for (String name : probe.referencesTo(repository)) {
                    a.remove(name);
                }
            }
        }
    }

    private record Run(int exit, String log) {}

    private Run runner(Map<String, String> env, Path app, String image, String cacheImage, String... flags) {
        List<String> args = new ArrayList<>(List.of(
                app.toString(),
                "--image",
                image,
                "--cache-image",
                cacheImage,
                "--docker-host",
                infra.engineA(),
                "--registry-user",
                infra.registryUser(),
                "--registry-password-file",
                infra.registryPasswordFile()));
        args.addAll(List.of(flags));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            exit = Main.run(out, env, args.toArray(String[]::new));
        }
        String log = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(log);
        return new Run(exit, log);
    }

    @Test
    void anUntrustedRunRestoresButNeverSavesUnlessToldTo() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(
                app.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"" + infra.imageBusybox() + "\"",
                        "[phases.install]",
                        "cmds = [\"mkdir -p /root/.untrusted && date >> /root/.untrusted/log && echo ok > /app/out.txt\"]",
                        "cacheDirectories = [\"/root/.untrusted\"]",
                        "[start]",
                        "cmd = \"cat /app/out.txt\"",
                        ""));
        String image = infra.uniqueRegistryImage("untrusted/app", "1");
        ImageReference cache = ImageReference.parse(infra.uniqueRegistryImage("untrusted/cache", "main"));
        repositories.add(ImageReference.parse(image).repository());
        repositories.add(cache.repository());
        RegistryProbe registry = new RegistryProbe(infra, Files.createDirectories(tmp.resolve("probe")));

        Run first = runner(Map.of(), app, image, cache.toString(), "--untrusted");
        assertThat(first.exit()).isZero();
        assertThat(first.log())
                .contains("cache: untrusted build (--untrusted): restore only; set --save-cache to save");
        assertThat(registry.digest(cache)).as("nothing saved").isEmpty();

        Run forced = runner(Map.of(), app, image, cache.toString(), "--untrusted", "--save-cache");
        assertThat(forced.exit()).isZero();
        assertThat(forced.log()).contains("but --save-cache is set");
        Optional<Digest> saved = registry.digest(cache);
        assertThat(saved).as("an explicit --save-cache saves").isPresent();

        // Without docker's layer cache (and so the layer-cache image), the install runs on the restored directory.
        Run pr = runner(Map.of("CHANGE_ID", "42"), app, image, cache.toString(), "--no-cache");
        assertThat(pr.exit()).isZero();
        assertThat(pr.log())
                .contains("cache: untrusted build (CHANGE_ID=42): restore only; set --save-cache to save")
                .as("it still restores")
                .contains("restoring 1 dir /root/.untrusted");
        assertThat(registry.digest(cache)).as("the cache image is unchanged").isEqualTo(saved);
    }
}
