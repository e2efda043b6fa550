package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.EngineProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Small busybox projects with one cache directory, built through {@link NixpacksBuild#run} with an upload channel of
 * a {@link LocalReceiver}, as the runner does. Every log line is printed, so it lands in the failsafe report. Test
 * helper.
 */
final class BuildFixture {
    final TestInfra infra = TestInfra.get();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    /** The id of the last build of each project folder. */
    final Map<Path, String> buildIds = new ConcurrentHashMap<>();
    /** The id of the next build, when a test needs to know it beforehand; null for a fresh one. */
    volatile String nextBuildId;
    /** Called with every log line as it comes, before it is kept. */
    volatile Consumer<String> watcher = line -> {};

    private final Path tmp;

    BuildFixture(Path tmp) {
        this.tmp = tmp;
    }

    void line(String line) {
        System.out.println(line);
        watcher.accept(line);
        log.add(line);
    }

    /** The log lines of the first Dockerfile step whose instruction contains {@code text}, up to the next step. */
    static List<String> firstStep(List<String> log, String text) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith("Step ") && log.get(i).contains(text)) {
                return stepAt(log, i);
            }
        }
        throw new AssertionError("no step with '" + text + "' in the log");
    }

    /** The same for the last such step (the final build's, when the stage build had it too). */
    static List<String> lastStep(List<String> log, String text) {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).startsWith("Step ") && log.get(i).contains(text)) {
                return stepAt(log, i);
            }
        }
        throw new AssertionError("no step with '" + text + "' in the log");
    }

    private static List<String> stepAt(List<String> log, int start) {
        int end = start + 1;
        while (end < log.size() && !log.get(end).startsWith("Step ")) {
            end++;
        }
        return List.copyOf(log.subList(start, end));
    }

    String logText() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /**
     * A project on the busybox image whose install step runs {@code install} with {@code cacheDir} (an absolute path)
     * declared as its cache directory, and whose image prints /app/out.txt.
     */
    Path project(String name, String cacheDir, String install) throws Exception {
        return project(name, infra.imageBusybox(), cacheDir, install);
    }

    /** The same on the build image {@code buildImage}. */
    Path project(String name, String buildImage, String cacheDir, String install) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(
                dir.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"" + buildImage + "\"",
                        "[phases.install]",
                        "cmds = [\"" + install.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]",
                        "cacheDirectories = [\"" + cacheDir + "\"]",
                        "[start]",
                        "cmd = \"cat /app/out.txt\"",
                        ""),
                StandardCharsets.UTF_8);
        return dir;
    }

    BuildOptions options(String image, String cacheImage) {
        BuildOptions o = new BuildOptions();
        o.image = image;
        o.cacheImage = cacheImage;
        return o;
    }

    BuildResult build(Path dir, String engine, BuildOptions o, LocalReceiver receiver) throws Exception {
        return build(dir, engine, o, infra.credentials(), receiver, UnaryOperator.identity());
    }

    /**
     * One build with its own id and upload channel; {@code channel} may wrap the channel (to send the uploads
     * through a proxy).
     */
    BuildResult build(
            Path dir,
            String engine,
            BuildOptions o,
            RegistryCredentials credentials,
            LocalReceiver receiver,
            UnaryOperator<UploadChannel> channel)
            throws Exception {
        String buildId = nextBuildId != null ? nextBuildId : "it-" + UUID.randomUUID();
        nextBuildId = null;
        buildIds.put(dir, buildId);
        NixpacksBuild.Request probe =
                new NixpacksBuild.Request(dir, Map.of(), o, credentials, engine, buildId, null, null);
        List<String> dirs = NixpacksBuild.cacheLayerPaths(probe);
        UploadChannel uploads = dirs.isEmpty() ? null : channel.apply(receiver.open(buildId, dirs));
        return NixpacksBuild.run(
                new NixpacksBuild.Request(dir, Map.of(), o, credentials, engine, buildId, uploads, null), this::line);
    }

    /**
     * Removes, from both engines, {@code images} and every local name of the repositories of {@code cacheRefs} (the
     * cache images the restores pulled, through the registry or a proxy).
     */
    void removeFromEngines(List<String> images, List<ImageReference> cacheRefs) throws Exception {
        for (String engine : List.of(infra.engineA(), infra.engineB())) {
            try (DockerEngine e = infra.connect(engine);
                    EngineProbe probe = new EngineProbe(engine)) {
                for (String image : images) {
                    e.remove(image);
                }
                for (ImageReference ref : cacheRefs) {
                    for (String name : probe.referencesTo(ref.repository())) {
                        e.remove(name);
                    }
                }
            }
        }
    }

    /** A channel whose requests go to {@code port} on loopback instead of the receiver's own port. */
    static UploadChannel viaPort(UploadChannel channel, int port) {
        String base = ((HttpUploadChannel) channel).uri(0).toString();
        String rewritten = base.replaceFirst("^http://127\\.0\\.0\\.1:\\d+/", "http://127.0.0.1:" + port + "/");
        String otherBase = rewritten.substring(0, rewritten.indexOf("/nixpacks-cache/") + "/nixpacks-cache/".length());
        return ((HttpUploadChannel) channel).withBaseUrl(otherBase);
    }

    /** Something to do at a point of the build; may throw. */
    interface Hook {
        void run() throws Exception;
    }

    /** {@code channel} with {@code beforeSend} run before each directory is sent: after the build, during the save. */
    static UploadChannel wrap(UploadChannel channel, Hook beforeSend) {
        return new UploadChannel() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<String> layerPaths() {
                return channel.layerPaths();
            }

            @Override
            public void send(int index, List<ReproducibleLayer.Blob> layers) throws IOException, InterruptedException {
                try {
                    beforeSend.run();
                } catch (IOException | InterruptedException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
                channel.send(index, layers);
            }
        };
    }
}
