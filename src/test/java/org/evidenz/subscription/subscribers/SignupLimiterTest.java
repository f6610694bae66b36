package org.evidenz.subscription.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which client a sign-up counts for. */
class SignupLimiterTest {

    @Test
    void anIpv6ClientCountsAsItsWholeSlash64SoChangingAddressesDoesNotGetItMoreSignups() {
        assertThat(SignupLimiter.client("2001:db8:1:2:aaaa::1")).isEqualTo(SignupLimiter.client("2001:db8:1:2:ffff:1:2:3"))
                .isEqualTo("20010db800010002::/64");
        assertThat(SignupLimiter.client("2001:db8:1:3::1")).isNotEqualTo(SignupLimiter.client("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4ClientCountsAsItsAddressAlsoWhenWrittenAsIpv6() {
        assertThat(SignupLimiter.client("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SignupLimiter.client("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SignupLimiter.client("192.0.2.8")).isNotEqualTo("192.0.2.7");
    }
}
