package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.EngineProbe;
import io.jenkins.plugins.nixpacks.testing.RecordingRegistry;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry password goes to the registry it was configured for, and nowhere else. An attacker's registry (a
 * real HTTP server on another loopback port that challenges for Basic auth, as a real one does, and writes down
 * every header) is named where a build takes image names from its configuration: {@code cacheFrom},
 * {@code layerCacheFrom}, the image itself, its base image. Real builds on engine A, the real registry with
 * authentication: the attacker gets asked, by the Java registry client and by the engine, and never gets an
 * Authorization header, while the real registry still receives the pushes with the real credentials.
 */
class CredentialBindingIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();
    private final List<String> repositories = new ArrayList<>();
    private final List<String> localImages = new ArrayList<>();
    private RecordingRegistry attacker;
    private BuildFixture fx;
    private String cacheDir;

    @BeforeEach
    void start() throws Exception {
        attacker = RecordingRegistry.start();
        fx = new BuildFixture(tmp);
        cacheDir = "/root/.trust-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() throws Exception {
        attacker.close();
        try (DockerEngine a = infra.connectA();
                EngineProbe probe = new EngineProbe(infra.engineA())) {
            for (String image : localImages) {
                a.remove(image);
            }
            for (String repository : repositories) {
                for (String name : probe.referencesTo(repository)) {
                    a.remove(name);
                }
            }
        }
    }

    private Path app() throws Exception {
        return fx.project(
                "app",
                cacheDir,
                "mkdir -p " + cacheDir + " && date > " + cacheDir + "/stamp && echo done > /app/out.txt");
    }

    private String registryImage(String prefix, String tag) {
        String image = infra.uniqueRegistryImage(prefix, tag);
        localImages.add(image);
        repositories.add(ImageReference.parse(image).repository());
        return image;
    }

    private RegistryProbe registry() throws Exception {
        return new RegistryProbe(infra, Files.createDirectories(tmp.resolve("probe")));
    }

    @Test
    void foreignRegistriesInCacheFromAndLayerCacheFromGetNoPassword() throws Exception {
        String image = registryImage("trust/app", "1");
        String cacheImage = registryImage("trust/cache", "main");
        BuildOptions o = fx.options(image, cacheImage);
        o.push = true;
        o.cacheFrom.add(attacker.address() + "/team/app-cache:main");
        o.layerCacheFrom.add(attacker.address() + "/team/app:previous");

        BuildResult r;
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            r = fx.build(app(), infra.engineA(), o, receiver);
        }

        assertThat(attacker.requests())
                .as("the Java client read the cacheFrom (the cache image is new, so it falls back)")
                .anyMatch(RecordingRegistry.Seen::fromJavaClient)
                .as("the engine pulled the layerCacheFrom")
                .anyMatch(RecordingRegistry.Seen::fromEngine);
        assertThat(attacker.authorizations())
                .as("no Authorization header reached the attacker")
                .isEmpty();
        assertThat(r.warnings)
                .as("both are cache misses with a warning naming the registry")
                .anyMatch(w -> w.contains(attacker.address()));
        assertThat(fx.logText()).contains("layer cache image " + attacker.address() + "/team/app:previous");

        assertThat(r.pushedDigest)
                .as("the real registry got the push with the real credentials")
                .isNotBlank();
        assertThat(registry().digest(ImageReference.parse(image))).isPresent();
        assertThat(r.dirsSaved).containsExactly(cacheDir);
        assertThat(registry().digest(ImageReference.parse(cacheImage))).isPresent();
        assertThat(fx.logText())
                .as("the log says once where the password goes")
                .containsOnlyOnce("go to " + infra.registry() + " only");
    }

    @Test
    void anImageOnAnotherRegistryThanRegistryUrlIsPushedWithoutThePassword() throws Exception {
        String image = attacker.address() + "/team/app:1";
        localImages.add(image);
        String cacheImage = registryImage("trust/cache", "main");
        BuildOptions o = fx.options(image, cacheImage);
        o.push = true;
        o.registryUrl = "http://" + infra.registry();

        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            Path app = app();
            assertThatThrownBy(() -> fx.build(app, infra.engineA(), o, receiver))
                    .as("the attacker's registry refuses an anonymous push")
                    .hasMessageContaining("registry " + attacker.address() + " requires credentials");
        }

        assertThat(attacker.requests()).anyMatch(RecordingRegistry.Seen::fromEngine);
        assertThat(attacker.authorizations())
                .as("no Authorization header reached the attacker")
                .isEmpty();
        assertThat(registry().digest(ImageReference.parse(cacheImage)))
                .as("the cache image went to registryUrl's registry, with the credentials")
                .isPresent();
        assertThat(fx.logText()).contains("is not on " + infra.registry() + ", so it is pushed without");
    }

    @Test
    void aBaseImageOnAnotherRegistryIsPulledWithoutThePassword() throws Exception {
        // The build's own tag on the attacker's registry once decided which registry the build's auth was for.
        String image = attacker.address() + "/team/app:1";
        BuildOptions o = fx.options(image, null);
        o.buildImage = attacker.address() + "/team/base:1";
        o.registryUrl = "http://" + infra.registry();

        Path app = app();
        assertThatThrownBy(() -> fx.build(app, infra.engineA(), o, null)).hasMessageContaining(attacker.address());

        assertThat(attacker.requests()).anyMatch(RecordingRegistry.Seen::fromEngine);
        assertThat(attacker.authorizations())
                .as("no Authorization header reached the attacker")
                .isEmpty();
    }
}
