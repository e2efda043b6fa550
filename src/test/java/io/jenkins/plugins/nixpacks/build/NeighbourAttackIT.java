package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.cache.image.CacheImagePublisher;
import io.jenkins.plugins.nixpacks.cache.receiver.UploadLedger;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A neighbour on the same engine as a trusted save: a container with host networking, the host's process table,
 * NET_RAW and SYS_PTRACE runs {@code attacker/neighbour.py} for the whole build. It reads every process's argv and
 * environment for this build's tokens and the receiver URL, captures loopback with an AF_PACKET socket, and sends
 * its own bytes with every request it sees (under the sniffed proof, and with its own layer list). It must see the
 * agent's requests (the control), find no token, get no upload accepted, and the published cache image must hold
 * exactly the layers the honest agent sent.
 */
class NeighbourAttackIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();

    @Test
    void aNeighbourWithHostNetworkingAndNetRawGetsNoTokenAndNoUploadAccepted() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String dir = ".neighbour-" + UUID.randomUUID().toString().substring(0, 8);
        Path app = fx.project(
                "app",
                "/root/" + dir,
                "mkdir -p /root/" + dir + " && head -c 3000000 /dev/urandom > /root/" + dir
                        + "/blob && echo ok > /app/out.txt");
        ImageReference cacheImage = ImageReference.parse(infra.uniqueRegistryImage("neighbour/cache", "main"));
        String image = TestInfra.uniqueName("it-neighbour-app");
        String buildId = "it-neighbour-" + UUID.randomUUID();
        String attacker = TestInfra.uniqueName("savepath-neighbour");
        String script;
        try (InputStream in = NeighbourAttackIT.class.getResourceAsStream("/attacker/neighbour.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            int port = URI.create(receiver.baseUrl()).getPort();
            String b64 =
                    Base64.getUrlEncoder().withoutPadding().encodeToString(buildId.getBytes(StandardCharsets.UTF_8));
            docker(
                    "run",
                    "-d",
                    "--name",
                    attacker,
                    "--network",
                    "host",
                    "--pid",
                    "host",
                    "--cap-add",
                    "NET_RAW",
                    "--cap-add",
                    "SYS_PTRACE",
                    "--cap-add",
                    "NET_ADMIN",
                    infra.imageNode(),
                    "python3",
                    "-c",
                    script,
                    String.valueOf(port),
                    b64,
                    "600",
                    "root/" + dir);
            try {
                Thread.sleep(3000); // the neighbour is listening before the build starts
                fx.nextBuildId = buildId;
                BuildResult r = fx.build(app, infra.engineA(), fx.options(image, cacheImage.toString()), receiver);
                assertThat(r.dirsSaved).containsExactly("/root/" + dir);

                docker("exec", attacker, "touch", "/tmp/stop");
                docker("wait", attacker);
                String logs = docker("logs", attacker);
                String line = logs.lines()
                        .filter(l -> l.startsWith("NEIGHBOUR "))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the neighbour printed nothing: " + logs));
                JsonNode stats = new ObjectMapper().readTree(line.substring("NEIGHBOUR ".length()));
                System.out.println("neighbour: " + stats);

                assertThat(stats.path("proc_reads").asInt()).as("it read /proc").isPositive();
                assertThat(stats.path("requests_seen").asInt())
                        .as("control: it captured the agent's requests on loopback")
                        .isPositive();
                assertThat(stats.path("tokens_in_proc").asInt())
                        .as("tokens in argv or environ")
                        .isZero();
                assertThat(stats.path("receiver_url_in_proc").asInt())
                        .as("the receiver URL in argv or environ")
                        .isZero();
                List<String> statuses = new ArrayList<>();
                stats.path("attempts").forEach(a -> statuses.add(a.get(1).asText()));
                assertThat(statuses).isNotEmpty().noneMatch(s -> s.equals("201"));

                UploadLedger.Accepted honest =
                        receiver.ledger().accepted(buildId).get(0);
                RegistryProbe registry = new RegistryProbe(infra, tmp);
                CacheImage published = CacheImagePublisher.fetch(registry.client(cacheImage), cacheImage);
                List<Digest> layers = published.directories().get("root/" + dir).stream()
                        .map(CacheImage.Layer::digest)
                        .toList();
                assertThat(layers)
                        .as("the published layers are the honest ones")
                        .isEqualTo(honest.layers());
            } finally {
                docker("rm", "-f", attacker);
                docker("rmi", "-f", image);
            }
        }
    }

    private String docker(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/docker", "-H", infra.engineA()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("docker %s: %s", args[0], out).isZero();
        return out;
    }
}
