package io.jenkins.plugins.nixpacks.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.testing.RecordingRegistry;
import org.junit.jupiter.api.Test;

/** Which references get the configured password: the bound registry's only. */
class RegistryAuthTest {
    private static final RegistryCredentials CI = RegistryCredentials.of("ci", "pw");

    private static ImageReference ref(String s) {
        return ImageReference.parse(s);
    }

    @Test
    void withoutRegistryUrlThePasswordIsBoundToTheImagesRegistry() {
        RegistryAuth auth = RegistryAuth.bind(CI, null, ref("reg.example.com/team/app:1"));

        assertThat(auth.registry()).isEqualTo("reg.example.com");
        assertThat(auth.credentialsFor(ref("reg.example.com/team/app-cache:main")))
                .isSameAs(CI);
        assertThat(auth.credentialsFor(ref("REG.example.com/team/other:1")))
                .as("host names are case-insensitive")
                .isSameAs(CI);
        assertThat(auth.credentialsFor(ref("attacker.example.com/team/app-cache:main")))
                .as("a cacheFrom on another registry")
                .isNull();
        assertThat(auth.credentialsFor(ref("reg.example.com:5000/team/app:1")))
                .as("another port is another registry")
                .isNull();
        assertThat(auth.credentialsFor(ref("reg.example.com.attacker.org/team/app:1")))
                .isNull();
        assertThat(auth.credentialsFor(ref("node:20"))).as("Docker Hub").isNull();
        assertThat(auth.ambientLoginAllowed())
                .as("configured credentials exclude the machine's Docker login")
                .isFalse();
    }

    @Test
    void registryUrlWinsOverTheImage() {
        RegistryAuth auth = RegistryAuth.bind(CI, "http://127.0.0.1:5151/", ref("127.0.0.1:6000/team/app:1"));

        assertThat(auth.registry()).isEqualTo("127.0.0.1:5151");
        assertThat(auth.credentialsFor(ref("127.0.0.1:5151/team/cache:main"))).isSameAs(CI);
        assertThat(auth.credentialsFor(ref("127.0.0.1:6000/team/app:1")))
                .as("the image itself, on another registry than registryUrl")
                .isNull();
        assertThat(auth.schemeFor(ref("127.0.0.1:5151/team/cache:main"))).isEqualTo("http");
        assertThat(auth.schemeFor(ref("127.0.0.1:6000/team/app:1"))).isNull();
        assertThat(RegistryAuth.bind(CI, "registry.example.com", ref("x/y")).registry())
                .as("a bare host name")
                .isEqualTo("registry.example.com");
        assertThat(RegistryAuth.bind(CI, "http://[::1]:5000", ref("x/y")).credentialsFor(ref("[::1]:5000/a/b:1")))
                .isSameAs(CI);
    }

    @Test
    void dockerHubAliasesAreOneRegistry() {
        RegistryAuth auth = RegistryAuth.bind(CI, "https://index.docker.io/v1/", ref("team/app:1"));
        assertThat(auth.credentialsFor(ref("team/app-cache:main"))).isSameAs(CI);
        assertThat(auth.credentialsFor(ref("docker.io/library/node:20"))).isSameAs(CI);
        assertThat(auth.credentialsFor(ref("ghcr.io/team/app:1"))).isNull();
    }

    @Test
    void withoutCredentialsNothingIsSentAndTheMachinesLoginMayBeUsed() {
        RegistryAuth auth = RegistryAuth.bind(null, null, ref("reg.example.com/team/app:1"));
        assertThat(auth.configured()).isFalse();
        assertThat(auth.credentialsFor(ref("reg.example.com/team/app:1"))).isNull();
        assertThat(auth.ambientLoginAllowed()).isTrue();
        assertThat(auth.describe()).contains("Docker login");
        assertThat(RegistryAuth.none().ambientLoginAllowed()).isTrue();
    }

    @Test
    void theLogLineNamesTheRegistryAndTheUserButNotThePassword() {
        String line = RegistryAuth.bind(RegistryCredentials.of("ci", "hunter2"), null, ref("reg.example.com/a:1"))
                .describe();
        assertThat(line)
                .contains("'ci'", "reg.example.com only", "registry of image", "read anonymously")
                .doesNotContain("hunter2");
        assertThat(RegistryAuth.bind(CI, "https://reg.example.com", ref("a:1")).describe())
                .contains("host of registryUrl");
        assertThat(RegistryAuth.bind(CI, null, ref("reg.example.com/a-cache:main"), "cacheImage")
                        .describe())
                .contains("reg.example.com only (the registry of cacheImage)");
    }

    @Test
    void aBadRegistryUrlIsNamed() {
        assertThatThrownBy(() -> RegistryAuth.bind(CI, "ftp://reg.example.com", ref("a:1")))
                .hasMessageContaining("registryUrl 'ftp://reg.example.com'");
        assertThatThrownBy(() -> RegistryAuth.bind(CI, "https://", ref("a:1"))).hasMessageContaining("registryUrl");
    }

    @Test
    void aForeignRegistryChallengingTheJavaClientGetsNoPassword() throws Exception {
        try (RecordingRegistry attacker = RecordingRegistry.start()) {
            RegistryAuth auth = RegistryAuth.bind(CI, null, ref("127.0.0.1:5151/team/app:1"));
            ImageReference cacheFrom = ref(attacker.address() + "/team/app-cache:main");

            assertThatThrownBy(() -> RegistryClient.forImage(cacheFrom, auth).fetchManifest(cacheFrom))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("registry " + attacker.address() + " requires credentials");

            assertThat(attacker.requests()).as("it was asked").isNotEmpty();
            assertThat(attacker.authorizations()).as("and got no password").isEmpty();
        }
    }
}
