package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadProof;
import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import io.jenkins.plugins.nixpacks.registry.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The controller's upload wiring, request by request through the receiver's real handler and ledger: a token's proof
 * admits exactly one directory of one open session of a building run, once, until it expires.
 */
class CacheReceiverTest {
    private static final String RUN = "team/app#42";
    private static final List<String> DIRS = List.of("root/.npm", "root/.cache/pip");

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
    void start() {
        receiver = new CacheReceiver(mac, clock, building::contains, Limits::defaults, log::add);
    }

    @Test
    void aProofAdmitsItsDirectoryOnceAndTheLedgerRecordsItsLayers() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        byte[] layer = npmTar("cached");

        FakeHttp.Response r = put(s.tokens().get(0), 0, layer);

        assertThat(r.status).as(r.text()).isEqualTo(201);
        assertThat(receiver.ledger().accepted(s.id()).get(0).layers()).containsExactly(Digests.sha256(layer));
        assertThat(put(s.tokens().get(0), 0, npmTar("again")).status).isEqualTo(409);
    }

    @Test
    void pathsNameTheTokensPublicPartOnlyAndPassTheCrumbExclusion() {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));

        assertThat(s.tokens()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String token = s.tokens().get(i);
            String path = "/nixpacks-cache/" + CacheUploadHandler.pathFor(token, i);
            assertThat(path).endsWith("/" + i).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
            assertThat(NixpacksCacheAction.isUploadPath(path)).isTrue();
        }
        assertThat(NixpacksCacheAction.isUploadPath("/nixpacks-cache/../script"))
                .isFalse();
        assertThat(s.toString()).doesNotContain(s.tokens().get(0));
    }

    @Test
    void eachStepOfARunGetsItsOwnSession() {
        CacheReceiver.Session a = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        CacheReceiver.Session b = receiver.open(RUN, DIRS, Duration.ofMinutes(30));

        assertThat(a.id()).startsWith(RUN + "@").isNotEqualTo(b.id());
        assertThat(a.tokens()).doesNotContainAnyElementsOf(b.tokens());
    }

    @Test
    void aTokenOfAnotherKeyAnExpiredOneAndOneMovedToAnotherIndexAreForbidden() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        String other = new TokenService(MacFunction.randomHmacSha256(), clock)
                .issue(s.id(), 0, Duration.ofMinutes(30))
                .encoded();
        assertThat(put(other, 0, npmTar("x")).status).isEqualTo(403);

        FakeHttp.Response moved = send(
                CacheUploadHandler.pathFor(s.tokens().get(0), 0).replaceFirst("/0$", "/1"),
                s.tokens().get(0),
                0,
                pipTar());
        assertThat(moved.status).isEqualTo(403);

        clock.advance(Duration.ofMinutes(31));
        assertThat(put(s.tokens().get(0), 0, npmTar("late")).status).isEqualTo(403);
        assertThat(receiver.ledger().accepted(s.id())).isEmpty();
    }

    @Test
    void aGenuineTokenForAnUndeclaredIndexFindsNoDirectory() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        String five = new TokenService(mac, clock)
                .issue(s.id(), 5, Duration.ofMinutes(30))
                .encoded();

        assertThat(put(five, 5, npmTar("x")).status).isEqualTo(404);
    }

    @Test
    void aTarOfAnotherDirectoryIsRefused() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));

        assertThat(put(s.tokens().get(0), 0, pipTar()).status).isEqualTo(400);
        assertThat(receiver.ledger().accepted(s.id())).isEmpty();
    }

    @Test
    void uploadsStopWhenTheRunStopsBuildingOrTheSessionCloses() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        assertThat(put(s.tokens().get(0), 0, npmTar("a")).status).isEqualTo(201);
        building.remove(RUN);
        assertThat(put(s.tokens().get(1), 1, pipTar()).status).isEqualTo(404);
        building.add(RUN);

        receiver.close(s.id());
        receiver.close(s.id()); // twice is harmless

        assertThat(put(s.tokens().get(1), 1, pipTar()).status).isEqualTo(404);
        assertThat(receiver.ledger().accepted(s.id())).isEmpty();
    }

    @Test
    void onlyPutIsAccepted() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        String path = "/" + CacheUploadHandler.pathFor(s.tokens().get(0), 0);
        for (String method : List.of("GET", "POST", "DELETE")) {
            FakeHttp.Response r = new FakeHttp.Response();
            receiver.handle(FakeHttp.request(method, path, new byte[0]), r.servlet, path);
            assertThat(r.status).as(method).isEqualTo(405);
        }
    }

    @Test
    void theLimitsAreReadForEveryUpload() throws IOException {
        long[] max = {1L << 30};
        receiver = new CacheReceiver(
                mac, clock, building::contains, () -> Limits.defaults().withMaxFileBytes(max[0]), log::add);
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        max[0] = 100; // an administrator lowers the cap while the build runs

        assertThat(put(s.tokens().get(0), 0, npmTar("x".repeat(4000))).status).isEqualTo(413);
    }

    @Test
    void theReceiverLogNeverCarriesAToken() throws IOException {
        CacheReceiver.Session s = receiver.open(RUN, DIRS, Duration.ofMinutes(30));
        put(s.tokens().get(0), 0, npmTar("a"));
        put(s.tokens().get(0), 0, npmTar("a"));
        put(s.tokens().get(1), 1, npmTar("wrong dir"));

        assertThat(log).isNotEmpty();
        for (String token : s.tokens()) {
            String secret = token.substring(token.lastIndexOf('.') + 1);
            assertThat(log).noneMatch(line -> line.contains(secret));
        }
    }

    private FakeHttp.Response put(String token, int index, byte[] layer) throws IOException {
        return send(CacheUploadHandler.pathFor(token, index), token, index, layer);
    }

    /** Sends {@code layer} the way Stapler hands it to the action: the rest of the path, with the agent's headers. */
    private FakeHttp.Response send(String rest, String token, int index, byte[] layer) throws IOException {
        String header = Digests.sha256(layer) + ":" + layer.length;
        Map<String, String> headers = Map.of(
                UploadProof.LAYERS_HEADER, header, UploadProof.PROOF_HEADER, UploadProof.sign(token, index, header));
        FakeHttp.Response r = new FakeHttp.Response();
        String path = "/" + rest;
        receiver.handle(
                FakeHttp.request("PUT", "/nixpacks-cache" + path, layer, "application/x-tar", headers),
                r.servlet,
                path);
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
