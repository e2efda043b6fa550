package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digests the layer cache compares: what COPY would copy, as the build context sends it. */
class ContextDigestTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    @Test
    void aFileDigestFollowsItsContentOnly() throws Exception {
        write("package-lock.json", "{\"v\":1}");
        write("src/app.js", "one");
        String lock = ContextDigest.of(dir).of("package-lock.json");
        String all = ContextDigest.of(dir).all();

        write("src/app.js", "two");
        Files.setLastModifiedTime(dir.resolve("package-lock.json"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(ContextDigest.of(dir).of("package-lock.json"))
                .as("a source change and a new mtime leave the lockfile's digest alone")
                .isEqualTo(lock);
        assertThat(ContextDigest.of(dir).all()).as("the whole app changed").isNotEqualTo(all);

        write("package-lock.json", "{\"v\":2}");
        assertThat(ContextDigest.of(dir).of("package-lock.json")).isNotEqualTo(lock);
    }

    @Test
    void dockerignoredFilesAreNotInputs() throws Exception {
        write(".dockerignore", "node_modules\n*.log\n!keep.log\n");
        write("app.js", "x");
        String all = ContextDigest.of(dir).all();
        write("node_modules/dep/index.js", "changed every install");
        write("debug.log", "noise");
        assertThat(ContextDigest.of(dir).all())
                .as("ignored files do not reach COPY")
                .isEqualTo(all);
        write("keep.log", "an exception of .dockerignore");
        assertThat(ContextDigest.of(dir).all()).isNotEqualTo(all);
    }

    @Test
    void aFolderCoversEverythingUnderItAndNothingBesideIt() throws Exception {
        write(".mvn/wrapper/maven-wrapper.properties", "a");
        write(".mvnx", "beside, same prefix");
        String mvn = ContextDigest.of(dir).of(".mvn");
        write(".mvnx", "changed");
        assertThat(ContextDigest.of(dir).of(".mvn")).isEqualTo(mvn);
        write(".mvn/jvm.config", "-Xmx1g");
        assertThat(ContextDigest.of(dir).of(".mvn")).isNotEqualTo(mvn);
        assertThat(ContextDigest.of(dir).of("./.mvn/"))
                .as("the same source, written otherwise")
                .isEqualTo(ContextDigest.of(dir).of(".mvn"));
    }

    @Test
    void theExecutableBitAndPatternsCount() throws Exception {
        write("mvnw", "#!/bin/sh");
        write("a/pom.xml", "<a/>");
        write("b/pom.xml", "<b/>");
        String wrapper = ContextDigest.of(dir).of("mvnw");
        String poms = ContextDigest.of(dir).of("*/pom.xml");
        Files.setPosixFilePermissions(dir.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(ContextDigest.of(dir).of("mvnw")).isNotEqualTo(wrapper);
        write("b/pom.xml", "<b2/>");
        assertThat(ContextDigest.of(dir).of("*/pom.xml")).isNotEqualTo(poms);
    }

    @Test
    void aMissingSourceHasItsOwnDigest() throws Exception {
        write("package.json", "{}");
        String missing = ContextDigest.of(dir).of("yarn.lock");
        assertThat(missing)
                .startsWith("sha256:")
                .isNotEqualTo(ContextDigest.of(dir).of("package.json"));
        write("yarn.lock", "# yarn");
        assertThat(ContextDigest.of(dir).of("yarn.lock")).isNotEqualTo(missing);
    }
}
