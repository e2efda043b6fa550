package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.TaskListener;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build log never shows the registry password or an upload token, whatever the core or a tool prints. */
class SecretMaskingTest {
    private static final String PASSWORD = "s3cr3t-Pa55";
    private static final String TOKEN = "dGVhbS9hcHAjNDI.0.1785582000.q83vEjH7a0zLxM1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final TaskListener listener = new BufferListener(out);

    @Test
    void theLogAdapterMasksEverySecretInEveryLine() {
        BuildLog log = new ListenerBuildLog(listener, new SecretMasker(List.of(PASSWORD)).with(List.of(TOKEN)));

        log.line("login failed for user ci with password " + PASSWORD);
        log.warn("upload to http://jenkins:8080/nixpacks-cache/" + TOKEN + "/0 failed: " + PASSWORD + PASSWORD);
        log.line("nothing secret here");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(PASSWORD).doesNotContain(TOKEN);
        assertThat(text)
                .contains("login failed for user ci with password ****")
                .contains("WARNING: upload to http://jenkins:8080/nixpacks-cache/****/0 failed: ********")
                .contains("nothing secret here");
        assertThat(text.lines()).hasSize(3);
    }

    @Test
    void theConsoleGetsNoTerminalEscapesAndAColouredSecretIsStillMasked() {
        BuildLog log = new ListenerBuildLog(listener, new SecretMasker(List.of(PASSWORD)));

        log.line("\u001B[31mnpm ERR!\u001B[39m code E404");
        // A tool that colours half of a secret must not get the other half past the masker.
        log.line("password: s3cr3t\u001B[1m-Pa55\u001B[0m");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\u001B").doesNotContain(PASSWORD);
        assertThat(text).contains("npm ERR! code E404").contains("password: ****");
    }

    @Test
    void aSecretInsideALongerOneIsMaskedWhole() {
        SecretMasker m = new SecretMasker(List.of("abc", "xxabcxx"));

        assertThat(m.mask("1 xxabcxx 2 abc")).isEqualTo("1 **** 2 ****");
    }

    @Test
    void emptyAndNullSecretsChangeNothing() {
        SecretMasker m = new SecretMasker(java.util.Arrays.asList("", null));

        assertThat(m.mask("plain line")).isEqualTo("plain line");
        assertThat(m.mask(null)).isNull();
        assertThat(SecretMasker.none().mask("x")).isEqualTo("x");
    }

    @Test
    void theMaskerDoesNotPrintItsSecrets() {
        assertThat(new SecretMasker(List.of(PASSWORD)).toString()).doesNotContain(PASSWORD);
    }

    /** The build log as a buffer: TaskListener is an interface. */
    private static final class BufferListener implements TaskListener {
        private static final long serialVersionUID = 1L;
        private final transient PrintStream stream;

        BufferListener(ByteArrayOutputStream out) {
            this.stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        }

        @Override
        public PrintStream getLogger() {
            return stream;
        }
    }
}
