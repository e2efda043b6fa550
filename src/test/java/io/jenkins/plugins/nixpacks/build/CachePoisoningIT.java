package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.docker.BuildRequest;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.EngineProbe;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe.Entry;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with write access to the registry crafts a cache image by hand: the plugin's labels, one declared
 * directory, and a layer that also carries {@code etc/evil}, {@code app/../x}, an absolute {@code /abs-evil} and a
 * file for {@code /app}. A build restoring from it gets the declared directory and nothing else: the restore copies
 * {@code /<dir>} only, never the image's other paths.
 */
class CachePoisoningIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();

    @Test
    void restoreNeverWritesOutsideTheDeclaredDirectories() throws Exception {
        String dir = ".poison-" + UUID.randomUUID().toString().substring(0, 8);
        String layerPath = "root/" + dir;
        String marker = "restored-" + UUID.randomUUID();
        ImageReference ref = ImageReference.parse(infra.uniqueRegistryImage("poison/cache", "main"));
        RegistryProbe registry = new RegistryProbe(infra, tmp);
        byte[] layer = RegistryProbe.layer(List.of(
                Entry.dir("root/"),
                Entry.dir(layerPath + "/"),
                Entry.file(layerPath + "/marker", marker),
                Entry.dir("etc/"),
                Entry.file("etc/evil", "pwned"),
                Entry.dir("app/"),
                Entry.file("app/../x", "pwned"),
                Entry.file("app/evil", "pwned"),
                Entry.file("/abs-evil", "pwned")));
        Digest digest = registry.pushCacheImage(ref, List.of(layerPath), List.of(layer), "attacker#1");
        assertThat(registry.files(ref))
                .as("the image really carries the extra paths")
                .containsKeys("etc/evil", "app/../x", "app/evil", "/abs-evil");

        BuildFixture fx = new BuildFixture(tmp);
        Path app = fx.project(
                "app",
                "/root/" + dir,
                "cat /root/" + dir + "/marker > /app/out.txt; echo >> /app/out.txt;"
                        + " for f in /etc/evil /x /app/x /app/evil /abs-evil; do"
                        + " if [ -e $f ]; then echo found $f >> /app/out.txt; fi; done");
        String image = TestInfra.uniqueName("it-poison-app");
        BuildOptions o = fx.options(image, ref.toString());
        o.saveCache = false;
        try (LocalReceiver receiver = LocalReceiver.start(fx::line);
                DockerEngine a = infra.connectA()) {
            BuildResult r = fx.build(app, infra.engineA(), o, receiver);
            try {
                assertThat(r.cacheRestoredFrom).isEqualTo(ref.toString());
                assertThat(r.dirsRestored).containsExactly("/root/" + dir);
                RunResult out = a.run(image);
                assertThat(out.exitCode()).isZero();
                assertThat(out.output().strip())
                        .as("what the build saw: the declared directory restored, nothing else")
                        .isEqualTo(marker);
                // Its layer would have become the stage's file system whole (CacheBase): refused, copied in instead.
                assertThat(fx.logText())
                        .contains("cannot be the build stage's base")
                        .contains("Cache tar rejected")
                        .contains("they are copied in");
                // Control: the engine did unpack the extra paths into the cache image it pulled; only the restore's
                // choice of what to copy kept them out of the build.
                String pinned = ref.withDigest(digest).toString();
                Path control = Files.createDirectories(tmp.resolve("control"));
                Files.writeString(
                        control.resolve("Dockerfile"),
                        String.join(
                                "\n",
                                "FROM " + infra.imageBusybox(),
                                "COPY --from=" + pinned + " /etc/evil /control/1",
                                "COPY --from=" + pinned + " /x /control/2",
                                "COPY --from=" + pinned + " /app/evil /control/3",
                                "COPY --from=" + pinned + " /abs-evil /control/4",
                                "CMD [\"cat\", \"/control/1\", \"/control/2\", \"/control/3\", \"/control/4\"]",
                                ""));
                a.build(BuildRequest.builder(control).tag(image + "-control").build(), fx::line);
                assertThat(a.run(image + "-control").output()).isEqualTo("pwned".repeat(4));
            } finally {
                a.remove(image);
                a.remove(image + "-control");
                try (EngineProbe probe = new EngineProbe(infra.engineA())) {
                    for (String name : probe.referencesTo(ref.repository())) {
                        a.remove(name);
                    }
                }
            }
        }
    }
}
