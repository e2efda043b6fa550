package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Build output as a file or a CI console shows it. */
class PlainTextTest {
    @Test
    void coloursAndCursorMovesAreRemoved() {
        assertThat(PlainText.strip("\u001B[1m\u001B[31mnpm\u001B[39m \u001B[33mwarn\u001B[39m\u001B[22m deprecated"))
                .isEqualTo("npm warn deprecated");
        assertThat(PlainText.strip("\u001B[2K\u001B[1Gdone")).isEqualTo("done");
        assertThat(PlainText.strip("\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007"))
                .isEqualTo("link");
        assertThat(PlainText.strip("\u001B(Bplain\u001B7\u001B8")).isEqualTo("plain");
    }

    @Test
    void aProgressBarRedrawnWithCarriageReturnsKeepsItsLastState() {
        assertThat(PlainText.strip("[#   ] 10%\r[##  ] 50%\r[####] 100%\r")).isEqualTo("[####] 100%");
        assertThat(PlainText.strip("no redraw")).isEqualTo("no redraw");
    }

    @Test
    void theLogWrapperStripsLinesAndWarnings() {
        List<String> lines = new ArrayList<>();
        BuildLog log = PlainText.of(lines::add);
        log.line("\u001B[32mok\u001B[0m");
        log.warn("\u001B[33mcareful\u001B[0m");
        assertThat(lines).containsExactly("ok", "WARNING: careful");
    }
}
