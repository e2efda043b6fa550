package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionTextTest {
    @Test
    void itemsAreSplitAtCommasAndLineBreaks() {
        assertThat(OptionText.items(" a, b\r\nc\n\n ,d ")).containsExactly("a", "b", "c", "d");
        assertThat(OptionText.items(null)).isEmpty();
        assertThat(OptionText.items("[]"))
                .as("Jelly's fallback for an empty list")
                .isEmpty();
    }

    @Test
    void pairsKeepTheirValuesAsWritten() {
        assertThat(OptionText.pairs(" A = 1 \nB=x=y\n# comment\n\nC=", "labels"))
                .containsExactly(Map.entry("A", " 1 "), Map.entry("B", "x=y"), Map.entry("C", ""));
        assertThatThrownBy(() -> OptionText.pairs("A=1\n\nno equals", "labels"))
                .hasMessage("labels, line 3: 'no equals' is not KEY=VALUE; write one KEY=VALUE per line.");
    }

    @Test
    void textRoundTrips() {
        List<String> items = List.of("reg/a:1", "reg/b:2");
        Map<String, String> pairs = Map.of("K", "v=1");

        assertThat(OptionText.items(OptionText.lines(items))).isEqualTo(items);
        assertThat(OptionText.pairs(OptionText.lines(pairs), "x")).isEqualTo(pairs);
    }
}
