package io.jenkins.plugins.nixpacks.cache.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import io.jenkins.plugins.nixpacks.registry.RegistryException;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real registry of infra/up, with basic authentication. */
class CacheImagePublisherIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();

    private RegistryClient client(ImageReference ref) {
        return RegistryClient.forImage(ref, RegistryAuth.forRegistry(ref.registry(), infra.credentials()));
    }

    private Path tar(String name, String dir, String content) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream o = Files.newOutputStream(p);
                TarArchiveOutputStream t = new TarArchiveOutputStream(o)) {
            t.putArchiveEntry(new TarArchiveEntry(dir + "/"));
            t.closeArchiveEntry();
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry f = new TarArchiveEntry(dir + "/data.txt");
            f.setSize(data.length);
            f.setModTime(System.currentTimeMillis());
            t.putArchiveEntry(f);
            t.write(data);
            t.closeArchiveEntry();
        }
        return p;
    }

    private CacheImagePublisher.NewLayer layer(String dir, String content) throws IOException {
        String id = UUID.randomUUID().toString();
        return new CacheImagePublisher.NewLayer(
                ReproducibleLayer.write(tar(id + ".tar", dir, content), dir, tmp.resolve(id + ".layer")));
    }

    @Test
    void publishReadBackAndResaveUnchangedUploadsNoLayerBytes() throws Exception {
        ImageReference ref = ImageReference.parse(infra.registry() + "/it/cache-" + UUID.randomUUID() + ":main");
        RegistryClient registry = client(ref);
        assertThat(registry.manifestDigest(ref)).isEmpty();
        assertThat(CacheImagePublisher.fetch(registry, ref)).isNull();

        String npmContent = "npm cache " + UUID.randomUUID();
        var first = new CacheImagePublisher(registry)
                .publish(
                        ref,
                        List.of(layer("root/.npm", npmContent), layer("app/.m2/repository", "m2")),
                        Map.of(CacheImage.LABEL_BUILD, "job#1"),
                        tmp);
        assertThat(first.layersUploaded()).isEqualTo(2);
        assertThat(first.bytesUploaded()).isPositive();

        CacheImage read = CacheImagePublisher.fetch(registry, ref);
        assertThat(read).isNotNull();
        assertThat(read.manifestDigest()).isEqualTo(first.manifestDigest());
        assertThat(read.directories().keySet()).containsExactly("root/.npm", "app/.m2/repository");
        assertThat(read.labels()).containsEntry(CacheImage.LABEL_BUILD, "job#1");
        // `docker images` shows the save's age, not "56 years ago"; the layers stay reproducible (below).
        var config = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(registry.fetchSmallBlob(
                        ref.repository(),
                        io.jenkins.plugins.nixpacks.registry.Digest.parse(registry.fetchManifest(ref)
                                .orElseThrow()
                                .json()
                                .path("config")
                                .path("digest")
                                .asText()),
                        1 << 20));
        java.time.Instant created =
                java.time.Instant.parse(config.path("created").asText());
        assertThat(created)
                .isBetween(
                        java.time.Instant.now().minusSeconds(120),
                        java.time.Instant.now().plusSeconds(5));
        assertThat(config.path("history").get(0).path("created").asText()).isEqualTo(created.toString());

        // The same content sent again by a later build (new tars, new times): no layer bytes go up.
        var second = new CacheImagePublisher(registry)
                .publish(
                        ref,
                        List.of(layer("root/.npm", npmContent), layer("app/.m2/repository", "m2")),
                        Map.of(CacheImage.LABEL_BUILD, "job#2"),
                        tmp);
        assertThat(second.layersUploaded()).isZero();
        assertThat(second.bytesUploaded()).isZero();
        assertThat(second.bytesSkipped()).isEqualTo(first.bytesUploaded());
        assertThat(CacheImagePublisher.fetch(registry, ref).labels()).containsEntry(CacheImage.LABEL_BUILD, "job#2");

        // One directory changed, the other did not arrive: the changed one goes up, the other is kept.
        var third = new CacheImagePublisher(registry)
                .publish(
                        ref,
                        List.of(
                                layer("root/.npm", npmContent + " and more"),
                                new CacheImagePublisher.KeptLayer(read.directories()
                                        .get("app/.m2/repository")
                                        .get(0))),
                        Map.of(CacheImage.LABEL_BUILD, "job#3"),
                        tmp);
        assertThat(third.layersUploaded()).isEqualTo(1);
        assertThat(third.layersSkipped()).isEqualTo(1);
        CacheImage after = CacheImagePublisher.fetch(registry, ref);
        assertThat(after.directories().get("app/.m2/repository"))
                .isEqualTo(read.directories().get("app/.m2/repository"));
        assertThat(after.directories().get("root/.npm"))
                .isNotEqualTo(read.directories().get("root/.npm"));
    }

    @Test
    void wrongPasswordIsUnauthorizedAndNamesTheRegistry() {
        ImageReference ref = ImageReference.parse(infra.registry() + "/it/nope:main");
        RegistryClient bad = RegistryClient.forImage(
                ref,
                RegistryAuth.forRegistry(
                        ref.registry(), RegistryCredentials.of(infra.registryUser(), "wrong-password")));
        assertThatThrownBy(() -> bad.manifestDigest(ref))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(infra.registry())
                .hasMessageContaining("refused the credentials")
                .hasMessageNotContaining("wrong-password")
                .satisfies(
                        e -> assertThat(((RegistryException) e).kind()).isEqualTo(RegistryException.Kind.UNAUTHORIZED));
    }

    @Test
    void unreachableRegistryIsToldApart() {
        ImageReference ref = ImageReference.parse("127.0.0.1:1/it/none:main");
        RegistryClient down =
                RegistryClient.forImage(ref, RegistryAuth.forRegistry(ref.registry(), infra.credentials()));
        assertThatThrownBy(() -> down.manifestDigest(ref))
                .isInstanceOf(RegistryException.class)
                .satisfies(
                        e -> assertThat(((RegistryException) e).kind()).isEqualTo(RegistryException.Kind.UNREACHABLE))
                .hasMessageContaining("unreachable");
    }
}
