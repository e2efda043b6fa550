package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aReadOnlyBuildAsksForNoUpload() throws Exception {
        assertThat(NixpacksBuild.cacheLayerPaths(request(false))).isEmpty();
    }

    @Test
    void aSavingBuildAsksForItsDirectoryAndItsDockerfileHasNoSaveStep() throws Exception {
        assertThat(NixpacksBuild.cacheLayerPaths(request(true))).containsExactly("root/.npm");
        // The save reads the build stage afterwards: no build argument, no upload command, no URL in the Dockerfile.
        assertThat(String.join("\n", NixpacksBuild.preview(request(true))))
                .doesNotContain("ARG ")
                .doesNotContain("curl")
                .doesNotContain("wget")
                .doesNotContain("http")
                .contains("the agent reads /root/.npm from this stage");
    }
}
