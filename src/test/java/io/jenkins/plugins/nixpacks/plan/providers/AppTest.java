package io.jenkins.plugins.nixpacks.plan.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppTest {
    @TempDir
    Path tmp;

    Path root;
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(tmp.resolve("app"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(root.resolve("package.json"), "{\n  \"name\": \"a\",\n  \"main\": \n}");
        Files.createDirectories(root.resolve("src/lib"));
        Files.writeString(root.resolve("src/lib/package.json"), "{\"name\":\"lib\"}");
        Files.createDirectories(root.resolve("node_modules/x"));
        Files.writeString(root.resolve("node_modules/x/package.json"), "{}");
        Files.writeString(root.resolve("tsconfig.json"), "{ // comment\n \"a\": 1, }");
        Files.writeString(root.resolve("Cargo.toml"), "[package]\nname = \"x\"\n");
    }

    @Test
    void readsTextJsonAndToml() throws Exception {
        App app = App.open(root);
        assertThat(app.isFile("package.json")).isTrue();
        assertThat(app.isDirectory("src")).isTrue();
        assertThat(app.exists("nope")).isFalse();
        assertThat(app.list(".")).containsExactly("Cargo.toml", "node_modules", "package.json", "src", "tsconfig.json");
        assertThat(app.list("missing")).isEmpty();
        assertThat(app.readJson("tsconfig.json").path("a").asInt()).isEqualTo(1);
        assertThat(app.readToml("Cargo.toml").path("package").path("name").asText())
                .isEqualTo("x");
        assertThat(app.readTextOrEmpty("nope")).isEmpty();
        assertThat(app.isEmpty()).isFalse();
    }

    @Test
    void malformedJsonNamesFileAndLine() throws Exception {
        App app = App.open(root);
        assertThatThrownBy(() -> app.readJson("package.json"))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("package.json, line 4, column ")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void findFilesSkipsDependencyFoldersAndSortsShallowFirst() throws Exception {
        App app = App.open(root);
        assertThat(app.findFiles(p -> p.endsWith("package.json"), 4))
                .containsExactly("package.json", "src/lib/package.json");
        assertThat(app.findFiles(p -> p.endsWith("package.json"), 1)).containsExactly("package.json");
    }

    @Test
    void dotDotCannotLeaveTheFolder() throws Exception {
        App app = App.open(root);
        assertThat(app.exists("../outside/secret.txt")).isFalse();
        assertThat(app.isFile("src/../../outside/secret.txt")).isFalse();
        assertThat(app.isFile("/etc/passwd")).isFalse();
        assertThatThrownBy(() -> app.readText("../outside/secret.txt"))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("leads outside the source folder");
        assertThat(app.readTextOrEmpty("../outside/secret.txt")).isEmpty();
    }

    @Test
    void symlinksCannotLeaveTheFolder() throws Exception {
        Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("linkdir"), outside);
        Files.createSymbolicLink(root.resolve("inside.json"), root.resolve("src/lib/package.json"));
        App app = App.open(root);
        assertThat(app.isFile("link.txt")).isFalse();
        assertThat(app.isFile("linkdir/secret.txt")).isFalse();
        assertThat(app.list("linkdir")).isEmpty();
        assertThatThrownBy(() -> app.readText("link.txt")).hasMessageContaining("leads outside the source folder");
        assertThatThrownBy(() -> app.readText("linkdir/secret.txt"))
                .hasMessageContaining("leads outside the source folder");
        // A link that stays inside is fine.
        assertThat(app.readJson("inside.json").path("name").asText()).isEqualTo("lib");
    }

    @Test
    void missingFilesAndFoldersAreReported() throws Exception {
        App app = App.open(root);
        assertThatThrownBy(() -> app.readText("nope.txt")).hasMessageContaining("Cannot read nope.txt: no such file");
        assertThatThrownBy(() -> App.open(tmp.resolve("missing"))).hasMessageEndingWith("does not exist.");
        assertThatThrownBy(() -> App.open(root.resolve("package.json"))).hasMessageEndingWith("is not a folder.");
    }
}
