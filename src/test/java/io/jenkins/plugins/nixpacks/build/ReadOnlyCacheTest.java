package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.CacheDockerfileSteps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saveCache: false}, the setting for untrusted builds, grants no write at all: no directory to upload, so the
 * step and the runner open no upload session and issue no token, and the Dockerfile has no save step and no
 * argument to carry one. (IncrementalCacheIT shows the same build restoring and the cache image unchanged.)
 */
class ReadOnlyCacheTest {
    @TempDir
    Path tmp;

    private NixpacksBuild.Request request(boolean saveCache) throws Exception {
        Files.writeString(
                tmp.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"busybox\"",
                        "[phases.install]",
                        "cmds = [\"true\"]",
                        "cacheDirectories = [\"/root/.npm\"]",
                        "[start]",
                        "cmd = \"true\"",
                        ""),
                StandardCharsets.UTF_8);
        BuildOptions o = new BuildOptions();
        o.image = "app";
        o.cacheImage = "127.0.0.1:5151/app-cache:main";
        o.saveCache = saveCache;
        return new NixpacksBuild.Request(tmp, Map.of(), o, null, null, "job#1", null, null);
    }

    @Test
    void aReadOnlyBuildAsksForNoUploadAndHasNoSaveStep() throws Exception {
        assertThat(NixpacksBuild.cacheLayerPaths(request(false))).isEmpty();
        assertThat(String.join("\n", NixpacksBuild.preview(request(false))))
                .doesNotContain(CacheDockerfileSteps.URLS_ARG)
                .doesNotContain(CacheDockerfileSteps.LOG_PREFIX);
    }

    @Test
    void aSavingBuildAsksForItsDirectoryAndHasTheSaveStep() throws Exception {
        assertThat(NixpacksBuild.cacheLayerPaths(request(true))).containsExactly("root/.npm");
        assertThat(String.join("\n", NixpacksBuild.preview(request(true))))
                .contains("ARG " + CacheDockerfileSteps.URLS_ARG);
    }
}
