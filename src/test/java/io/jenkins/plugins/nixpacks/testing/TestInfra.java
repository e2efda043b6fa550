package io.jenkins.plugins.nixpacks.testing;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.DockerOperationException;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The shared test infrastructure that {@code infra/up} starts: two Docker engines standing for two hosts, a
 * registry with basic auth, and local base images. Read from {@code /run/nixpacks-test/env}. A test that needs it
 * fails when it is missing; it never skips.
 */
public final class TestInfra {
    public static final Path ENV_FILE = Path.of("/run/nixpacks-test/env");

    private static TestInfra instance;

    private final Map<String, String> env;

    private TestInfra(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The infrastructure, or an error telling to run {@code infra/up}. */
    public static synchronized TestInfra get() {
        if (instance == null) {
            instance = load(ENV_FILE);
        }
        return instance;
    }

    /** Reads an env file as {@code infra/up} writes it. */
    public static TestInfra load(Path envFile) {
        return new TestInfra(read(envFile));
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(
                            line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(
                    file + " is missing: the test Docker engines and registry are not up. Run infra/up first.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + "; run infra/up first", e);
        }
        return values;
    }

    private String value(String key) {
        String v = env.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(ENV_FILE + " has no " + key + "; run infra/up again");
        }
        return v;
    }

    /** Engine "a": the first cluster host. */
    public String engineA() {
        return value("ENGINE_A");
    }

    /** Engine "b": another host, which never saw an image unless a test gives it one. */
    public String engineB() {
        return value("ENGINE_B");
    }

    /** {@code 127.0.0.1:5151}. */
    public String registry() {
        return value("REGISTRY");
    }

    public String registryUser() {
        return value("REGISTRY_USER");
    }

    /** The file holding the registry password, for the runner's --registry-password-file. */
    public String registryPasswordFile() {
        return value("REGISTRY_PASSWORD_FILE");
    }

    /** The registry password, read from its file (mode 600). Never print it. */
    public String registryPassword() {
        Path file = Path.of(value("REGISTRY_PASSWORD_FILE"));
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry password file " + file, e);
        }
    }

    public RegistryCredentials credentials() {
        return RegistryCredentials.of(registryUser(), registryPassword());
    }

    /** busybox with sh, tar and wget (no curl). */
    public String imageBusybox() {
        return value("IMAGE_BUSYBOX");
    }

    /** busybox with neither curl nor wget. */
    public String imageBusyboxNoFetch() {
        return value("IMAGE_BUSYBOX_NOFETCH");
    }

    /** Debian bookworm with node, npm, curl, wget and the machine's CA bundle. */
    public String imageNode() {
        return value("IMAGE_NODE");
    }

    /** Debian bookworm with JDK 17, Maven, curl and the machine's CA bundle (Java trust store included). */
    public String imageMaven() {
        return value("IMAGE_MAVEN");
    }

    /** Debian sid with Node 24, the current LTS. */
    public String imageNodeLts() {
        return value("IMAGE_NODE_LTS");
    }

    /** Debian bookworm's Go 1.23 (bookworm-backports). */
    public String imageGo() {
        return value("IMAGE_GO");
    }

    /** Debian bookworm's interpreters: Python 3.11 (venv), Ruby 3.1 (bundler), PHP 8.2 (fpm, nginx). */
    public String imageScripting() {
        return value("IMAGE_SCRIPTING");
    }

    /** Debian bookworm's rustc and cargo (1.63). */
    public String imageRust() {
        return value("IMAGE_RUST");
    }

    /** Debian bookworm's Leiningen 2.10 on JDK 17, with the Java trust store for Maven Central. */
    public String imageLein() {
        return value("IMAGE_LEIN");
    }

    /** Debian bookworm's GHC 9.0 and Stack 2.7, Stack set to use that GHC. */
    public String imageHaskell() {
        return value("IMAGE_HASKELL");
    }

    /** Debian sid's Crystal and shards. */
    public String imageCrystal() {
        return value("IMAGE_CRYSTAL");
    }

    public DockerEngine connectA() {
        return connect(engineA());
    }

    public DockerEngine connectB() {
        return connect(engineB());
    }

    /** A fresh engine connection; close it. */
    public DockerEngine connect(String engineUri) {
        try {
            return DockerEngine.connect(engineUri);
        } catch (DockerOperationException e) {
            throw new IllegalStateException(e.getMessage() + " (tests: run infra/up)", e);
        }
    }

    /** A name no earlier run used, e.g. {@code docker-it-1a2b3c4d5e6f}: lower case, valid in image names. */
    public static String uniqueName(String prefix) {
        return prefix.toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A unique image name in the test registry: {@code 127.0.0.1:5151/nixpacks-test/PREFIX-xxxx:TAG}. */
    public String uniqueRegistryImage(String prefix, String tag) {
        return registry() + "/nixpacks-test/" + uniqueName(prefix) + ":" + tag;
    }
}
