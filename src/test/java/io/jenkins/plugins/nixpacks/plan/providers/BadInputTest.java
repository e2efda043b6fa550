package io.jenkins.plugins.nixpacks.plan.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that used to be skipped without a word: each now says what it is and where. */
class BadInputTest {
    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private final List<String> warnings = new ArrayList<>();

    private BuildPlan plan() throws PlanException {
        return PlanGenerator.generate(dir, PlanOptions.NONE, Map.of(), warnings::add);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "", "  \n", "\"text\""})
    void packageJsonThatIsNoObjectIsInvalid(String content) throws Exception {
        Files.writeString(dir.resolve("package.json"), content);
        assertThatThrownBy(this::plan)
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith(
                        "Invalid package.json " + dir.toRealPath().resolve("package.json"))
                .hasMessageNotContaining("start command");
    }

    @Test
    void configFileSymlinkedOutOfTheFolderIsAWarning() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"scripts\":{\"start\":\"node a.js\"}}");
        Path target = Files.writeString(outside.resolve("nixpacks.toml"), "[start]\ncmd = \"evil\"\n");
        Files.createSymbolicLink(dir.resolve("nixpacks.toml"), target);
        Path procfile = Files.writeString(outside.resolve("Procfile"), "web: evil\n");
        Files.createSymbolicLink(dir.resolve("Procfile"), procfile);

        BuildPlan plan = plan();

        assertThat(plan.startCmd()).as("neither file is read").isEqualTo("npm run start");
        assertThat(warnings)
                .anySatisfy(w -> assertThat(w)
                        .startsWith("nixpacks.toml in " + dir.toRealPath() + " is a symlink to " + target.toRealPath())
                        .contains("outside the source folder; it is ignored"))
                .anySatisfy(w -> assertThat(w).startsWith("Procfile in ").contains("is a symlink to"));
    }

    @Test
    void djangoSettingsOverTheSizeCapIsAWarning() throws Exception {
        Files.writeString(dir.resolve("requirements.txt"), "django\ngunicorn\n");
        Files.writeString(dir.resolve("manage.py"), "import django\n");
        Files.createDirectories(dir.resolve("app"));
        byte[] big = new byte[8 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(dir.resolve("app/settings.py"), big);

        plan();

        assertThat(warnings).anySatisfy(w -> assertThat(w)
                .contains("Cannot read app/settings.py: larger than 8 MB.")
                .contains("The plan is made without it."));
    }
}
