package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller's upload wiring, request by request through the receiver's real handler and store: a token admits
 * exactly one directory of one open session of a building run, until it expires.
 */
class CacheReceiverTest {
    private static final String RUN = "team/app#42";
    private static final String BASE = "http://jenkins.example:8080/";
    private static final List<String> DIRS = List.of("root/.npm", "root/.cache/pip");

    @TempDir
    Path tmp;

    /** HMAC-SHA256 with a fixed test key: what Jenkins' HMACConfidentialKey computes with its stored key. */
    private final MacFunction mac = message -> {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(
                    "test key of 32 bytes, not secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return m.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    };

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-01T10:00:00Z"));
    private final Set<String> building = new HashSet<>(Set.of(RUN));
    private final List<String> log = new ArrayList<>();
    private CacheReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver =
                new CacheReceiver(mac, clock, tmp.resolve("uploads"), building::contains, Limits::defaults, log::add);
    }

    @Test
    void aTokenUploadsItsDirectoryAndTheBuildReadsItBack() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        byte[] tar = npmTar("cached");

        FakeHttp.Response r = put(s.uploadUrls().get(0), tar);

        assertThat(r.status).as(r.text()).isEqualTo(201);
        ControllerUploadChannel channel =
                new ControllerUploadChannel(s.layerPaths(), s.uploadUrls(), receiver.source(s.id()));
        assertThat(channel.arrived()).containsOnlyKeys(0).containsEntry(0, (long) tar.length);
        Path copy = tmp.resolve("copy.tar");
        channel.copyTo(0, copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(tar);
    }

    @Test
    void urlsAreUnderTheBaseOnePerDirectoryAndTokensAreMasked() {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));

