package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pattern semantics of .dockerignore, as the Docker CLI applies them. No engine needed. */
class DockerIgnoreTest {

    private static DockerIgnore ignore(String... lines) {
        return DockerIgnore.parse(String.join("\n", lines));
    }

    @Test
    void singleStarStaysWithinOneFolder() {
        DockerIgnore i = ignore("*.log");
        assertThat(i.excludes("a.log")).isTrue();
        assertThat(i.excludes("dir/a.log")).as("* does not cross /").isFalse();
        assertThat(i.excludes("alog")).as("the dot is literal").isFalse();
    }

    @Test
    void doubleStarCrossesFolders() {
        DockerIgnore i = ignore("**/*.log");
        assertThat(i.excludes("a.log")).isTrue();
        assertThat(i.excludes("dir/a.log")).isTrue();
        assertThat(i.excludes("x/y/z.log")).isTrue();
        assertThat(i.excludes("x/y/z.txt")).isFalse();

        DockerIgnore middle = ignore("a/**/b");
        assertThat(middle.excludes("a/b")).isTrue();
        assertThat(middle.excludes("a/x/y/b")).isTrue();
        assertThat(middle.excludes("c/a/b")).isFalse();

        DockerIgnore all = ignore("**", "!keep.txt");
        assertThat(all.excludes("anything/at/all")).isTrue();
        assertThat(all.excludes("keep.txt")).isFalse();
    }

    @Test
    void aMatchingFolderExcludesEverythingUnderIt() {
        DockerIgnore i = ignore("node_modules", "build/*");
        assertThat(i.excludes("node_modules")).isTrue();
        assertThat(i.excludes("node_modules/x/y.js")).isTrue();
        assertThat(i.excludes("src/node_modules/x.js")).as("only at the root").isFalse();
        assertThat(i.excludes("build")).isFalse();
        assertThat(i.excludes("build/out/classes/A.class")).isTrue();
    }

    @Test
    void exceptionsAndLastMatchWins() {
        DockerIgnore i = ignore("*.md", "!README.md");
        assertThat(i.excludes("CHANGES.md")).isTrue();
        assertThat(i.excludes("README.md")).isFalse();

        DockerIgnore reversed = ignore("!README.md", "*.md");
        assertThat(reversed.excludes("README.md"))
                .as("the later exclusion wins")
                .isTrue();

        DockerIgnore reExcluded = ignore("docs", "!docs/keep", "docs/keep/secret.txt");
        assertThat(reExcluded.excludes("docs/other.txt")).isTrue();
        assertThat(reExcluded.excludes("docs/keep/a.txt")).isFalse();
        assertThat(reExcluded.excludes("docs/keep/secret.txt")).isTrue();
    }

    @Test
    void walkEntersAnExcludedFolderOnlyForAnExceptionUnderIt() {
        DockerIgnore i = ignore("docs", "!docs/keep.txt", "vendor", "!**/important");
        assertThat(i.mayKeepSomethingUnder("docs")).isTrue();
        assertThat(i.excludes("docs/keep.txt")).isFalse();
        assertThat(i.excludes("docs/other.txt")).isTrue();
        // Docker's shortcut: a pattern starting with ** does not name the folder, so the folder is skipped.
        assertThat(i.mayKeepSomethingUnder("vendor")).isFalse();
    }

    @Test
    void questionMarkClassesAndEscapes() {
        DockerIgnore q = ignore("a?c");
        assertThat(q.excludes("abc")).isTrue();
        assertThat(q.excludes("a/c")).isFalse();
        assertThat(q.excludes("abbc")).isFalse();

        DockerIgnore cls = ignore("[a-c].txt", "[^x]y");
        assertThat(cls.excludes("b.txt")).isTrue();
        assertThat(cls.excludes("d.txt")).isFalse();
        assertThat(cls.excludes("zy")).isTrue();
        assertThat(cls.excludes("xy")).isFalse();

        DockerIgnore esc = ignore("foo\\*", "a+b(c)");
        assertThat(esc.excludes("foo*")).isTrue();
        assertThat(esc.excludes("foobar")).isFalse();
        assertThat(esc.excludes("a+b(c)")).as("regex characters are literal").isTrue();
    }

    @Test
    void linesAreCleanedLikeDockerDoes() {
        DockerIgnore i = ignore(
                "\uFEFF# comment", "", "   ", "  # not a comment once indented", "/foo/../bar/", "./a//b  ", "! keep ");
        assertThat(i.patterns()).containsExactly("# not a comment once indented", "bar", "a/b", "!keep");
        assertThat(i.excludes("bar/x")).isTrue();
        assertThat(i.excludes("a/b")).isTrue();
        assertThat(DockerIgnore.cleanPath("../x/./y/..")).isEqualTo("../x");
        assertThat(DockerIgnore.cleanPath("/")).isEqualTo("/");
    }

    @Test
    void emptyFileIgnoresNothing() {
        assertThat(DockerIgnore.parse("").isEmpty()).isTrue();
        assertThat(DockerIgnore.none().excludes("anything")).isFalse();
    }

    @Test
    void keepingAddsExceptionsOnlyForExcludedFiles() {
        DockerIgnore i = ignore("Dockerfile", "*.yml").keeping(List.of(".dockerignore", "Dockerfile"));
        assertThat(i.excludes("Dockerfile")).isFalse();
        assertThat(i.patterns()).containsExactly("Dockerfile", "*.yml", "!Dockerfile");
    }

    @Test
    void badPatternsAreReportedWithThePattern() {
        assertThatThrownBy(() -> ignore("!")).hasMessageContaining("\"!\"");
        assertThatThrownBy(() -> ignore("[abc")).hasMessageContaining("'[abc'");
    }
}
