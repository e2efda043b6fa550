package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real engines and the real registry of {@code infra/up}: engine A and engine B stand for two hosts
 * that share only the registry. Every image has a unique name so runs can repeat.
 */
class DockerEngineTest {
    private static TestInfra infra;

    @TempDir
    Path dir;

    private DockerEngine a;
    private DockerEngine b;
    private final List<String> created = new ArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void infra() {
        infra = TestInfra.get();
    }

    @BeforeEach
    void connect() {
        a = infra.connectA();
        b = infra.connectB();
    }

    @AfterEach
    void cleanUp() throws IOException {
        try (DockerEngine ea = a;
                DockerEngine eb = b) {
            for (String image : created) {
                ea.remove(image);
                eb.remove(image);
            }
        }
    }

    private String image(String prefix, String tag) {
        String image = infra.uniqueRegistryImage(prefix, tag);
        created.add(image);
        return image;
    }

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void buildOnAPushPullOnBAndRun() throws Exception {
        String image = image("docker-it", "1");
        write(
                "Dockerfile",
                "FROM " + infra.imageBusybox() + "\n"
                        + "RUN echo built-on-a > /hello.txt\n"
                        + "CMD [\"cat\", \"/hello.txt\"]\n");

        String id = a.build(BuildRequest.builder(dir).tag(image).build(), log::add);
        assertThat(id).matches("sha256:[0-9a-f]{64}");
        assertThat(log).as("the daemon's output, line by line").contains("Step 2/3 : RUN echo built-on-a > /hello.txt");

        String digest = a.push(image, infra.credentials());
        assertThat(digest).matches("sha256:[0-9a-f]{64}");

        assertThat(a.remove(image)).isTrue();
        assertThat(a.imageExists(image)).isFalse();
        assertThat(b.imageExists(image)).as("host B never saw it").isFalse();

        ImageInfo pulled = b.pull(image, infra.credentials());
        assertThat(pulled.id()).as("same image config on both hosts").isEqualTo(id);
        assertThat(pulled.repoDigests())
                .contains(io.jenkins.plugins.nixpacks.registry.ImageReference.parse(image)
                                .repositoryName() + "@" + digest);

        RunResult run = b.run(image, "cat", "/hello.txt");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEqualTo("built-on-a\n");
    }

    @Test
    void wrongPasswordIsRefusedNamingTheRegistry() throws Exception {
        String image = image("docker-it-auth", "1");
        a.tag(infra.imageBusybox(), image);
        String wrong = "wrong-" + TestInfra.uniqueName("pw");
        RegistryCredentials bad = RegistryCredentials.of(infra.registryUser(), wrong);

        assertThatThrownBy(() -> a.push(image, bad))
                .isInstanceOf(DockerOperationException.class)
                .hasMessageContaining("registry " + infra.registry() + " refused the credentials of user '"
                        + infra.registryUser() + "'")
                .hasMessageNotContaining(wrong)
                .hasMessageNotContaining(infra.registryPassword());

        a.push(image, infra.credentials());
        assertThatThrownBy(() -> b.pull(image, bad))
                .isInstanceOf(DockerOperationException.class)
                .hasMessageContaining("registry " + infra.registry() + " refused the credentials")
                .hasMessageNotContaining(wrong);
        assertThatThrownBy(() -> b.pull(image, (RegistryCredentials) null))
                .isInstanceOf(DockerOperationException.class)
                .hasMessageContaining("registry " + infra.registry() + " requires credentials");
        assertThat(b.imageExists(image)).isFalse();
    }

