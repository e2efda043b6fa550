package io.jenkins.plugins.nixpacks.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageReferenceTest {
    @Test
    void registryWithPortTagAndPath() {
        ImageReference r = ImageReference.parse("127.0.0.1:5151/team/app-cache:main");
        assertThat(r.registry()).isEqualTo("127.0.0.1:5151");
        assertThat(r.repository()).isEqualTo("team/app-cache");
        assertThat(r.tag()).isEqualTo("main");
        assertThat(r.isLoopbackRegistry()).isTrue();
        assertThat(r).hasToString("127.0.0.1:5151/team/app-cache:main");
    }

    @Test
    void dockerHubShortNamesGetLibraryAndLatest() {
        ImageReference r = ImageReference.parse("node");
        assertThat(r.registry()).isEqualTo(ImageReference.DOCKER_HUB);
        assertThat(r.repository()).isEqualTo("library/node");
        assertThat(r.tag()).isEqualTo("latest");
        assertThat(r).hasToString("node:latest");
        assertThat(r.isLoopbackRegistry()).isFalse();
        assertThat(ImageReference.parse("team/app:1").repository()).isEqualTo("team/app");
    }

    @Test
    void digestReferences() {
        String d = "sha256:" + "a".repeat(64);
        ImageReference r = ImageReference.parse("registry.example.com/app@" + d);
        assertThat(r.tag()).isNull();
        assertThat(r.manifestReference()).isEqualTo(d);
        assertThat(ImageReference.parse("localhost:5000/app:1")
                        .withDigest(Digest.parse(d))
                        .toString())
                .isEqualTo("localhost:5000/app@" + d);
    }

    @Test
    void badNamesSayWhatIsWrong() {
        assertThatThrownBy(() -> ImageReference.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ImageReference.parse("reg.example.com/App:1"))
                .hasMessageContaining("lower-case")
                .hasMessageContaining("App");
        assertThatThrownBy(() -> ImageReference.parse("app:bad tag")).hasMessageContaining("invalid tag");
        assertThatThrownBy(() -> ImageReference.parse("app@sha256:xyz")).hasMessageContaining("not a sha256 digest");
    }

    @Test
    void digestValidates() {
        assertThatThrownBy(() -> Digest.parse("md5:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Digest.parse("sha256:" + "0".repeat(64)).shortHex()).isEqualTo("000000000000");
    }

    @Test
    void ipv6RegistryAndTagOrLatest() {
        ImageReference r = ImageReference.parse("[::1]:5000/team/app");
        assertThat(r.registry()).isEqualTo("[::1]:5000");
        assertThat(r.isLoopbackRegistry()).isTrue();
        assertThat(r.tagOrLatest()).isEqualTo("latest");
        String d = "sha256:" + "b".repeat(64);
        assertThat(ImageReference.parse("localhost:5000/app@" + d).tagOrLatest())
                .isEqualTo("latest");
    }

    @Test
    void onlyLiteralLoopbackIsPlainHttp() {
        for (String loopback : List.of(
                "127.0.0.1:5151",
                "127.1.2.3",
                "127.255.255.254:80",
                "[::1]:5000",
                "[::1]",
                "localhost:5000",
                "localhost",
                "LOCALHOST:5000",
                "[0:0:0:0:0:0:0:1]:5000")) {
            assertThat(ImageReference.parse(loopback + "/team/app:1").isLoopbackRegistry())
                    .as(loopback)
                    .isTrue();
        }
        for (String remote : List.of(
                "127.example.com",
                "127.example.com:5000",
                "127.0.0.1.nip.io",
                "127.0.0.1.evil.org:5151",
                "127.0.0.256:5000",
                "127.0.0",
                "localhost.example.com",
                "[::2]:5000",
                "10.0.0.1:5000",
                "registry.example.com")) {
            assertThat(ImageReference.parse(remote + "/team/app:1").isLoopbackRegistry())
                    .as(remote + " gets HTTPS")
                    .isFalse();
        }
    }

    @Test
    void aHostNameStartingWith127IsSpokenToOverHttps() {
        ImageReference ref = ImageReference.parse("127.example.com/team/app:1");
        RegistryClient c = RegistryClient.forImage(ref, RegistryAuth.none());
        assertThat(c.baseUri()).hasScheme("https");
        assertThat(RegistryClient.forImage(ImageReference.parse("127.0.0.1:5151/a:1"), RegistryAuth.none())
                        .baseUri())
                .hasScheme("http");
    }
}
