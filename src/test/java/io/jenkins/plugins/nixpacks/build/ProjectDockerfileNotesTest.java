package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own Dockerfile: what it costs (the cache) is said, and BuildKit-only syntax is refused with a hint. */
class ProjectDockerfileNotesTest {
    @TempDir
    Path dir;

    @Test
    void runMountIsRefusedWithTheWayOut() throws Exception {
        Path f = Files.writeString(
                dir.resolve("Dockerfile"), "FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci\n");
        assertThatThrownBy(() -> ProjectDockerfile.notes(f, false))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("Dockerfile, line 2: RUN --mount is BuildKit syntax")
                .hasMessageContaining(NixpacksBuild.RESTORE_MARKER)
                .hasMessageContaining("ignoreDockerfile");
    }

    @Test
    void aCacheWithNothingToCacheIsSaid() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM node:22\nRUN npm ci\n");
        assertThat(ProjectDockerfile.notes(f, true))
                .singleElement()
                .asString()
                .startsWith("cache: off: the project's Dockerfile is used instead of a plan")
                .contains("ignoreDockerfile");
        assertThat(ProjectDockerfile.notes(f, false)).isEmpty();
    }
}
