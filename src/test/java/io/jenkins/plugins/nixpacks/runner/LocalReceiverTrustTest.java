package io.jenkins.plugins.nixpacks.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's receiver with the real sender: one build's tokens reach only its own directories, once. */
class LocalReceiverTrustTest {
    @TempDir
    Path tmp;

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private LocalReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = LocalReceiver.start(log::add);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    @Test
    void aChannelSendsOnlyIntoItsOwnBuild() throws Exception {
        UploadChannel a = receiver.open("job#1", List.of("root/.npm"));
        receiver.open("job#2", List.of("root/.npm"));

        a.send(0, List.of(layer("root/.npm", "cached")));

        assertThat(receiver.ledger().accepted("job#1")).containsOnlyKeys(0);
        assertThat(receiver.ledger().accepted("job#2")).isEmpty();
        assertThat(log).noneMatch(l -> l.contains("job#2"));
    }

    @Test
    void aDirectoryIsCheckedAgainstItsIndexAndAcceptedOnce() throws Exception {
        UploadChannel a = receiver.open("job#1", List.of("root/.npm", "root/.cache"));

        assertThatThrownBy(() -> a.send(0, List.of(layer("root/.cache", "x"))))
                .isInstanceOf(UploadChannel.UploadRefusedException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("outside the cache directory");
        // The refused request claimed index 0 for good: nothing can follow it.
        assertThatThrownBy(() -> a.send(0, List.of(layer("root/.npm", "x"))))
                .isInstanceOf(UploadChannel.UploadRefusedException.class)
                .hasMessageContaining("HTTP 409");
        a.send(1, List.of(layer("root/.cache", "y")));

        assertThat(receiver.ledger().accepted("job#1")).containsOnlyKeys(1);
    }

    @Test
    void aClosedBuildAcceptsNothing() throws Exception {
        UploadChannel a = receiver.open("job#1", List.of("root/.npm"));
        receiver.close("job#1");

        assertThatThrownBy(() -> a.send(0, List.of(layer("root/.npm", "late"))))
                .isInstanceOf(UploadChannel.UploadRefusedException.class)
                .hasMessageContaining("HTTP 404");
    }

    private ReproducibleLayer.Blob layer(String dir, String content) throws Exception {
        RawTar t = new RawTar();
        String path = "";
        for (String part : dir.split("/")) {
            path += part + "/";
            t.dir(path);
        }
        Path tar = Files.write(
                Files.createTempFile(tmp, "in", ".tar"),
                t.file(path + "f", content).end().bytes());
        return ReproducibleLayer.write(tar, dir, Files.createTempFile(tmp, "layer", ".tar"));
    }
}
