package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
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
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(
                dir.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"" + infra.imageBusybox() + "\"",
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
        String buildId = "it-" + UUID.randomUUID();
        buildIds.put(dir, buildId);
        NixpacksBuild.Request probe =
                new NixpacksBuild.Request(dir, Map.of(), o, credentials, engine, buildId, null, null);
        List<String> dirs = NixpacksBuild.cacheLayerPaths(probe);
        UploadChannel uploads = dirs.isEmpty() ? null : channel.apply(receiver.open(buildId, dirs));
        return NixpacksBuild.run(
                new NixpacksBuild.Request(dir, Map.of(), o, credentials, engine, buildId, uploads, null), this::line);
    }

    /** A channel whose upload URLs go to {@code port} on loopback instead of the receiver's own port. */
    static UploadChannel viaPort(UploadChannel channel, int port) {
        return wrap(
                channel,
                u -> u.replaceFirst("^http://127\\.0\\.0\\.1:\\d+/", "http://127.0.0.1:" + port + "/"),
                () -> {});
    }

    /** Something to do at a point of the build; may throw. */
    interface Hook {
        void run() throws Exception;
    }

    /**
     * {@code channel} with its URLs rewritten by {@code url}, and {@code beforeArrived} run when the build asks what
     * arrived: after the docker build, while the uploads are still on disk.
     */
    static UploadChannel wrap(UploadChannel channel, UnaryOperator<String> url, Hook beforeArrived) {
        return new UploadChannel() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<String> layerPaths() {
                return channel.layerPaths();
            }

            @Override
            public List<String> uploadUrls() {
                return channel.uploadUrls().stream().map(url).toList();
            }

            @Override
            public Map<Integer, Long> arrived() throws IOException, InterruptedException {
                try {
                    beforeArrived.run();
                } catch (IOException | InterruptedException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
                return channel.arrived();
            }

            @Override
            public void copyTo(int index, Path target) throws IOException, InterruptedException {
                channel.copyTo(index, target);
            }

            @Override
            public void discard() throws IOException, InterruptedException {
                channel.discard();
            }
        };
    }
}
