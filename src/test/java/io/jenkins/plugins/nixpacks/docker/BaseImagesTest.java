package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.testing.TestInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What other tests rely on in the base images infra/up loads into both engines (checked offline). */
class BaseImagesTest {
    private static TestInfra infra;
    private static DockerEngine b;

    @BeforeAll
    static void connect() {
        infra = TestInfra.get();
        b = infra.connectB();
    }

    @AfterAll
    static void close() throws Exception {
        b.close();
    }

    private static String sh(String image, String script) throws Exception {
        RunResult r = b.run(image, "sh", "-c", script);
        return r.exitCode() + ":" + r.output().strip();
    }

    @Test
    void busyboxHasWgetAndTarButNoCurl() throws Exception {
        // busybox-static's shell finds its applets by name, so `command -v` prints "wget", not a path.
        assertThat(sh(infra.imageBusybox(), "command -v wget; command -v tar; command -v curl || echo no-curl"))
                .isEqualTo("0:wget\ntar\nno-curl");
    }

    @Test
    void noFetchImageHasNeitherCurlNorWget() throws Exception {
        assertThat(sh(infra.imageBusyboxNoFetch(), "command -v curl || command -v wget || echo none; command -v tar"))
                .isEqualTo("0:none\n/bin/tar");
    }

    @Test
    void nodeImageHasNodeNpmAndTheMachinesCaBundle() throws Exception {
        assertThat(
                        sh(
                                infra.imageNode(),
                                "node -e 'console.log(typeof require(\"https\").request)'; npm -v >/dev/null"
                                        + " && command -v curl && command -v wget && test -s /etc/ssl/certs/ca-certificates.crt"))
                .isEqualTo("0:function\n/usr/bin/curl\n/usr/bin/wget");
    }

    @Test
    void mavenImageHasJdkMavenAndATrustStore() throws Exception {
        assertThat(sh(
                        infra.imageMaven(),
                        "mvn -v >/dev/null 2>&1 && javac -version 2>&1 | cut -d' ' -f1;"
                                + " test -s /etc/ssl/certs/java/cacerts && echo truststore"))
                .isEqualTo("0:javac\ntruststore");
    }
}
