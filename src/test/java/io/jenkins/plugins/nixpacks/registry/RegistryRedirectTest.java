package io.jenkins.plugins.nixpacks.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.testing.RecordingRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A registry whose blob reads redirect, as registries with object storage do, over real HTTP on loopback: the
 * registry's Authorization goes to its own origin only. Two servers on two ports stand for the registry and the
 * storage; each writes down the headers it received.
 */
class RegistryRedirectTest {
    private static final String STORAGE_BODY = "{\"from\":\"storage\"}";
    private static final String REGISTRY_BODY = "{\"from\":\"registry\"}";
    /** The blob the storage serves; the registry's own copy is {@link #REGISTRY_BLOB}. */
    private static final Digest BLOB = Digests.sha256(STORAGE_BODY.getBytes(StandardCharsets.UTF_8));

    private static final Digest REGISTRY_BLOB = Digests.sha256(REGISTRY_BODY.getBytes(StandardCharsets.UTF_8));
    private static final RegistryCredentials CREDENTIALS = RegistryCredentials.of("ci", "s3cret-" + System.nanoTime());
    private static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString(("ci:" + CREDENTIALS.password()).getBytes(StandardCharsets.UTF_8));

    private RecordingRegistry registry;
    private RecordingRegistry storage;

    @BeforeEach
    void start() throws Exception {
        registry = RecordingRegistry.start();
        storage = RecordingRegistry.start();
        storage.route("/", e -> RecordingRegistry.send(e, 200, STORAGE_BODY, "application/json"));
    }

    @AfterEach
    void stop() {
        registry.close();
        storage.close();
    }

    private RegistryClient client() {
        ImageReference ref = ImageReference.parse(registry.address() + "/team/app:1");
        return RegistryClient.forImage(ref, RegistryAuth.forRegistry(registry.address(), CREDENTIALS));
    }

    /** Challenges until it gets the right Basic header, then answers with {@code then}. */
    private RecordingRegistry.Route authenticated(RecordingRegistry.Route then) {
        return e -> {
            if (BASIC.equals(e.getRequestHeaders().getFirst("Authorization"))) {
                then.answer(e);
            } else {
                RecordingRegistry.challenge(e);
            }
        };
    }

    @Test
    void aBlobReadRedirectedToAnotherPortCarriesNoAuthorization() throws Exception {
        registry.route(
                "/v2/team/app/blobs/",
                authenticated(RecordingRegistry.redirect(307, "http://" + storage.address() + "/bucket/blob?sig=1")));

        byte[] body = client().fetchSmallBlob("team/app", BLOB, 1024);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"from\":\"storage\"}");
        assertThat(registry.authorizations())
                .as("the registry itself got the password")
                .contains(BASIC);
        assertThat(storage.requests()).as("the redirect was followed").hasSize(1);
        assertThat(storage.authorizations())
                .as("the storage on another origin got no Authorization")
                .isEmpty();
    }

    @Test
    void everyKindOfRedirectToAnotherOriginDropsAuthorization() throws Exception {
        for (int status : new int[] {301, 302, 303, 308}) {
            registry.route(
                    "/v2/team/app/blobs/",
                    authenticated(RecordingRegistry.redirect(status, "http://" + storage.address() + "/b" + status)));
            client().fetchSmallBlob("team/app", BLOB, 1024);
        }
        assertThat(storage.requests()).hasSize(4);
        assertThat(storage.authorizations()).isEmpty();
    }

    @Test
    void aSameOriginRedirectKeepsAuthorization() throws Exception {
        registry.route("/v2/team/app/blobs/", authenticated(RecordingRegistry.redirect(307, "/internal/blob")));
        registry.route(
                "/internal/", authenticated(e -> RecordingRegistry.send(e, 200, REGISTRY_BODY, "application/json")));

        byte[] body = client().fetchSmallBlob("team/app", REGISTRY_BLOB, 1024);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"from\":\"registry\"}");
        assertThat(registry.requests())
                .filteredOn(s -> s.path().startsWith("/internal/"))
                .as("the redirected request to the same origin")
                .singleElement()
                .extracting(RecordingRegistry.Seen::authorization)
                .isEqualTo(BASIC);
    }

    @Test
    void aBlobWhoseBytesAreNotItsDigestIsRefused() {
        // A registry that names one config and serves another: labels and diff ids read from it would not be those
        // of the image the engine pulls by digest.
        registry.route(
                "/v2/team/app/blobs/",
                authenticated(e -> RecordingRegistry.send(e, 200, "{\"from\":\"elsewhere\"}", "application/json")));

        assertThatThrownBy(() -> client().fetchSmallBlob("team/app", BLOB, 1024))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("blob " + BLOB + " of " + registry.address() + "/team/app came back as sha256:")
                .hasMessageContaining("the registry served other bytes than it named");
    }

    @Test
    void aRedirectLoopEndsWithAnErrorNamingTheRegistry() {
        registry.route("/v2/team/app/blobs/", RecordingRegistry.redirect(307, "/v2/team/app/blobs/" + BLOB));

        assertThatThrownBy(() -> client().fetchSmallBlob("team/app", BLOB, 1024))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("registry " + registry.address() + " redirected more than");
    }

    @Test
    void anOriginIsSchemeHostAndPort() {
        URI base = URI.create("https://reg.example.com/v2/x");
        assertThat(RegistryClient.sameOrigin(base, URI.create("https://REG.example.com:443/other")))
                .isTrue();
        assertThat(RegistryClient.sameOrigin(base, URI.create("https://reg.example.com:444/v2/x")))
                .isFalse();
        assertThat(RegistryClient.sameOrigin(base, URI.create("http://reg.example.com/v2/x")))
                .isFalse();
        assertThat(RegistryClient.sameOrigin(base, URI.create("https://storage.example.com/v2/x")))
                .isFalse();
        assertThat(RegistryClient.sameOrigin(base, URI.create("https://reg.example.com.evil.org/v2/x")))
                .isFalse();
    }
}
