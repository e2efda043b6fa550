package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.EngineProbe;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds with the cache on (restore, save, push), then everything they leave is searched for the registry
 * password, every upload token they were given (and its MAC) and the receiver's URL: the build log, the workspace,
 * the result JSON, the history and configuration of every image on the engine (intermediate images included), the
 * files and environment of the final image, the pushed image and the cache image in the registry. Zero hits.
 */
class CacheSecretsIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();
    private final List<String> localImages = new ArrayList<>();
    /** Repositories whose every name on engine A goes at the end: pulled cache images, pushed app digests. */
    private final List<ImageReference> cacheImages = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        try (DockerEngine a = infra.connectA();
                EngineProbe probe = new EngineProbe(infra.engineA())) {
            for (String image : localImages) {
                a.remove(image);
            }
            for (ImageReference ref : cacheImages) {
                for (String name : probe.referencesTo(ref.repository())) {
                    a.remove(name);
                }
            }
        }
    }

    @Test
    void aSavingBuildLeavesNoPasswordTokenOrReceiverUrlAnywhere() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String cacheDir = "/root/.secret-" + UUID.randomUUID().toString().substring(0, 8);
        // The project's own commands dump their environment into the app and into the cache: if a token reached
        // them, it would be in the final image and in the cache image.
        Path app = fx.project(
                "app",
                cacheDir,
                "mkdir -p " + cacheDir + " && env > /app/env.txt && env > " + cacheDir + "/env.txt" + " && date > "
                        + cacheDir + "/stamp && echo done > /app/out.txt");
        // A dependency-first install (it copies only its own file), so the layer cache is used and the stage pushed:
        // its history is searched too.
        Path toml = app.resolve("nixpacks.toml");
        Files.writeString(
                toml,
                Files.readString(toml)
                        .replace("[phases.install]\n", "[phases.install]\nonlyIncludeFiles = [\"nixpacks.toml\"]\n"));
        String image = infra.uniqueRegistryImage("secrets/app", "1");
        localImages.add(image);
        cacheImages.add(ImageReference.parse(image)); // its pushed digest stays on the engine as a name too
        ImageReference cacheImage = ImageReference.parse(infra.uniqueRegistryImage("secrets/cache", "main"));
        cacheImages.add(cacheImage);
        Set<String> tokens = new LinkedHashSet<>();
        List<BuildResult> results = new ArrayList<>();
        Map<String, String> corpus = new LinkedHashMap<>();
        String receiverUrl;

        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            receiverUrl = receiver.baseUrl();
            for (int i = 0; i < 2; i++) { // cold, then warm: the second one restores with the credentials too
                BuildOptions o = fx.options(image, cacheImage.toString());
                o.push = true;
                o.planFile = "plan.json";
                // The warm build without docker's layer cache, or the layer cache would take the install and
                // nothing would be restored; it still pushes its stage.
                o.noCache = i == 1;
                BuildResult r = fx.build(app, infra.engineA(), o, infra.credentials(), receiver, channel -> {
                    tokens.addAll(((HttpUploadChannel) channel).tokens());
                    return channel;
                });
                results.add(r);
                // What the runner writes with --result-json.
                Path json = app.resolve("result-" + i + ".json");
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), r.toMap());
            }
        }
        assertThat(results.get(0).dirsSaved).containsExactly(cacheDir);
        assertThat(results.get(1).dirsRestored).containsExactly(cacheDir);
        assertThat(results.get(1).dirsSaved).containsExactly(cacheDir);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.pushedDigest).isNotBlank();
            assertThat(r.warnings).as("a clean build has no warning").isEmpty();
        });
        assertThat(tokens).hasSize(2);

        Set<String> secrets = new LinkedHashSet<>();
        secrets.add(infra.registryPassword());
        secrets.add(receiverUrl);
        secrets.add(receiverUrl.replace("http://", "")); // host:port/path without the scheme
        for (String token : tokens) {
            secrets.add(token);
            secrets.add(token.substring(token.lastIndexOf('.') + 1)); // the MAC alone
        }

        corpus.put("build log", fx.logText());
        corpus.put("workspace", filesText(app));
        corpus.put(
                "result JSON",
                new ObjectMapper().writeValueAsString(results.get(1).toMap()));
        try (EngineProbe a = new EngineProbe(infra.engineA());
                DockerEngine engine = infra.connectA()) {
            corpus.put("docker inspect of the final image", a.inspectImage(image));
            corpus.put("docker history --no-trunc of the final image", a.history(image));
            corpus.put("history and configuration of every image on the engine", a.everyImageHistory());
            RunResult env = engine.run(image, "sh", "-c", "cat /app/env.txt; echo; env");
            assertThat(env.exitCode()).isZero();
            corpus.put("files and environment of the final image", env.output());
        }
        RegistryProbe registry = new RegistryProbe(infra, tmp);
        corpus.put("pushed image in the registry", registryText(registry, ImageReference.parse(image)));
        corpus.put("cache image in the registry", registryText(registry, cacheImage));
        // The layer-cache image is the build stage, pushed: its history must not hold the save step's argument.
        ImageReference layerCache = LayerCache.nameFor(cacheImage);
        cacheImages.add(layerCache);
        assertThat(registry.digest(layerCache))
                .as("the saving build pushed its stage")
                .isPresent();
        corpus.put("layer-cache image in the registry", registryText(registry, layerCache));
        corpus.put("cache image files", registry.files(cacheImage).toString());
        assertThat(corpus.get("cache image files")).contains("env.txt");
        // Control: the receiver did check this build's layers, so the token was in use while the build ran.
        assertThat(corpus.get("build log")).contains("receiver: Accepted cache");

        List<String> hits = new ArrayList<>();
        corpus.forEach((place, text) -> {
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    hits.add(place + " holds a secret of " + secret.length() + " characters");
                }
            }
        });
        System.out.printf(
                "secrets: %d secrets (registry password, receiver URL, %d tokens and their MACs) searched in %d"
                        + " places (%d characters): %d hits%n",
                secrets.size(),
                tokens.size(),
                corpus.size(),
                corpus.values().stream().mapToInt(String::length).sum(),
                hits.size());
        assertThat(hits).isEmpty();
    }

    /**
     * A project's own Dockerfile with the cache markers: the save reads the stage the save marker ends, whether a
     * build stage or the final stage; no token or receiver URL reaches any image, since nothing of the save runs in
     * the build.
     */
    @Test
    void aProjectDockerfileSavesFromTheMarkedStageAndNoImageHoldsATokenOrTheReceiverUrl() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String cacheDir = "/root/.marker-" + UUID.randomUUID().toString().substring(0, 8);
        String fill = "RUN mkdir -p " + cacheDir + " && date > " + cacheDir + "/stamp && echo ok > /app/out.txt";
        Path twoStages = Files.createDirectories(tmp.resolve("two-stages"));
        Files.writeString(
                twoStages.resolve("Dockerfile"),
                String.join(
                        "\n",
                        "FROM " + infra.imageBusybox(),
                        "WORKDIR /app",
                        NixpacksBuild.RESTORE_MARKER,
                        fill,
                        NixpacksBuild.SAVE_MARKER,
                        "",
                        "FROM " + infra.imageBusybox(),
                        "COPY --from=0 /app /app",
                        "CMD [\"cat\", \"/app/out.txt\"]",
                        ""));
        Path oneStage = Files.createDirectories(tmp.resolve("one-stage"));
        Files.writeString(
                oneStage.resolve("Dockerfile"),
                String.join(
                        "\n",
                        "FROM " + infra.imageBusybox(),
                        "WORKDIR /app",
                        NixpacksBuild.RESTORE_MARKER,
                        fill,
                        "CMD [\"cat\", \"/app/out.txt\"]",
                        NixpacksBuild.SAVE_MARKER,
                        ""));
        ImageReference cacheImage = ImageReference.parse(infra.uniqueRegistryImage("secrets/marker-cache", "main"));
        cacheImages.add(cacheImage);
        List<String> secrets = new ArrayList<>();
        try (LocalReceiver receiver = LocalReceiver.start(fx::line);
                EngineProbe a = new EngineProbe(infra.engineA())) {
            secrets.add(receiver.baseUrl());
            for (Path project : List.of(twoStages, oneStage)) {
                String image = TestInfra.uniqueName("it-marker-app");
                localImages.add(image);
                BuildOptions o = fx.options(image, cacheImage.toString());
                o.cacheDirectories = List.of(cacheDir);
                BuildResult r = fx.build(project, infra.engineA(), o, infra.credentials(), receiver, channel -> {
                    secrets.addAll(((HttpUploadChannel) channel).tokens());
                    return channel;
                });
                assertThat(r.dirsSaved).as(project.getFileName().toString()).containsExactly(cacheDir);
                assertThat(r.warnings).isEmpty();
                String everything = a.everyImageHistory();
                // A boolean, so a failure does not print the history with the secret in it.
                assertThat(secrets.stream().anyMatch(everything::contains))
                        .as("%s: some image on the engine holds a token or the receiver URL", project.getFileName())
                        .isFalse();
            }
        }
        assertThat(secrets).hasSize(3);
    }

    /** Manifest and config of an image, as the registry serves them. */
    private static String registryText(RegistryProbe registry, ImageReference ref) throws Exception {
        RegistryClient c = registry.client(ref);
        RegistryClient.Manifest m = c.fetchManifest(ref).orElseThrow();
        JsonNode json = m.json();
        byte[] config = c.fetchSmallBlob(
                ref.repository(),
                Digest.parse(json.path("config").path("digest").asText()),
                1 << 20);
        return new String(m.body(), StandardCharsets.UTF_8) + "\n" + new String(config, StandardCharsets.UTF_8);
    }

    /** Every file under {@code dir}, names and bytes, as one text (ISO-8859-1, so binary files are searched too). */
    private static String filesText(Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                b.append(p).append('\n');
                if (Files.isRegularFile(p)) {
                    b.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1))
                            .append('\n');
                }
            }
        }
        return b.toString();
    }
}
