package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.PullResponseItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PullProgressTest {
    private static PullResponseItem item(String json) throws Exception {
        return new ObjectMapper().readValue(json, PullResponseItem.class);
    }

    @Test
    void sumsTheLayersTheEngineReports() throws Exception {
        List<String> lines = new ArrayList<>();
        PullProgress<PullResponseItem> p = new PullProgress<>(lines::add, "reg/app-cache:main", 0);
        p.onNext(item("{\"id\":\"a\",\"status\":\"Downloading\",\"progressDetail\":{\"current\":1000000,"
                + "\"total\":4000000}}"));
        p.onNext(item("{\"id\":\"b\",\"status\":\"Downloading\",\"progressDetail\":{\"current\":1000000,"
                + "\"total\":2000000}}"));
        p.onNext(item("{\"id\":\"b\",\"status\":\"Download complete\"}"));
        assertThat(lines).last().isEqualTo("pulling reg/app-cache:main: 3.0 MB of 6.0 MB");
        assertThat(lines.get(0)).isEqualTo("pulling reg/app-cache:main: 1.0 MB of 4.0 MB");
    }

    @Test
    void aPushSaysSoInOneWholeLine() throws Exception {
        List<String> lines = new ArrayList<>();
        PullProgress<com.github.dockerjava.api.model.PushResponseItem> p =
                PullProgress.push(lines::add, "reg/app:42", 0);
        p.onNext(new ObjectMapper()
                .readValue(
                        "{\"id\":\"a\",\"status\":\"Pushing\",\"progressDetail\":{\"current\":12000000,"
                                + "\"total\":80100000},\"progress\":\"[==>   ] 12MB/80.1MB\\r\"}",
                        com.github.dockerjava.api.model.PushResponseItem.class));
        assertThat(lines).containsExactly("pushing reg/app:42: 12.0 MB of 80.1 MB");
        assertThat(lines).allMatch(l -> l.indexOf('\r') < 0 && l.indexOf('\n') < 0);
    }

    @Test
    void quietBetweenIntervals() throws Exception {
        List<String> lines = new ArrayList<>();
        PullProgress<PullResponseItem> p = new PullProgress<>(lines::add, "img", Long.MAX_VALUE);
        p.onNext(item("{\"id\":\"a\",\"status\":\"Downloading\",\"progressDetail\":{\"current\":1,\"total\":2}}"));
        assertThat(lines).isEmpty();
    }
}