    /**
     * This machine has a valid Docker login for the registry (a config.json in a DOCKER_CONFIG of the test's own):
     * configured credentials are still the ones used, so a wrong password fails; the login serves only a build that
     * configures none. The control pushes and pulls with that login, so the login is known to work.
     */
    @Test
    void aWrongConfiguredPasswordFailsEvenWithAValidLoginOnTheMachine(@TempDir Path dockerConfig) throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString(
                        (infra.registryUser() + ":" + infra.registryPassword()).getBytes(StandardCharsets.UTF_8));
        Path configJson = dockerConfig.resolve("config.json");
        Files.createFile(
                configJson,
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(configJson, "{\"auths\":{\"" + infra.registry() + "\":{\"auth\":\"" + basic + "\"}}}");
        String image = image("docker-it-ambient", "1");
        String wrong = "wrong-" + TestInfra.uniqueName("pw");
        RegistryCredentials bad = RegistryCredentials.of(infra.registryUser(), wrong);
        RegistryAuth badConfigured = RegistryAuth.forRegistry(infra.registry(), bad);
        RegistryAuth otherRegistryOnly = RegistryAuth.forRegistry("registry.example.com", infra.credentials());

        try (DockerEngine la =
                        DockerEngine.connect(infra.engineA(), DockerEngine.DEFAULT_TRANSFER_TIMEOUT, dockerConfig);
                DockerEngine lb =
                        DockerEngine.connect(infra.engineB(), DockerEngine.DEFAULT_TRANSFER_TIMEOUT, dockerConfig)) {
            la.tag(infra.imageBusybox(), image);
            assertThatThrownBy(() -> la.push(image, badConfigured))
                    .as("the wrong configured password, not the machine's login")
                    .hasMessageContaining("refused the credentials of user '" + infra.registryUser() + "'")
                    .hasMessageNotContaining(wrong);
            assertThatThrownBy(() -> la.push(image, bad)).hasMessageContaining("refused the credentials");
            assertThatThrownBy(() -> la.push(image, otherRegistryOnly))
                    .as("credentials configured for another registry: this one is pushed to anonymously")
                    .hasMessageContaining("requires credentials");

            assertThat(la.push(image, RegistryAuth.none()))
                    .as("control: with nothing configured the machine's login is used, and it is valid")
                    .matches("sha256:[0-9a-f]{64}");

            assertThatThrownBy(() -> lb.pull(image, badConfigured, null))
                    .hasMessageContaining("refused the credentials");
            assertThatThrownBy(() -> lb.pull(image, (RegistryCredentials) null))
                    .hasMessageContaining("requires credentials");
            assertThatThrownBy(() -> lb.pull(image, otherRegistryOnly, null))
                    .hasMessageContaining("requires credentials");
            write("Dockerfile", "FROM " + image + "\nRUN true\n");
            assertThatThrownBy(() -> lb.build(BuildRequest.builder(dir).build(), log::add))
                    .as("a build's base image is pulled without the machine's login unless allowed")
                    .hasMessageContaining("no basic auth credentials");
            assertThat(lb.imageExists(image)).isFalse();

            assertThat(lb.build(BuildRequest.builder(dir).ambientLogin(true).build(), log::add))
                    .as("control: allowed, the build pulls its base image with the machine's login")
                    .startsWith("sha256:");
            lb.pull(image, RegistryAuth.none(), null);
            assertThat(lb.imageExists(image)).isTrue();
        }
    }

    @Test
    void aFailingRunStepNamesTheStepAndLeavesNoContainer() throws Exception {
        String marker = TestInfra.uniqueName("fail");
        write(
                "Dockerfile",
                "FROM " + infra.imageBusybox() + "\n" + "RUN echo first\n" + "RUN echo " + marker + " && exit 3\n");

        assertThatThrownBy(() -> a.build(BuildRequest.builder(dir).build(), log::add))
                .isInstanceOf(DockerOperationException.class)
                .hasMessageContaining("at Step 3/3 (RUN echo " + marker + " && exit 3)")
                .hasMessageContaining("returned a non-zero code: 3");
        assertThat(log).as("the step's own output reached the log").contains(marker);
        assertThat(a.containersMentioning(marker))
                .as("forcerm removed the failed step's container")
                .isEmpty();
    }

    @Test
    void optionsReachTheBuilder() throws Exception {
        String image = image("docker-it-opts", "1");
        String label = TestInfra.uniqueName("label");
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve("a.txt"), "from-context\n");
        Path dockerfile = write(
                "elsewhere/App.dockerfile",
                "FROM " + infra.imageBusybox() + " AS base\n"
                        + "ARG GREETING\n"
                        + "RUN echo \"$GREETING\" > /greeting\n"
                        + "FROM base AS unused\n"
                        + "RUN touch /unused\n"
                        + "FROM base AS app\n"
                        + "COPY . /ctx/\n");

