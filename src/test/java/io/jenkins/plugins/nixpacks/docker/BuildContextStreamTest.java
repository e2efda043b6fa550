package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tar a build sends, read back as the daemon would read it. No engine needed. */
class BuildContextStreamTest {
    @TempDir
    Path dir;

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Entry name to content (directories and links map to their type). */
    private static Map<String, String> read(InputStream in) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    entries.put(e.getName(), "<dir>");
                } else if (e.isSymbolicLink()) {
                    entries.put(e.getName(), "-> " + e.getLinkName());
                } else {
                    entries.put(e.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
                assertThat(e.getLongUserId())
                        .as("sent as root's, like the Docker CLI")
                        .isZero();
            }
        }
        return entries;
    }

    @Test
    void ignoredFilesStayOutAndExceptionsComeBack() throws IOException {
        write("Dockerfile", "FROM scratch\n");
        write(".dockerignore", "node_modules\n*.log\n!keep.log\nsecrets/\nDockerfile\n");
        write("src/app.js", "console.log(1)");
        write("node_modules/dep/index.js", "x");
        write("debug.log", "noise");
        write("keep.log", "kept");
        write("secrets/key", "k");
        write("sub/debug.log", "nested logs are not matched by *.log");
        Files.createSymbolicLink(dir.resolve("link"), Path.of("src/app.js"));

        Map<String, String> entries;
        try (BuildContextStream s = BuildContextStream.start(dir, dir.resolve("Dockerfile"))) {
            assertThat(s.dockerfileName()).isEqualTo("Dockerfile");
            entries = read(s.stream());
        }
        assertThat(entries.keySet())
                .containsExactly(
                        ".dockerignore",
                        "Dockerfile",
                        "keep.log",
                        "link",
                        "src/",
                        "src/app.js",
                        "sub/",
                        "sub/debug.log");
        assertThat(entries).containsEntry("link", "-> src/app.js").containsEntry("keep.log", "kept");
    }

    @Test
    void dockerfileOutsideTheContextTravelsUnderAGeneratedName() throws IOException {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve("a.txt"), "a");
        Path dockerfile = write("elsewhere/Build.dockerfile", "FROM scratch\nCOPY a.txt /\n");

        Map<String, String> entries;
        String name;
        try (BuildContextStream s = BuildContextStream.start(context, dockerfile)) {
            name = s.dockerfileName();
            entries = read(s.stream());
        }
        assertThat(name).isEqualTo(".dockerfile.nixpacks");
        assertThat(entries).containsEntry(name, "FROM scratch\nCOPY a.txt /\n").containsKey("a.txt");
        // So that COPY . does not pick the generated Dockerfile up, the daemon is told to drop it.
        assertThat(entries.get(".dockerignore")).isEqualTo(".dockerignore\n" + name + "\n");
    }

    @Test
    void aProjectsOwnDockerignoreTravelsTheSameOnEverySendSoCopyDotKeepsItsKey() throws IOException {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve("a.txt"), "a");
        Files.writeString(context.resolve(".dockerignore"), "node_modules\n");
        Path first = write("one/Dockerfile", "FROM scratch\nCOPY . /app/\n");
        Path second = write("two/Dockerfile", "FROM scratch\nCOPY . /app/\nLABEL other=1\n");

        Map<String, String> a;
        Map<String, String> b;
        try (BuildContextStream s = BuildContextStream.start(context, first)) {
            a = read(s.stream());
        }
        try (BuildContextStream s = BuildContextStream.start(context, second)) {
            b = read(s.stream());
        }
        // The daemon keeps this .dockerignore (it does not name itself), so `COPY .` copies it: it must not change
        // from one send to the next, nor with the Dockerfile.
        assertThat(a.get(".dockerignore")).isEqualTo("node_modules\n\n.dockerfile.nixpacks\n");
        assertThat(b.get(".dockerignore")).isEqualTo(a.get(".dockerignore"));
    }

    @Test
    void aContextFileOfTheFixedNameIsNotOverwritten() throws IOException {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve(".dockerfile.nixpacks"), "mine");
        Path dockerfile = write("elsewhere/Dockerfile", "FROM scratch\n");
        try (BuildContextStream s = BuildContextStream.start(context, dockerfile)) {
            String name = s.dockerfileName();
            Map<String, String> entries = read(s.stream());
            assertThat(name).matches("\\.dockerfile\\.nixpacks\\.[0-9a-f]{20}");
            assertThat(entries).containsEntry(".dockerfile.nixpacks", "mine").containsEntry(name, "FROM scratch\n");
        }
    }

    @Test
    void modesAreKept() throws IOException {
        Path script = write("run.sh", "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        write("Dockerfile", "FROM scratch\n");
        try (BuildContextStream s = BuildContextStream.start(dir, dir.resolve("Dockerfile"));
                TarArchiveInputStream tar = new TarArchiveInputStream(s.stream())) {
            TarArchiveEntry e;
            int mode = -1;
            while ((e = tar.getNextEntry()) != null) {
                if (e.getName().equals("run.sh")) {
                    mode = e.getMode() & 07777;
                }
            }
            assertThat(Integer.toOctalString(mode)).isEqualTo("750");
        }
    }

    @Test
    void aCancelledContextEndsInAnErrorNotInACleanEnd() throws IOException {
        write("Dockerfile", "FROM scratch\n");
        write("big.bin", "x".repeat(4 * 1024 * 1024));
        try (BuildContextStream s = BuildContextStream.start(dir, dir.resolve("Dockerfile"))) {
            InputStream in = s.stream();
            assertThat(in.read(new byte[512])).isPositive();
            s.cancel();
            assertThatThrownBy(() -> in.transferTo(java.io.OutputStream.nullOutputStream()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cancelled");
        }
    }

    @Test
    void missingDockerfileIsNamed() {
        assertThatThrownBy(() -> BuildContextStream.start(dir, dir.resolve("Nope")))
                .isInstanceOf(DockerOperationException.class)
                .hasMessageContaining("Dockerfile " + dir.resolve("Nope") + " not found");
    }
}
