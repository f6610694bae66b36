package org.evidenz.subscription.subscribers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.evidenz.shared.SymmetricKey;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.evidenz.subscription.SubscriptionProperties;
import org.evidenz.subscription.keys.SubscriptionKeys;
import org.springframework.stereotype.Component;

/**
 * The signed links in mails, and reading their tokens back. A token is {@code payload.signature}, both base64url,
 * the signature an HMAC-SHA256 of the payload. A confirmation token names the subscription, the nonce it was issued
 * with (so it works once) and when it expires; an unsubscribe token names only the subscription and never expires.
 */
@Component
public class MailLinks {

    /** What a link asks for, once its signature checked out. */
    public sealed interface Action {
    }

    public record Confirm(long subscriptionId, String nonce, Instant expires) implements Action {
    }

    public record Unsubscribe(long subscriptionId) implements Action {
    }

    private static final int MAX_TOKEN = 500;

    private final SymmetricKey key;
    private final SiteProperties site;
    private final PublicAddress address;
    private final SubscriptionProperties properties;
    private final Clock clock;

    MailLinks(SubscriptionKeys keys, SiteProperties site, SubscriptionProperties properties, Clock clock,
            PublicAddress address) {
        this.address = address;
        this.key = keys.links();
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /** The link in a confirmation mail; it expires after the confirmation window. */
    public String confirmUrl(Subscriptions.Subscription s) {
        return address.baseUrl() + "/" + s.language().code() + "/newsletter/confirm?token="
                + confirmToken(s.id(), s.confirmNonce());
    }

    /** The unsubscribe link at the foot of a mail and in its {@code List-Unsubscribe} header. */
    public String unsubscribeUrl(Subscriptions.Subscription s) {
        return address.baseUrl() + "/" + s.language().code() + "/newsletter/unsubscribe?token="
                + unsubscribeToken(s.id());
    }

    public String confirmToken(long subscriptionId, String nonce) {
        Instant expires = clock.instant().plus(properties.confirmWindow());
        return sign("c|" + subscriptionId + "|" + nonce + "|" + expires.getEpochSecond());
    }

    public String unsubscribeToken(long subscriptionId) {
        return sign("u|" + subscriptionId);
    }

    /** What the token asks for, or null when it is not one of ours (forged, altered, cut off). */
    public Action read(String token) {
        String payload = verify(token);
        if (payload == null) {
            return null;
        }
        String[] parts = payload.split("\\|");
        try {
            if (parts.length == 4 && parts[0].equals("c")) {
                return new Confirm(Long.parseLong(parts[1]), parts[2],
                        Instant.ofEpochSecond(Long.parseLong(parts[3])));
            }
            if (parts.length == 2 && parts[0].equals("u")) {
                return new Unsubscribe(Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private String sign(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(key.mac(payload));
    }

    /** The payload of a token this key signed, or null for anything else. */
    private String verify(String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return null;
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            String payload = new String(b64.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            return key.macMatches(payload, b64.decode(token.substring(dot + 1))) ? payload : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