        String id = a.build(
                BuildRequest.builder(context)
                        .dockerfile(dockerfile)
                        .tag(image)
                        .buildArg("GREETING", "hello")
                        .label("io.jenkins.plugins.nixpacks.test", label)
                        .target("app")
                        .noCache(true)
                        .build(),
                log::add);

        ImageInfo info = a.inspect(image).orElseThrow();
        assertThat(info.id()).isEqualTo(id);
        assertThat(info.labels()).containsEntry("io.jenkins.plugins.nixpacks.test", label);
        assertThat(log).as("no cache").noneMatch(l -> l.contains("Using cache"));
        RunResult run = a.run(image, "sh", "-c", "cat /greeting; ls -A /ctx; test -e /unused && echo unused");
        assertThat(run.output())
                .as("build arg, target stage, and the Dockerfile from outside not copied into the image")
                .isEqualTo("hello\na.txt\n");
    }

    @Test
    void dockerignoredFilesAreAbsentFromTheImage() throws Exception {
        String image = image("docker-it-ignore", "1");
        write("Dockerfile", "FROM " + infra.imageBusybox() + "\nCOPY . /ctx/\n");
        write(".dockerignore", "secret.txt\nlogs\n!logs/keep.log\n**/*.tmp\n");
        write("app.txt", "app");
        write("secret.txt", "do not ship");
        write("logs/a.log", "noise");
        write("logs/keep.log", "kept");
        write("src/deep/x.tmp", "scratch");
        write("src/deep/x.js", "code");

        a.build(BuildRequest.builder(dir).tag(image).build(), log::add);
        RunResult run = a.run(image, "sh", "-c", "cd /ctx && find . -type f | sort");
        assertThat(run.output().lines())
                .containsExactly("./.dockerignore", "./Dockerfile", "./app.txt", "./logs/keep.log", "./src/deep/x.js");
    }

    @Test
    void cacheFromLetsAnotherHostReuseLayers() throws Exception {
        String image = image("docker-it-cache", "1");
        String marker = TestInfra.uniqueName("layer");
        write("Dockerfile", "FROM " + infra.imageBusybox() + "\nRUN echo " + marker + " > /layer\n");
        String id = a.build(BuildRequest.builder(dir).tag(image).build(), log::add);
        a.push(image, infra.credentials());
        b.pull(image, infra.credentials());

        log.clear();
        String rebuilt = b.build(BuildRequest.builder(dir).cacheFrom(image).build(), log::add);
        assertThat(log).contains(" ---> Using cache");
        assertThat(rebuilt).isEqualTo(id);
    }

    @Test
    void interruptingTheCallerStopsTheBuildAndRemovesItsContainer() throws Exception {
        String marker = TestInfra.uniqueName("sleeper");
        write("Dockerfile", "FROM " + infra.imageBusybox() + "\nRUN echo " + marker + " && sleep 300\n");
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                a.build(BuildRequest.builder(dir).build(), log::add);
                outcome.set(new AssertionError("build finished"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        caller.start();
        assertThat(waitFor(() -> !a.containersMentioning(marker).isEmpty()))
                .as("the RUN step's container started")
                .isTrue();

        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(caller.isAlive()).as("build returned after the interrupt").isFalse();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(waitFor(() -> a.containersMentioning(marker).isEmpty()))
                .as("the engine stopped the step and removed its container")
                .isTrue();
    }

    @Test
    void absentImages() throws Exception {
        String image = image("docker-it-absent", "1");
        assertThat(a.inspect(image)).isEmpty();
        assertThat(a.imageExists(image)).isFalse();
        assertThat(a.remove(image)).isFalse();
    }

    @Test
    void unreachableEngineIsNamed() {
        assertThatThrownBy(() -> DockerEngine.connect("unix:///run/nixpacks-test/none/docker.sock"))
                .isInstanceOf(DockerOperationException.class)
                .hasMessageContaining("cannot reach the Docker engine at unix:///run/nixpacks-test/none/docker.sock");
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls for up to a minute: the engine works asynchronously. Not a timing assertion. */
    private static boolean waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return true;
            }
            Thread.sleep(200);
        }
        return check.ok();
    }
}
