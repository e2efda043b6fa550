package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One example per provider whose toolchain Debian packages, planned by its provider and built on a real engine from
 * a local base image of Debian bookworm's toolchain (see infra/README.md); the container then answers over HTTP, or
 * for a program that is not a server, prints what it should. Only the package indexes this machine reaches (Debian,
 * npm, Maven Central) are used, so the apps use their standard library or Debian's packages.
 */
class ToolchainsEndToEndIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();

    @Test
    void pythonRunsPipInAVenvAndServes() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String answer = builds.ask(builds.build("python-stdlib", infra.imageScripting(), null), "/");
        // The app runs from the venv the install phase made.
        assertThat(answer).contains("Hello from python-stdlib on Python 3.11 in /app/.venv");
        assertThat(builds.log()).contains("pip install -r requirements.txt");
    }

    @Test
    void rubyRunsBundlerAndScriptServerServes() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        // Not a rack app: rack would have to come from rubygems.org (Debian's rackup is a gem binstub that
        // bundler refuses outside the bundle), so the app uses the provider's script/server start.
        String answer = builds.ask(builds.build("ruby-script-server", infra.imageScripting(), null), "/");
        assertThat(answer).contains("Hello from ruby-script-server on Ruby 3.1");
        assertThat(builds.log()).contains("bundle install");
    }

    @Test
    void phpIsServedByNginxAndPhpFpm() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String answer = builds.ask(builds.build("php-nginx-fpm", infra.imageScripting(), null), "/");
        // fpm-fcgi: nginx passed the request to php-fpm (php -S would say cli-server); the autoloader is composer's.
        assertThat(answer).contains("Hello from php-nginx-fpm on PHP 8.2 via fpm-fcgi");
        assertThat(builds.log()).contains("composer install");
    }

    @Test
    void goBuildsAStaticBinaryThatServesFromAnotherRunImage() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        // CGO_ENABLED=0: the binary runs in busybox, which has no libc of Debian's.
        String answer = builds.ask(builds.build("go", infra.imageGo(), infra.imageBusybox()), "/");
        assertThat(answer.strip()).isEqualTo("go");
        assertThat(builds.log()).contains("go build -o out");
    }

    @Test
    void rustBuildsWithCargoAndServes() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String answer = builds.ask(builds.build("rust-http", infra.imageRust(), null), "/");
        assertThat(answer).contains("Hello from rust-http");
        assertThat(builds.log()).contains("cargo build --release");
    }

    @Test
    void clojureUberjarFromMavenCentralRuns() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String output = builds.runToEnd(builds.build("clojure-lein", infra.imageLein(), null));
        assertThat(output).contains("hello from Clojure");
        assertThat(builds.log()).contains("lein uberjar");
    }

    @Test
    void haskellStackBuildsWithTheImagesGhcAndRuns() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String output = builds.runToEnd(builds.build("haskell-stack-ghc", infra.imageHaskell(), null));
        assertThat(output).contains("Hello from haskell-stack-ghc, built by ghc 9.0");
        assertThat(builds.log()).contains("stack install");
    }

    @Test
    void cobolCompilesWithDebiansGnuCobolAndRuns() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        // The plan's debian:bookworm: the Rust image is bookworm with gcc; its setup phase installs gnucobol.
        String output = builds.runToEnd(builds.build("cobol", infra.imageRust(), null));
        assertThat(output).contains("hello from COBOL");
        assertThat(builds.log()).contains("cobc -x -o index index.cbl");
    }

    @Test
    void schemeBuildsTheHauntSiteWithSidsHauntAndRuns() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        // The plan's debian:sid (the only Debian with Haunt): the Node 24 image is sid; setup installs haunt.
        String output = builds.runToEnd(builds.build("scheme-haunt", infra.imageNodeLts(), null));
        assertThat(output).contains("hello from Scheme");
        assertThat(builds.log()).contains("haunt build");
    }

    @Test
    void crystalBuildsWithShardsAndRuns() throws Exception {
        ExampleBuilds builds = new ExampleBuilds(tmp);
        String output = builds.runToEnd(builds.build("crystal", infra.imageCrystal(), null));
        assertThat(output).contains("hello from Crystal");
        assertThat(builds.log()).contains("shards build");
    }
}
