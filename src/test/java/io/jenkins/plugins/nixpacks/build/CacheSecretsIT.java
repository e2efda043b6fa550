package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.nixpacks.cache.CacheDockerfileSteps;
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
 * password and for every upload token they were given: the build log, the workspace, the uploads folder, the result
 * JSON, the final image as the engine describes it ({@code docker inspect}, {@code docker history --no-trunc}) and as
 * the registry holds it, the files of the final image, and the cache image. Zero hits.
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
    void aSavingBuildLeavesNoPasswordAndNoTokenAnywhere() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String cacheDir = "/root/.secret-" + UUID.randomUUID().toString().substring(0, 8);
        // The project's own commands dump their environment into the app and into the cache: if a token reached
        // them, it would be in the final image and in the cache image.
        Path app = fx.project(
                "app",
                cacheDir,
                "mkdir -p " + cacheDir + " && env > /app/env.txt && env > " + cacheDir + "/env.txt" + " && date > "
                        + cacheDir + "/stamp && echo done > /app/out.txt");
        String image = infra.uniqueRegistryImage("secrets/app", "1");
        localImages.add(image);
        cacheImages.add(ImageReference.parse(image)); // its pushed digest stays on the engine as a name too
        ImageReference cacheImage = ImageReference.parse(infra.uniqueRegistryImage("secrets/cache", "main"));
        cacheImages.add(cacheImage);
        Path uploads = Files.createDirectories(tmp.resolve("uploads"));
        Set<String> urls = new LinkedHashSet<>();
        List<BuildResult> results = new ArrayList<>();
        Map<String, String> corpus = new LinkedHashMap<>();

        try (LocalReceiver receiver = LocalReceiver.start(uploads, fx::line)) {
            for (int i = 0; i < 2; i++) { // cold, then warm: the second one restores with the credentials too
                BuildOptions o = fx.options(image, cacheImage.toString());
                o.push = true;
                o.planFile = "plan.json";
                String during = "uploads folder during build " + i;
                BuildResult r = fx.build(app, infra.engineA(), o, infra.credentials(), receiver, channel -> {
                    urls.addAll(channel.uploadUrls());
                    return BuildFixture.wrap(channel, u -> u, () -> corpus.put(during, filesText(uploads)));
                });
                results.add(r);
                // What the runner writes with --result-json.
                Path json = app.resolve("result-" + i + ".json");
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), r.toMap());
                assertThat(corpus.get(during)).as("the upload was on disk").contains(".tar");
                corpus.put("uploads folder after build " + i, filesText(uploads));
            }
        }
        assertThat(results.get(0).dirsSaved).containsExactly(cacheDir);
        assertThat(results.get(1).dirsRestored).containsExactly(cacheDir);
        assertThat(results.get(1).dirsSaved).containsExactly(cacheDir);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.pushedDigest).isNotBlank();
            assertThat(r.warnings).as("a clean build has no warning").isEmpty();
        });
        assertThat(urls).hasSize(2);

        Set<String> secrets = new LinkedHashSet<>();
        secrets.add(infra.registryPassword());
        for (String url : urls) {
            String token = url.split("/")[4];
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
            RunResult env = engine.run(image, "sh", "-c", "cat /app/env.txt; echo; env");
            assertThat(env.exitCode()).isZero();
            corpus.put("files and environment of the final image", env.output());

            // Control: the build stage, which ran the save step, does record its build argument. The search
            // finds tokens where they are, so its silence about the final image means something.
            String buildStage = saveStepImage(fx.log);
            String lastToken = token(List.copyOf(urls).get(urls.size() - 1));
            // A boolean, so a failure does not print the history with the token in it.
            assertThat(a.history(buildStage).contains(lastToken))
                    .as("the build stage's history (stays on the engine, never pushed) records the last token")
                    .isTrue();
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
        assertThat(corpus.get("build log")).contains("receiver: Stored cache");

        List<String> hits = new ArrayList<>();
        corpus.forEach((place, text) -> {
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    hits.add(place + " holds a secret of " + secret.length() + " characters");
                }
            }
        });
        System.out.printf(
                "secrets: %d secrets (registry password, %d tokens and their MACs) searched in %d places"
                        + " (%d characters): %d hits%n",
                secrets.size(),
                urls.size(),
                corpus.size(),
                corpus.values().stream().mapToInt(String::length).sum(),
                hits.size());
        assertThat(hits).isEmpty();
    }

    /**
     * A project's own Dockerfile with the cache markers. With the save marker in a build stage the cache is saved and
     * the final image is clean; with it in the final stage the final image's history would record the upload URLs,
     * so the save step is left out there, with a warning saying where to put the marker.
     */
    @Test
    void aProjectDockerfileNeverPutsTheUploadUrlsIntoTheFinalImage() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String cacheDir = "/root/.marker-" + UUID.randomUUID().toString().substring(0, 8);
        String fill = "RUN mkdir -p " + cacheDir + " && date > " + cacheDir + "/stamp && echo ok > /app/out.txt";
        Path twoStages = Files.createDirectories(tmp.resolve("two-stages"));
        Files.writeString(
                twoStages.resolve("Dockerfile"),
                String.join(
                        "\n",
                        "FROM " + infra.imageBusybox() + " AS build",
                        "WORKDIR /app",
                        NixpacksBuild.RESTORE_MARKER,
                        fill,
                        NixpacksBuild.SAVE_MARKER,
                        "FROM " + infra.imageBusybox(),
                        "COPY --from=build /app /app",
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
                        NixpacksBuild.SAVE_MARKER,
                        "CMD [\"cat\", \"/app/out.txt\"]",
                        ""));
        ImageReference cacheImage = ImageReference.parse(infra.uniqueRegistryImage("secrets/marker-cache", "main"));
        cacheImages.add(cacheImage);
        List<String> tokens = new ArrayList<>();
        try (LocalReceiver receiver = LocalReceiver.start(Files.createDirectories(tmp.resolve("up")), fx::line);
                EngineProbe a = new EngineProbe(infra.engineA())) {
            for (Path project : List.of(twoStages, oneStage)) {
                String image = TestInfra.uniqueName("it-marker-app");
                localImages.add(image);
                BuildOptions o = fx.options(image, cacheImage.toString());
                o.cacheDirectories = List.of(cacheDir);
                BuildResult r = fx.build(project, infra.engineA(), o, infra.credentials(), receiver, channel -> {
                    channel.uploadUrls().forEach(u -> tokens.add(token(u)));
                    return channel;
                });
                String history = a.history(image) + a.inspectImage(image);
                assertThat(history.contains(CacheDockerfileSteps.URLS_ARG))
                        .as("%s: the final image mentions %s", project.getFileName(), CacheDockerfileSteps.URLS_ARG)
                        .isFalse();
                assertThat(tokens).noneMatch(history::contains);
                if (project == twoStages) {
                    assertThat(r.dirsSaved).containsExactly(cacheDir);
                    assertThat(r.warnings).isEmpty();
                } else {
                    assertThat(r.dirsSaved).isEmpty();
                    assertThat(r.warnings).anyMatch(w -> w.contains("in the final stage"));
                }
            }
        }
        assertThat(tokens).hasSize(2);
    }

    /** The image the save step's RUN made: the " ---> id" line after the save step in the log. */
    private static String saveStepImage(List<String> log) {
        List<String> lines;
        synchronized (log) {
            lines = List.copyOf(log);
        }
        String id = null;
        boolean inSave = false;
        for (String line : lines) {
            if (line.startsWith("Step ")) {
                inSave = line.contains("$NIXPACKS_CACHE_URLS");
            } else if (inSave && line.startsWith(" ---> ") && !line.startsWith(" ---> Running in")) {
                id = line.substring(" ---> ".length()).strip();
            }
        }
        assertThat(id).as("the save step's image id in the log").isNotNull();
        return id;
    }

    private static String token(String url) {
        return url.split("/")[4];
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
