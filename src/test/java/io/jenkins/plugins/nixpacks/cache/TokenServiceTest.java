package io.jenkins.plugins.nixpacks.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.TokenRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final MacFunction key = MacFunction.randomHmacSha256();
    private final TokenService tokens = new TokenService(key, clock);

    @Test
    void issuedTokenVerifiesForItsBuildAndIndex() throws Exception {
        UploadToken token = tokens.issue("team/app#42", 3, Duration.ofHours(2));

        UploadToken verified = tokens.verify(token.encoded(), 3);

        assertThat(verified.buildId()).isEqualTo("team/app#42");
        assertThat(verified.dirIndex()).isEqualTo(3);
        assertThat(verified.expiresAt()).isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
        assertThat(tokens.verify(token.encoded(), "team/app#42", 3).buildId()).isEqualTo("team/app#42");
    }

    @Test
    void encodingIsOneUrlPathSegment() {
        UploadToken token = tokens.issue("folder/job name/ünïcode#7", 0, Duration.ofMinutes(5));

        assertThat(token.encoded()).matches("[A-Za-z0-9_-]+\\.0\\.[0-9]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void toStringNeverShowsTheMac() {
        UploadToken token = tokens.issue("app#1", 2, Duration.ofMinutes(5));
        String mac = token.encoded().substring(token.encoded().lastIndexOf('.') + 1);

        assertThat(token.toString())
                .contains("app#1", "dir=2")
                .doesNotContain(mac)
                .doesNotContain(token.encoded());
        assertThat(key.toString()).doesNotContain("[B@");
    }

    @Test
    void tokenFromAnotherKeyIsForged() {
        UploadToken foreign =
                new TokenService(MacFunction.randomHmacSha256(), clock).issue("app#1", 0, Duration.ofHours(1));

        assertRejected(foreign.encoded(), 0, Reason.FORGED);
    }

    @Test
    void changedMacByteIsForged() {
        String encoded = tokens.issue("app#1", 0, Duration.ofHours(1)).encoded();
        int last = encoded.length() - 2; // not the final char, whose low bits base64 does not carry
        char flipped = encoded.charAt(last) == 'A' ? 'B' : 'A';

        assertRejected(encoded.substring(0, last) + flipped + encoded.substring(last + 1), 0, Reason.FORGED);
    }

    @Test
    void swappingBuildIndexOrExpiryBreaksTheMac() {
        String[] p = tokens.issue("app#1", 0, Duration.ofHours(1)).encoded().split("\\.");
        String otherBuild =
                Base64.getUrlEncoder().withoutPadding().encodeToString("app#2".getBytes(StandardCharsets.UTF_8));

        assertRejected(otherBuild + "." + p[1] + "." + p[2] + "." + p[3], 0, Reason.FORGED);
        assertRejected(p[0] + ".1." + p[2] + "." + p[3], 1, Reason.FORGED);
        assertRejected(p[0] + "." + p[1] + "." + (Long.parseLong(p[2]) + 3600) + "." + p[3], 0, Reason.FORGED);
    }

    @Test
    void expiredTokenIsRejected() throws Exception {
        UploadToken token = tokens.issue("app#1", 0, Duration.ofMinutes(10));
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        tokens.verify(token.encoded(), 0);

        clock.now = clock.now.plus(Duration.ofMinutes(1));

        assertRejected(token.encoded(), 0, Reason.EXPIRED);
    }

    @Test
    void tokenForAnotherIndexIsRejected() {
        UploadToken token = tokens.issue("app#1", 0, Duration.ofMinutes(10));

        assertRejected(token.encoded(), 1, Reason.WRONG_INDEX);
    }

    @Test
    void tokenForAnotherBuildIsRejectedWhenTheBuildIsKnown() {
        UploadToken token = tokens.issue("app#1", 0, Duration.ofMinutes(10));

        assertThatThrownBy(() -> tokens.verify(token.encoded(), "app#2", 0))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.WRONG_BUILD));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "a.b.c",
                "YXBw.0.1767229200.x.y",
                "YXBw.00.1767229200.AAAA",
                "YXBw.+1.1767229200.AAAA",
                "YXBw.-1.1767229200.AAAA",
                "YXBw.0.01767229200.AAAA",
                "YXBw.0.1767229200.AAAA=",
                "YXBw=.0.1767229200.AAAA",
                "YX+w.0.1767229200.AAAA",
                "YXBw.0.1767229200.AA/A",
                "YXBw.10000.1767229200.AAAA",
                "YXBw.0.99999999999999999999.AAAA",
                ".0.1767229200.AAAA",
                "YXBw. 0.1767229200.AAAA",
                "YR.0.1767229200.AAAA"
            })
    void malformedTokensAreRejected(String encoded) {
        assertThatThrownBy(() -> tokens.verify(encoded, 0))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .as("reason for '%s'", encoded)
                        .isIn(Reason.MALFORMED, Reason.FORGED));
    }

    @Test
    void nonCanonicalBase64IsMalformedNotForged() {
        // "YR" and "YQ" differ only in the unused low bits of the last char: both decode to "a".
        assertRejected("YR.0.1767229200.AAAA", 0, Reason.MALFORMED);
        assertRejected("YQ.0.1767229200.AAAB", 0, Reason.FORGED);
    }

    @Test
    void overlongTokenIsRejectedWithoutWork() {
        assertRejected("A".repeat(5000), 0, Reason.MALFORMED);
    }

    @Test
    void macMessagesOfDifferentTriplesDiffer() {
        // Without length prefixes these pairs could serialize alike.
        assertThat(UploadToken.macMessage("a1", 2, 3)).isNotEqualTo(UploadToken.macMessage("a", 12, 3));
        assertThat(UploadToken.macMessage("a:1", 2, 3)).isNotEqualTo(UploadToken.macMessage("a", 1, 3));
        assertThat(UploadToken.macMessage("a", 0, 1)).isNotEqualTo(UploadToken.macMessage("a", 0, 256));
    }

    @Test
    void rejectionMessagesDoNotEchoTheToken() {
        String encoded = tokens.issue("app#1", 0, Duration.ofHours(1)).encoded();

        assertThatThrownBy(() -> tokens.verify(encoded, 5)).satisfies(e -> assertThat(e.getMessage())
                .doesNotContain(encoded.substring(encoded.lastIndexOf('.') + 1)));
    }

    @Test
    void issueValidatesItsArguments() {
        assertThatThrownBy(() -> tokens.issue("", 0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("a", -1, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("a", 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("x".repeat(2000), 0, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(String encoded, int index, Reason reason) {
        assertThatThrownBy(() -> tokens.verify(encoded, index))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(reason));
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
