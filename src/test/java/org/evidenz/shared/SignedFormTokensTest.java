package org.evidenz.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.evidenz.shared.SignedFormTokens.Check;
import org.evidenz.support.MovableClock;
import org.junit.jupiter.api.Test;

class SignedFormTokensTest {

    private final MovableClock clock = new MovableClock();
    private final SymmetricKey key = new SymmetricKey(SymmetricKey.randomBytes(SymmetricKey.KEY_BYTES));
    private final SignedFormTokens tokens = new SignedFormTokens(key, clock, Duration.ofSeconds(3),
            Duration.ofHours(2));

    @Test
    void aTokenSentBackInTimeForItsPurposeIsValidAndNamesItsId() {
        String token = tokens.issue("newsletter|en");
        clock.advance(Duration.ofMinutes(1));

        SignedFormTokens.Verified verified = tokens.check(token, "newsletter|en");

        assertThat(verified.check()).isEqualTo(Check.VALID);
        assertThat(verified.valid()).isTrue();
        assertThat(token).startsWith(verified.id() + ".");
        assertThat(verified.id()).hasSize(32);
    }

    @Test
    void everyIssuedTokenHasItsOwnId() {
        assertThat(tokens.issue("p")).isNotEqualTo(tokens.issue("p"));
    }

    @Test
    void aTokenSentBackTooSoonOrTooLateIsNotValid() {
        String token = tokens.issue("en|article");

        assertThat(tokens.check(token, "en|article").check()).isEqualTo(Check.TOO_FAST);
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertThat(tokens.check(token, "en|article").check()).isEqualTo(Check.EXPIRED);
    }

    @Test
    void aMissingAlteredForeignOrMisdirectedTokenIsInvalid() {
        String token = tokens.issue("newsletter|en");
        clock.advance(Duration.ofMinutes(1));
        String[] parts = token.split("\\.");
        String laterTime = parts[0] + "." + (Long.parseLong(parts[1]) + 1000) + "." + parts[2];
        String otherId = (token.charAt(0) == 'f' ? "0" : "f") + token.substring(1);
        String foreign = new SignedFormTokens(new SymmetricKey(SymmetricKey.randomBytes(SymmetricKey.KEY_BYTES)),
                clock, Duration.ZERO, Duration.ofHours(2)).issue("newsletter|en");

        for (String bad : new String[] {null, "", "garbage", "a.b.c", token + ".x", laterTime, otherId, foreign,
                parts[0] + "." + parts[1] + ".%%%"}) {
            assertThat(tokens.check(bad, "newsletter|en").check()).as(String.valueOf(bad)).isEqualTo(Check.INVALID);
        }
        assertThat(tokens.check(token, "newsletter|de").check()).isEqualTo(Check.INVALID);
        assertThat(tokens.check(token, null).check()).isEqualTo(Check.INVALID);
    }
}
