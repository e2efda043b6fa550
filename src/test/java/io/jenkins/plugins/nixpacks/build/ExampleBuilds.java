package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For the end-to-end ITs: builds an example app of {@code src/test/resources/examples} as a user would (planned by
 * its provider, only the build image, and where the plan names one, the run image, pointed at a local base image),
 * then runs the image's own start command in a container of it.
 */
final class ExampleBuilds {
    /** A built example: the copy it was built from, its image and the start command the plan gave it. */
    record Built(Path app, String image, String start) {}

    private final Path tmp;
    private final TestInfra infra = TestInfra.get();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    ExampleBuilds(Path tmp) {
        this.tmp = tmp;
    }

    /** Everything the builds printed. */
    String log() {
        return String.join("\n", log);
    }

    private Path copyExample(String name) throws Exception {
        Path from = Path.of("src/test/resources/examples", name);
        Path to = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().startsWith("expected")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Builds the example on engine a; {@code runImage} may be null (the plan's run stage, if any, is kept). */
    Built build(String example, String buildImage, String runImage) throws Exception {
        BuildOptions o = new BuildOptions();
        o.image = TestInfra.uniqueName("it-" + example);
        o.buildImage = buildImage;
        o.runImage = runImage;
        int before = log.size();
        Path app = copyExample(example);
        BuildResult r = NixpacksBuild.run(
                new NixpacksBuild.Request(app, Map.of(), o, null, infra.engineA(), "it-" + example, null, null),
                log::add);
        assertThat(r.imageId).startsWith("sha256:");
        String start = log.subList(before, log.size()).stream()
                .filter(l -> l.strip().startsWith("start:"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no start line in the plan printed to the log: " + log()))
                .strip()
                .substring("start:".length())
                .strip();
        return new Built(app, o.image, start);
    }

    /**
     * Runs the start command in the background with PORT set and asks it for {@code path} over the container's
     * loopback (curl, or busybox wget in a run image without curl); returns the body it answered. Removes the
     * image.
     */
    String ask(Built b, String path) throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + path;
        String script = "export PORT=" + port + "; (eval \"$START\") > /tmp/app.log 2>&1 &"
                + " fetch() { if command -v curl >/dev/null; then curl -fsS \"$1\"; else wget -qO- \"$1\"; fi; };"
                + " for i in $(seq 1 90); do if fetch " + url + " > /tmp/answer 2> /tmp/fetch.err; then"
                + " cat /tmp/answer; exit 0; fi; sleep 1; done; cat /tmp/fetch.err /tmp/app.log; exit 1";
        return runScript(b, script);
    }

    /** For a program that is not a server: runs the start command to its end; returns its output. */
    String runToEnd(Built b) throws Exception {
        return runScript(b, "eval \"$START\"");
    }

    private String runScript(Built b, String script) throws Exception {
        try (DockerEngine e = infra.connectA()) {
            try {
                RunResult run = e.run(b.image(), "/bin/sh", "-c", "START=" + shellQuote(b.start()) + "; " + script);
                assertThat(run.exitCode())
                        .as("container output: %s", run.output())
                        .isZero();
                return run.output();
            } finally {
                e.remove(b.image());
            }
        }
    }

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
