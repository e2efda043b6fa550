package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the cache directories can be the build stage's base instead of a COPY --from, and the FROM line then. */
class CacheBaseTest {
    private static final CacheDir GO_BUILD = CacheDir.of("/root/.cache/go-build");
    private static final CacheDir NEXT_CACHE = CacheDir.of("/app/.next/cache");

    /** A go-svc-like Dockerfile, as the generator marks it: the whole app, then the restore point, then go build. */
    private static String vendoredGo(String beforeCopy) {
        return String.join(
                "\n",
                "FROM nixpacks-test/go:1.23-bookworm AS build",
                "WORKDIR /app/",
                beforeCopy,
                "ARG GOFLAGS=\"-mod=vendor\"",
                "ENV GOFLAGS=\"${GOFLAGS}\"",
                "",
                "# build phase",
                "COPY . /app/.",
                CacheHooksImpl.POINT + "build root/.cache/go-build",
                "RUN go build -o out",
                "",
                "# run stage",
                "FROM nixpacks-test/busybox:1",
                "RUN echo after the stage, not looked at",
                "COPY --from=build /app /app");
    }

    @Test
    void aVendoredGoBuildTakesItsCacheAsTheStagesBase() {
        var c = CacheBase.candidate(vendoredGo(""), true, true, List.of(GO_BUILD));

        assertThat(c).isPresent();
        assertThat(c.get().phase()).isEqualTo("build");
        assertThat(c.get().dirs()).containsExactly(GO_BUILD);
        assertThat(c.get().buildImage()).isEqualTo("nixpacks-test/go:1.23-bookworm");
    }

    @Test
    void notWhereTheCacheWouldChangeWhatComesBeforeIt() {
        // A setup step that runs would run again whenever the cache changed (apt packages of the plan).
        assertThat(CacheBase.candidate(vendoredGo("RUN apt-get install -y git"), true, true, List.of(GO_BUILD)))
                .isEmpty();
        assertThat(CacheBase.candidate(vendoredGo("COPY --from=x /a /a"), true, true, List.of(GO_BUILD)))
                .isEmpty();
        // A project's own Dockerfile, a layer cache that can take a phase, nothing held: copied in as before.
        assertThat(CacheBase.candidate(vendoredGo(""), false, true, List.of(GO_BUILD)))
                .isEmpty();
        assertThat(CacheBase.candidate(vendoredGo(""), true, false, List.of(GO_BUILD)))
                .isEmpty();
        assertThat(CacheBase.candidate(vendoredGo(""), true, true, List.of())).isEmpty();
    }

    @Test
    void notForTwoRestorePointsOrADirectoryInsideTheApp() {
        String two = vendoredGo("")
                .replace(
                        "RUN go build -o out",
                        "RUN go build -o out\n" + CacheHooksImpl.POINT + "test app/.next/cache\nRUN next build");
        assertThat(CacheBase.candidate(two, true, true, List.of(GO_BUILD, NEXT_CACHE)))
                .isEmpty();
        // Held only the first: one point restores, the other has nothing to restore.
        assertThat(CacheBase.candidate(two, true, true, List.of(GO_BUILD))).isPresent();
        String inApp = vendoredGo("").replace("root/.cache/go-build", "app/.next/cache");
        assertThat(CacheBase.candidate(inApp, true, true, List.of(NEXT_CACHE))).isEmpty();
    }

    @Test
    void rebaseChangesTheBuildStagesFromOnly() {
        String d = vendoredGo("") + "\nFROM nixpacks-test/go:1.23-bookworm\n";

        String rebased = CacheBase.rebase(d, "nixpacks-test/go:1.23-bookworm", "nixpacks-cachebase/ab:cd");

        assertThat(rebased)
                .startsWith("FROM nixpacks-cachebase/ab:cd AS build\n")
                .endsWith("\nFROM nixpacks-test/go:1.23-bookworm\n");
    }
}
