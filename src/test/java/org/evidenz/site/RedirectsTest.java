package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.accounts.User;
import org.evidenz.shell.Role;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every redirect we send stays on our site whatever {@code Host} the request names: a cache or a proxy that passes a
 * forged {@code Host: evil.example} on must not turn our sign-in redirect into a link to somewhere else.
 */
@EditorialTest
class RedirectsTest {

    private static final String[] EVIL = {"Host", "evil.example"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Editorial editorial;
    @LocalServerPort
    int port;

    @Test
    void aForeignHostNeverEndsUpInARedirect() {
        RawHttp http = new RawHttp(port);
        User user = editorial.user("redirected", Role.AUTHOR);

        RawHttp.Response editor = http.get("/editor", EVIL);
        assertThat(editor.header("Location")).as("to the sign-in form").hasValue("/editor/login");
        String session = cookie(editor);
        assertThat(http.get("/de", EVIL).header("Location")).as("language start page").hasValue("/de/");
        assertThat(http.get("/", "Host", "evil.example", "Accept-Language", "de").header("Location"))
                .as("language redirect").hasValue("/de/");

        RawHttp.Response form = http.get("/editor/login", "Host", "evil.example", "Cookie", session);
        RawHttp.Response signedIn = http.postForm("/editor/login", "email=" + user.email().replace("@", "%40")
                + "&password=" + Editorial.PASSWORD.replace(' ', '+') + "&_csrf=" + csrf(form), "Host",
                "evil.example", "Cookie", session);
        assertThat(signedIn.header("Location")).as("after signing in").hasValueSatisfying(location -> assertThat(
                location).startsWith("/editor").doesNotContain("evil.example"));
        session = cookie(signedIn);

        assertThat(http.get("/editor/login", "Host", "evil.example", "Cookie", session).header("Location"))
                .as("sign-in form when signed in").hasValue("/editor");
        RawHttp.Response dashboard = http.get("/editor", "Host", "evil.example", "Cookie", session);
        assertThat(dashboard.status()).isEqualTo(200);
        String token = csrf(dashboard);
        assertThat(http.postForm("/editor/notifications/0/read", "_csrf=" + token, "Host", "evil.example", "Cookie",
                session).header("Location")).as("post/redirect/get").hasValue("/editor");
        assertThat(http.postForm("/editor/logout", "_csrf=" + token, "Host", "evil.example", "Cookie", session)
                .header("Location")).as("after signing out").hasValue("/editor/login?signed-out");
    }

    @Test
    void aFailedSignInAnswersWithTheFormAndNamesNoForeignHost() {
        RawHttp http = new RawHttp(port);
        RawHttp.Response form = http.get("/editor/login", EVIL);

        RawHttp.Response failed = http.postForm("/editor/login", "email=nobody%40test.evidenz.example"
                + "&password=wrong+password&_csrf=" + csrf(form), "Host", "evil.example", "Cookie", cookie(form));

        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.header("Location")).isEmpty();
        assertThat(failed.body()).contains("action=\"/editor/login\"").doesNotContain("evil.example");
    }

    private static String cookie(RawHttp.Response response) {
        return response.all("Set-Cookie").stream().filter(c -> c.startsWith("EVIDENZ_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers())).split(";")[0];
    }

    private static String csrf(RawHttp.Response page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }
}