        assertThat(s.uploadUrls()).hasSize(2).allMatch(u -> u.startsWith(BASE + "nixpacks-cache/"));
        assertThat(s.uploadUrls().get(0)).endsWith("/0");
        assertThat(s.uploadUrls().get(1)).endsWith("/1");
        assertThat(s.tokens()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(s.uploadUrls().get(i)).contains(s.tokens().get(i));
            assertThat(NixpacksCacheAction.isUploadPath(
                            URI.create(s.uploadUrls().get(i)).getPath()))
                    .as("the crumb exclusion lets the POST form of this URL through")
                    .isTrue();
        }
        assertThat(s.toString()).doesNotContain(s.tokens().get(0)).doesNotContain("http");
    }

    @Test
    void eachStepOfARunGetsItsOwnSession() {
        CacheReceiver.Session a = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        CacheReceiver.Session b = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));

        assertThat(a.id()).startsWith(RUN + "@").isNotEqualTo(b.id());
        assertThat(a.tokens()).doesNotContainAnyElementsOf(b.tokens());
    }

    @Test
    void aForgedTokenIsForbiddenAndNothingIsStored() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        String url = s.uploadUrls().get(0);
        // Change one character of the MAC (the last part of the token), keeping it valid base64url.
        int macEnd = url.lastIndexOf('/') - 1;
        char c = url.charAt(macEnd - 1);
        String forged = url.substring(0, macEnd - 1) + (c == 'A' ? 'B' : 'A') + url.substring(macEnd);

        FakeHttp.Response r = put(forged, npmTar("poison"));

        assertThat(r.status).isEqualTo(403);
        assertThat(r.text()).doesNotContain(RUN);
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
        assertThat(filesUnder(tmp.resolve("uploads"))).isEmpty();
    }

    @Test
    void aTokenMadeWithAnotherKeyIsForbidden() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        UploadToken other =
                new TokenService(MacFunction.randomHmacSha256(), clock).issue(s.id(), 0, Duration.ofMinutes(30));

        FakeHttp.Response r = put(BASE + "nixpacks-cache/" + CacheUploadHandler.pathFor(other), npmTar("x"));

        assertThat(r.status).isEqualTo(403);
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
    }

    @Test
    void anExpiredTokenIsForbidden() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(31));

        FakeHttp.Response r = put(s.uploadUrls().get(0), npmTar("late"));

        assertThat(r.status).isEqualTo(403);
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
    }

    @Test
    void aTokenForOneIndexCannotUploadAnother() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        String url = s.uploadUrls().get(0);
        String atIndexOne = url.substring(0, url.length() - 1) + "1";

        FakeHttp.Response r = put(atIndexOne, pipTar());

        assertThat(r.status).isEqualTo(403);
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
    }

    @Test
    void aGenuineTokenForAnUndeclaredIndexFindsNoDirectory() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        UploadToken five = new TokenService(mac, clock).issue(s.id(), 5, Duration.ofMinutes(30));

        FakeHttp.Response r = put(BASE + "nixpacks-cache/" + CacheUploadHandler.pathFor(five), npmTar("x"));

        assertThat(r.status).isEqualTo(404);
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
    }

    @Test
    void aTarOfAnotherDirectoryIsRefused() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));

        FakeHttp.Response r = put(s.uploadUrls().get(0), pipTar());

        assertThat(r.status).isEqualTo(400);
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
    }

    @Test
    void uploadsStopWhenTheRunStopsBuilding() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        building.remove(RUN);

        FakeHttp.Response r = put(s.uploadUrls().get(0), npmTar("after the build"));

        assertThat(r.status).isEqualTo(404);
        assertThat(receiver.accepts(s.id())).isFalse();
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
    }

    @Test
    void aTokenOfAnotherRunDoesNotOpenThisRunsSession() throws IOException {
        CacheReceiver.Session mine = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        CacheReceiver.Session other = receiver.open("team/other#7", DIRS, BASE, Duration.ofMinutes(30));

        // The other run is not building: its genuine, unexpired token is refused, and nothing lands in mine.
        FakeHttp.Response r = put(other.uploadUrls().get(0), npmTar("x"));

        assertThat(r.status).isEqualTo(404);
        assertThat(receiver.source(mine.id()).arrived()).isEmpty();
        assertThat(receiver.source(other.id()).arrived()).isEmpty();
    }

    @Test
    void closingTheSessionDeletesTheUploadsAndRefusesMore() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        assertThat(put(s.uploadUrls().get(0), npmTar("a")).status).isEqualTo(201);
        assertThat(filesUnder(tmp.resolve("uploads"))).isNotEmpty();

        receiver.source(s.id()).discard();
        receiver.close(s.id()); // the controller's finally, after the agent's discard: harmless

        assertThat(filesUnder(tmp.resolve("uploads"))).isEmpty();
        assertThat(put(s.uploadUrls().get(0), npmTar("b")).status).isEqualTo(404);
        assertThat(receiver.source(s.id()).arrived()).isEmpty();
    }

    @Test
    void aLiveTokenIsDeadOnceTheBuildHasReadItsUploads() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        byte[] first = npmTar("first");
        assertThat(put(s.uploadUrls().get(0), first).status).isEqualTo(201);

        assertThat(receiver.source(s.id()).arrived()).containsEntry(0, (long) first.length);

        // The run is still building and the token unexpired, but what the build read can no longer change.
        assertThat(put(s.uploadUrls().get(0), npmTar("replaced")).status).isEqualTo(404);
        assertThat(put(s.uploadUrls().get(1), pipTar()).status).isEqualTo(404);
        assertThat(receiver.source(s.id()).arrived()).containsOnlyKeys(0).containsEntry(0, (long) first.length);
    }

    @Test
    void onlyPutAndPostAreAccepted() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        String path = URI.create(s.uploadUrls().get(0)).getPath().substring("/nixpacks-cache".length());

        FakeHttp.Response get = new FakeHttp.Response();
        receiver.handle(FakeHttp.request("GET", path, new byte[0]), get.servlet, path);
        FakeHttp.Response post = new FakeHttp.Response();
        // busybox wget posts a file, base64 so that no NUL byte cuts it short
        byte[] base64 = java.util.Base64.getEncoder().encode(npmTar("by wget"));
        receiver.handle(
                FakeHttp.request("POST", path, base64, CacheUploadHandler.BASE64_CONTENT_TYPE), post.servlet, path);

        assertThat(get.status).isEqualTo(405);
        assertThat(post.status).isEqualTo(201);
    }

    @Test
    void theLimitsAreReadForEveryUpload() throws IOException {
        long[] max = {1L << 30};
        receiver = new CacheReceiver(
                mac,
                clock,
                tmp.resolve("uploads2"),
                building::contains,
                () -> Limits.defaults().withMaxFileBytes(max[0]),
                log::add);
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        byte[] tar = npmTar("x".repeat(4000));
        max[0] = 100; // an administrator lowers the cap while the build runs

        FakeHttp.Response r = put(s.uploadUrls().get(0), tar);

        assertThat(r.status).isEqualTo(413);
    }

    @Test
    void openNeedsABaseUrlEndingWithASlash() {
        assertThatThrownBy(() -> receiver.open(RUN, DIRS, "http://jenkins.example:8080", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReceiverLogNeverCarriesAToken() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, BASE, Duration.ofMinutes(30));
        put(s.uploadUrls().get(0), npmTar("a"));
        put(s.uploadUrls().get(0).replace("/0", "/1"), pipTar());

        assertThat(log).isNotEmpty();
        for (String token : s.tokens()) {
            assertThat(log).noneMatch(line -> line.contains(token));
        }
    }

    /** Sends {@code body} to an upload URL the way Stapler hands it to the action: the rest of the path. */
    private FakeHttp.Response put(String url, byte[] body) throws IOException {
        String path = URI.create(url).getPath();
        String prefix = "/nixpacks-cache";
        assertThat(path).startsWith(prefix + "/");
        String rest = path.substring(prefix.length());
        FakeHttp.Response r = new FakeHttp.Response();
        receiver.handle(FakeHttp.request("PUT", path, body), r.servlet, rest);
        return r;
    }

    private static byte[] npmTar(String content) {
        return new RawTar()
                .dir("root/.npm/")
                .file("root/.npm/data", content)
                .end()
                .bytes();
    }

    private static byte[] pipTar() {
        return new RawTar()
                .dir("root/.cache/pip/")
                .file("root/.cache/pip/wheel", "w")
                .end()
                .bytes();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
