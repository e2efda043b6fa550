package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageRefTest {

    @Test
    void registryWithPortTagAndDigest() {
        ImageRef r = ImageRef.parse("127.0.0.1:5151/team/app:1.0");
        assertThat(r.registry()).isEqualTo("127.0.0.1:5151");
        assertThat(r.repository()).isEqualTo("team/app");
        assertThat(r.tag()).isEqualTo("1.0");
        assertThat(r.name()).isEqualTo("127.0.0.1:5151/team/app");
        assertThat(r.authAddress()).isEqualTo("127.0.0.1:5151");

        String digest = "sha256:" + "a".repeat(64);
        ImageRef d = ImageRef.parse("localhost:5000/app@" + digest);
        assertThat(d.registry()).isEqualTo("localhost:5000");
        assertThat(d.digest()).isEqualTo(digest);
        assertThat(d.tag()).isNull();
    }

    @Test
    void dockerHubNamesKeepTheirShortForm() {
        ImageRef r = ImageRef.parse("nixpacks-test/busybox:1");
        assertThat(r.registry()).isEqualTo("docker.io");
        assertThat(r.name()).isEqualTo("nixpacks-test/busybox");
        assertThat(ImageRef.parse("busybox").tagOrLatest()).isEqualTo("latest");
    }

    @Test
    void invalidNamesSayWhatIsWrong() {
        assertThatThrownBy(() -> ImageRef.parse("Team/App:1")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> ImageRef.parse("app:bad tag")).hasMessageContaining("not a valid tag");
        assertThatThrownBy(() -> ImageRef.parse("app@sha256:xyz")).hasMessageContaining("not a digest");
        assertThatThrownBy(() -> ImageRef.parse(" ")).hasMessageContaining("empty");
    }
}
