package io.jenkins.plugins.nixpacks.plan.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersTest {
    @TempDir
    Path dir;

    private ProvidersTest write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    private String detected() throws PlanException {
        Provider p = Providers.detect(App.open(dir), Environment.empty());
        return p == null ? null : p.name();
    }

    private BuildPlan plan(String provider, Map<String, String> env) throws PlanException {
        return Providers.byName(provider).plan(App.open(dir), new Environment(env));
    }

    @Test
    void detectionFollowsNixpacksOrder() throws Exception {
        assertThat(detected()).isNull();
        write("index.html", "<p>");
        assertThat(detected()).isEqualTo("staticfile");
        write("Cargo.toml", "[package]\nname = \"x\"\n");
        assertThat(detected()).isEqualTo("rust");
        write("requirements.txt", "");
        assertThat(detected()).isEqualTo("python");
        write("package.json", "{}");
        assertThat(detected()).isEqualTo("node");
        write("Gemfile", "");
        assertThat(detected()).isEqualTo("ruby");
        write("composer.json", "{}");
        assertThat(detected()).isEqualTo("php");
        write("pom.xml", "<project/>");
        assertThat(detected()).isEqualTo("java");
        write("go.mod", "module x\n");
        assertThat(detected()).isEqualTo("go");
        write("deno.json", "{}");
        assertThat(detected()).isEqualTo("deno");
        write("mix.exs", "");
        assertThat(detected()).isEqualTo("elixir");
    }

    @Test
    void denoIsAlsoDetectedByADenoLandImport() throws Exception {
        write("src/server.ts", "import { serve } from \"https://deno.land/std@0.200.0/http/server.ts\";\n");
        assertThat(detected()).isEqualTo("deno");
    }

    @Test
    void unknownNameListsKnownProviders() {
        assertThatThrownBy(() -> Providers.byName("fortran"))
                .hasMessage(
                        "Unknown provider 'fortran'. Known providers: crystal, csharp, dart, elixir, deno, fsharp, clojure, gleam,"
                                + " go, haskell, scheme, java, lunatic, scala, php, ruby, node, python, rust, swift, staticfile, zig,"
                                + " cobol.");
    }

    @Test
    void nodeBunAndYarnBerry() throws Exception {
        write("package.json", "{\"scripts\":{\"start\":\"bun run s.ts\"}}").write("bun.lockb", "");
        BuildPlan bun = plan("node", Map.of());
        assertThat(bun.phase("install").cmds()).containsExactly("npm install -g bun", "bun i --no-save");
        assertThat(bun.phase("install").cacheDirectories()).containsExactly("/root/.bun");
        assertThat(bun.startCmd()).isEqualTo("bun run start");

        Files.delete(dir.resolve("bun.lockb"));
        write("yarn.lock", "").write(".yarnrc.yml", "nodeLinker: node-modules\n");
        assertThat(plan("node", Map.of()).phase("install").cmds()).containsExactly("yarn install --check-cache");
    }

    @Test
    void nodeVersionFromNvmrcEnginesAndEnvironment() throws Exception {
        write("package.json", "{\"engines\":{\"node\":\"^18.17.0\"},\"main\":\"m.js\"}")
                .write("m.js", "");
        assertThat(plan("node", Map.of()).buildImage()).isEqualTo("node:18-bookworm");
        assertThat(plan("node", Map.of()).startCmd()).isEqualTo("node m.js");
        assertThat(plan("node", Map.of("NIXPACKS_NODE_VERSION", "22")).buildImage())
                .isEqualTo("node:22-bookworm");
        write("package.json", "{}").write(".nvmrc", "lts/iron\n").write("index.js", "");
        assertThat(plan("node", Map.of()).buildImage()).isEqualTo("node:20-bookworm");
        assertThat(plan("node", Map.of()).startCmd()).isEqualTo("node index.js");
    }

    @Test
    void nodeCypressAndNestedNextPackages() throws Exception {
        write("package.json", "{\"devDependencies\":{\"cypress\":\"13\"}}")
                .write("apps/web/package.json", "{\"dependencies\":{\"next\":\"14\"}}")
                .write("node_modules/next/package.json", "{\"dependencies\":{\"next\":\"14\"}}");
        BuildPlan plan = plan("node", Map.of());
        assertThat(plan.phase("install").cacheDirectories()).containsExactly("/root/.cache/Cypress", "/root/.npm");
        assertThat(plan.phase("build").cacheDirectories())
                .containsExactly("apps/web/.next/cache", "node_modules/.cache");
    }

    @Test
    void pythonUvPipenvAndDjango() throws Exception {
        write("pyproject.toml", "[project]\nname = \"svc\"\n").write("uv.lock", "");
        BuildPlan uv = plan("python", Map.of());
        assertThat(uv.phase("install").cmds().get(0))
                .endsWith("pip install uv==$NIXPACKS_UV_VERSION" + " && uv sync --no-dev --frozen");
        assertThat(uv.phase("install").cacheDirectories()).containsExactly("/root/.cache/uv");
        assertThat(uv.variables()).containsEntry("UV_PROJECT_ENVIRONMENT", "/app/.venv");
        assertThat(uv.startCmd()).isEqualTo("python -m svc");

        Files.delete(dir.resolve("pyproject.toml"));
        Files.delete(dir.resolve("uv.lock"));
        write("Pipfile", "[requires]\npython_version = \"3.10\"\ndjango = \"*\"\n")
                .write("manage.py", "")
                .write("mysite/settings.py", "WSGI_APPLICATION = 'mysite.wsgi.application'\n");
        BuildPlan pipenv = plan("python", Map.of());
        assertThat(pipenv.buildImage()).isEqualTo("python:3.10-bookworm");
        assertThat(pipenv.phase("install").cmds().get(0))
                .endsWith("PIPENV_VENV_IN_PROJECT=1 pipenv install --skip-lock");
        assertThat(pipenv.startCmd()).isEqualTo("python manage.py migrate && gunicorn mysite.wsgi");
    }

    @Test
    void javaMavenWithoutWrapperPropertiesUsesMvn() throws Exception {
        write("pom.xml", "<project/>").write("mvnw", "#!/bin/sh\n");
        assertThat(plan("java", Map.of()).phase("build").cmds()).containsExactly("mvn -B -ntp -DskipTests package");
        assertThat(plan("java", Map.of()).phase("install").cmds().get(0)).startsWith("mvn -B -ntp ");
        assertThat(plan("java", Map.of("NIXPACKS_JDK_VERSION", "21")).buildImage())
                .isEqualTo("maven:3.9-eclipse-temurin-21");
    }

    @Test
    void gradleWithoutWrapperUsesTheGradleImage() throws Exception {
        write("gradlew", "#!/bin/sh\n").write("build.gradle", "plugins { id 'java' }\n");
        BuildPlan plan = plan("java", Map.of());
        assertThat(plan.buildImage()).isEqualTo("gradle:8-jdk17");
        assertThat(plan.phase("build").cmds())
                .containsExactly("chmod +x gradlew", "gradle clean build --build-cache -x check -x test");
        assertThat(plan.startCmd()).isEqualTo("java $JAVA_OPTS -jar $(ls -1 build/libs/*jar | grep -v plain)");
    }

    @Test
    void rustWithSeveralBinaries() throws Exception {
        write("Cargo.toml", "[package]\nname = \"app\"\ndefault-run = \"server\"\n")
                .write("src/main.rs", "")
                .write("src/bin/server.rs", "")
                .write("src/bin/tool.rs", "");
        BuildPlan plan = plan("rust", Map.of());
        assertThat(plan.phase("build").cmds())
                .containsExactly(
                        "mkdir -p bin",
                        "cargo build --release",
                        "cp target/release/app bin",
                        "cp target/release/server bin",
                        "cp target/release/tool bin");
        assertThat(plan.startCmd()).isEqualTo("./bin/server");
        assertThat(plan("rust", Map.of("NIXPACKS_RUST_BIN", "tool")).startCmd()).isEqualTo("./bin/tool");
    }

    @Test
    void goWithCmdFolderAndCgo() throws Exception {
        write("go.mod", "module x\n\ngo 1.26\n").write("cmd/api/main.go", "package main\n");
        BuildPlan plan = plan("go", Map.of());
        assertThat(plan.buildImage()).isEqualTo("golang:1.26-bookworm");
        assertThat(plan.phase("build").cmds()).containsExactly("go build -o out ./cmd/api");
        assertThat(plan.runImage()).isEqualTo("debian:bookworm-slim");
        assertThat(plan("go", Map.of("CGO_ENABLED", "1")).runImage()).isNull();
    }

    @Test
    void goNeverPicksAnEndOfLifeRelease() throws Exception {
        write("go.mod", "module x\n\ngo 1.9\n").write("main.go", "package main\n");
        BuildPlan old = plan("go", Map.of());
        assertThat(old.buildImage())
                .as("go 1.9 is a minimum, older than any supported Go")
                .isEqualTo("golang:1.27-bookworm");
        assertThat(old.notes())
                .contains("go.mod asks for Go 1.9 or newer; 1.9 has reached end of life, so the build uses Go 1.27");

        write("go.mod", "module x\n\ngo 1.28\n");
        assertThat(plan("go", Map.of()).buildImage())
                .as("newer than we know: as asked")
                .isEqualTo("golang:1.28-bookworm");
        assertThat(Versions.compare("1.9", "1.26")).isNegative();
        assertThat(Versions.compare("2", "1.27")).isPositive();
        assertThat(Versions.compare("1.26.3", "1.26")).isZero();

        write("go.mod", "module x\n");
        assertThat(plan("go", Map.of()).buildImage()).isEqualTo("golang:1.27-bookworm");
    }

    @Test
    void procfileReleaseRunsAfterTheOtherPhases() throws Exception {
        write("Procfile", "release: ./migrate\nclock: ./clock\nbeat: ./beat\n");
        BuildPlan plan = Procfile.plan(App.open(dir), java.util.Set.of("setup", "build"));
        assertThat(plan.phase("release").dependsOn()).containsExactly("setup", "build");
        assertThat(plan.phase("release").cmds()).containsExactly("...", "./migrate");
        assertThat(plan.startCmd()).isEqualTo("./beat");
        Files.delete(dir.resolve("Procfile"));
        assertThat(Procfile.plan(App.open(dir), java.util.Set.of())).isEqualTo(BuildPlan.empty());
    }
}
