package io.jenkins.plugins.nixpacks.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileSourceTest {
    @TempDir
    Path tmp;

    @Test
    void projectDockerfileIsUsedUnlessIgnored() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("app"));
        assertThat(DockerfileSource.choose(app, null, false).useProjectDockerfile())
                .isFalse();
        Files.writeString(app.resolve("Dockerfile"), "FROM scratch\n");
        DockerfileSource project = DockerfileSource.choose(app, "", false);
        assertThat(project.useProjectDockerfile()).isTrue();
        assertThat(project.projectDockerfile()).isEqualTo("Dockerfile");
        DockerfileSource ignored = DockerfileSource.choose(app, null, true);
        assertThat(ignored.useProjectDockerfile()).isFalse();
        assertThat(ignored.projectDockerfile()).isNull();
        assertThat(DockerfileSource.generated().useProjectDockerfile()).isFalse();
    }

    @Test
    void namedDockerfileMustExistInsideTheSource() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("app"));
        Files.createDirectories(app.resolve("docker"));
        Files.writeString(app.resolve("docker/Dockerfile.ci"), "FROM scratch\n");
        Files.writeString(tmp.resolve("Dockerfile.outside"), "FROM scratch\n");
        DockerfileSource named = DockerfileSource.choose(app, "docker/Dockerfile.ci", true);
        assertThat(named.useProjectDockerfile()).isTrue();
        assertThat(named.projectDockerfile()).isEqualTo("docker/Dockerfile.ci");
        assertThatThrownBy(() -> DockerfileSource.choose(app, "docker/Nope", false))
                .hasMessageStartingWith("Dockerfile docker/Nope does not exist in ");
        assertThatThrownBy(() -> DockerfileSource.choose(app, "../Dockerfile.outside", false))
                .hasMessageContaining("leads outside the source folder");
        Files.createSymbolicLink(app.resolve("Linked"), tmp.resolve("Dockerfile.outside"));
        assertThatThrownBy(() -> DockerfileSource.choose(app, "Linked", false))
                .hasMessageContaining("leads outside the source folder");
    }
}
