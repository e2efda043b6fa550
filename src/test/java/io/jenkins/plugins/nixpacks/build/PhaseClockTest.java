package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The classic builder's "Step n/m" lines, attributed to the phases of the generated Dockerfile. */
class PhaseClockTest {
    @Test
    void everyInstructionOfAGeneratedDockerfileBelongsToItsPhase() throws Exception {
        String dockerfile = Files.readString(Path.of("src/test/resources/examples/node-npm/expected.Dockerfile"));
        List<String> groups = PhaseClock.groups(dockerfile);
        // One group per instruction, in order; looked up by instruction so a new plan variable does not move them.
        List<String> instructions = dockerfile
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertThat(groups).hasSameSizeAs(instructions);
        assertThat(instructions.get(0)).endsWith(" AS build");
        assertThat(groups.get(0)).isEqualTo("base image");
        assertThat(groups.get(instructions.indexOf("COPY package.json /app/package.json")))
                .isEqualTo("phase install");
        assertThat(groups.get(instructions.indexOf("RUN npm ci"))).isEqualTo("phase install");
        assertThat(groups.get(instructions.indexOf("FROM build AS app"))).isEqualTo("app stage");
        assertThat(groups.get(instructions.indexOf("RUN rm -rf /app/node_modules/.cache")))
                .isEqualTo("app stage");
        assertThat(groups.get(instructions.indexOf("COPY --from=app /app /app")))
                .isEqualTo("run stage");
        assertThat(groups.get(groups.size() - 1)).isEqualTo("run stage");
        assertThat(groups).doesNotContain("phase setup", "phase build");
    }

    @Test
    void stepLinesTimeThePhases() {
        String dockerfile = String.join(
                "\n",
                "FROM busybox AS build",
                "# install phase",
                "RUN a \\",
                "  && b",
                "# build phase",
                "RUN c",
                "RUN d",
                "# run stage",
                "FROM busybox",
                "");
        AtomicLong now = new AtomicLong();
        PhaseClock clock = new PhaseClock(dockerfile, now::get);
        List<String> passed = new ArrayList<>();
        BuildLog log = clock.watch(passed::add);
        log.line("Step 1/5 : FROM busybox AS build");
        now.addAndGet(100);
        log.line("Step 2/5 : RUN a   && b");
        log.line(" ---> Running in 1234");
        now.addAndGet(3_000);
        log.line("Step 3/5 : RUN c");
        now.addAndGet(500);
        log.line("Step 4/5 : RUN d");
        now.addAndGet(700);
        log.line("Step 5/5 : FROM busybox");
        now.addAndGet(50);
        log.line("Successfully built 0123456789ab");
        now.addAndGet(10_000);
        clock.finish();

        assertThat(clock.millis())
                .containsExactly(
                        java.util.Map.entry("base image", 100L),
                        java.util.Map.entry("phase install", 3_000L),
                        java.util.Map.entry("phase build", 1_200L),
                        java.util.Map.entry("run stage", 50L));
        assertThat(passed).hasSize(7);
    }

    @Test
    void aProjectDockerfileIsTimedPerStage() {
        List<String> groups = PhaseClock.groups("# syntax=docker/dockerfile:1\nFROM maven AS deps\nRUN mvn -v\n"
                + "FROM eclipse-temurin\nCOPY --from=deps /x /x\n");
        assertThat(groups).containsExactly("stage deps", "stage deps", "stage 2", "stage 2");
    }
}
