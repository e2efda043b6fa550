package io.jenkins.plugins.nixpacks.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.cache.RawTar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust model of an upload, through the runner's own receiver and channels as a build uses them: a token writes
 * one declared directory of one build and nothing else, and dies with its build's session, whatever its expiry.
 */
class LocalReceiverTrustTest {
    @TempDir
    Path tmp;

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private LocalReceiver receiver;
    private Path uploads;

    @BeforeEach
    void start() throws Exception {
        uploads = Files.createDirectories(tmp.resolve("uploads"));
        receiver = LocalReceiver.start(uploads, log::add);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    @Test
    void aTokenWritesOnlyItsOwnBuildsSlot() throws Exception {
        UploadChannel a = receiver.open("job#1", List.of("root/.npm"));
        UploadChannel b = receiver.open("job#2", List.of("root/.npm"));

        assertThat(put(a.uploadUrls().get(0), tar("root/.npm"))).isEqualTo(201);

        assertThat(b.arrived()).as("build 2 sees nothing of build 1's upload").isEmpty();
        assertThat(a.arrived()).containsOnlyKeys(0);
        assertThat(log).noneMatch(l -> l.contains("job#2"));
    }

    @Test
    void aTokenCarriesOnlyTheDirectoryDeclaredUnderItsIndex() throws Exception {
        UploadChannel a = receiver.open("job#1", List.of("root/.npm", "root/.cache"));
        String url0 = a.uploadUrls().get(0);

        assertThat(put(url0, tar("root/.cache")))
                .as("index 0 is /root/.npm: a tar of the build's other directory is refused")
                .isEqualTo(400);
        assertThat(put(url0, tar("etc"))).as("an undeclared folder").isEqualTo(400);
        assertThat(put(url0.substring(0, url0.length() - 1) + "1", tar("root/.cache")))
                .as("the token of index 0 moved to index 1")
                .isEqualTo(403);

        assertThat(a.arrived()).isEmpty();
        assertThat(filesUnder(uploads)).isEmpty();
    }

    @Test
    void aLiveTokenIsDeadOnceItsBuildHasReadItsUploads() throws Exception {
        UploadChannel a = receiver.open("job#1", List.of("root/.npm"));
        String url = a.uploadUrls().get(0);
        byte[] first = tar("root/.npm");
        assertThat(put(url, first)).isEqualTo(201);

        // The build reads what arrived: from here on its session is closed, though the token runs for hours.
        assertThat(a.arrived()).containsEntry(0, (long) first.length);
        assertThat(put(url, tar("root/.npm", "replayed"))).isEqualTo(404);
        assertThat(a.arrived()).containsEntry(0, (long) first.length);

        a.discard();
        assertThat(put(url, tar("root/.npm", "after the build"))).isEqualTo(404);
        assertThat(filesUnder(uploads))
                .as("nothing left once the build is done")
                .isEmpty();
    }

    private int put(String url, byte[] body) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static byte[] tar(String dir) {
        return tar(dir, "cached");
    }

    private static byte[] tar(String dir, String content) {
        RawTar t = new RawTar();
        String path = "";
        for (String part : dir.split("/")) {
            path += part + "/";
            t.dir(path);
        }
        return t.file(path + "f", content).end().bytes();
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
