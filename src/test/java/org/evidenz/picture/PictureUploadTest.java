package org.evidenz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.shared.Language;
import org.evidenz.shared.Paging;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import nu.validator.client.EmbeddedValidator;

/**
 * An author uploads pictures over HTTP as the browser sends them: checked by content and by the size the header
 * declares, stored anew in a few widths without metadata, served at addresses that never change meaning; what is
 * refused says why, keeps the form as typed and stores nothing.
 */
@EditorialTest
class PictureUploadTest {

    private static final String LIBRARY = "/editor/pictures";

    @LocalServerPort
    int port;
    @Autowired
    Editorial editorial;
    @Autowired
    Pictures pictures;
    @Autowired
    AuditLog audit;

    private EditorClient client;
    private String email;

    @BeforeEach
    void signIn() {
        email = editorial.user("picture-author", Role.AUTHOR).email();
        client = new EditorClient(port).signedInAs(email);
        client.page(LIBRARY);
    }

    @Test
    void aJpegFromAPhoneIsStoredInThreeWidthsWithoutItsExifAndGpsAndServedForAYear() throws Exception {
        byte[] upload = TestPictures.jpegWithGps(2000, 1000);
        assertThat(TestPictures.contains(upload, "Exif")).as("the upload carries EXIF").isTrue();
        HttpResponse<String> response = upload("phone-photo", upload, "photo.jpg");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(LIBRARY + "/phone-photo"));

        Picture picture = pictures.find("phone-photo").orElseThrow();
        assertThat(picture.files()).extracting(PictureFile::width).containsExactly(480, 960, 1600);
        assertThat(picture.files()).extracting(PictureFile::height).containsExactly(240, 480, 800);
        assertThat(picture.text(Language.DE).alt()).isEqualTo("Ein Foto");
        for (PictureFile file : picture.files()) {
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + file.url())).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(served.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                    .contains("max-age=31536000").contains("immutable"));
            assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            byte[] bytes = served.body();
            assertThat(file.name()).matches("phone-photo-\\d+-[0-9a-f]{16}\\.jpg");
            assertThat(TestPictures.contains(bytes, "Exif")).as(file.name()).isFalse();
            assertThat(TestPictures.contains(bytes, "MM\0*")).as(file.name() + ": no TIFF header").isFalse();
            assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(file.width());
        }
        assertThat(audit.find(new AuditFilter(email, "PICTURE_UPLOADED", null, null, null, null),
                new Paging(1, 10, 10))).singleElement()
                .satisfies(entry -> assertThat(entry.details()).startsWith("phone-photo: 1600 × 800 px"));
    }

    @Test
    void aSmallPngIsKeptAsPngAndNeverEnlarged() {
        assertThat(upload("small-drawing", TestPictures.png(300, 200), "drawing.png").statusCode()).isEqualTo(302);
        Picture picture = pictures.find("small-drawing").orElseThrow();
        assertThat(picture.files()).singleElement().satisfies(file -> {
            assertThat(file.width()).isEqualTo(300);
            assertThat(file.mediaType()).isEqualTo("image/png");
        });
        assertThat(picture.srcset()).matches("/pictures/small-drawing-300-[0-9a-f]{16}\\.png 300w");
    }

    @Test
    void aWebpIsReadAndStoredAsAFormatEveryBrowserShows() {
        assertThat(upload("webp-picture", TestPictures.webp(), "picture.webp").statusCode()).isEqualTo(302);
        assertThat(pictures.find("webp-picture").orElseThrow().files()).singleElement()
                .satisfies(file -> assertThat(file.width()).isEqualTo(1));
    }

    @Test
    void aTextFileNamedLikeAPictureIsRefusedAndTheFormKeepsWhatWasTyped() {
        long before = pictures.count();
        HttpResponse<String> response = upload("renamed-text",
                "<svg onload=alert(1)>not a picture</svg>".getBytes(StandardCharsets.UTF_8), "photo.jpg");
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.text()).contains("This file is not a JPEG, PNG or WebP picture (judged by its content");
        assertThat(page.selectFirst("input#id").val()).isEqualTo("renamed-text");
        assertThat(page.selectFirst("textarea#alt-de").text()).isEqualTo("Ein Foto");
        assertThat(page.selectFirst("input#licence").val()).isEqualTo("CC BY 4.0");
        assertThat(pictures.count()).isEqualTo(before);
    }

    @Test
    void aSmallFileDeclaringFiftyThousandPixelsSquareIsRefusedWithoutDecodingIt() {
        long before = pictures.count();
        byte[] bomb = TestPictures.pngDeclaring(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);
        long started = System.nanoTime();
        HttpResponse<String> response = upload("bomb", bomb, "bomb.png");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).text()).contains("50000 × 50000 pixels, more than 40 million");
        assertThat(pictures.count()).isEqualTo(before);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithoutAStackTrace() {
        long before = pictures.count();
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestPictures.png(10, 10), 0, huge, 0, TestPictures.png(10, 10).length);
        HttpResponse<String> response = upload("huge", huge, "huge.png");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("What you sent is too large");
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(pictures.count()).isEqualTo(before);
    }

    @Test
    void aPictureWithoutAnyAltTextIsRefusedUnlessItIsDecorativeAndOneWithoutAnEnglishOneIsMarkedSo() {
        HttpResponse<String> refused = client.postBytes(LIBRARY, List.of("id", "no-alt", "alt-de", " ",
                "credit", "Evidenz", "licence", "own work"), "file", "p.png", TestPictures.png(50, 50));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).text()).contains("Say what the picture shows (alt text), at least in "
                + "one language, or mark it as decorative.");
        assertThat(pictures.find("no-alt")).isEmpty();

        HttpResponse<String> decorative = client.postBytes(LIBRARY, List.of("id", "ornament", "decorative", "true",
                "credit", "Evidenz", "licence", "own work"), "file", "p.png", TestPictures.png(50, 50));
        assertThat(decorative.statusCode()).isEqualTo(302);
        assertThat(pictures.find("ornament").orElseThrow().undescribedIn()).isEmpty();

        HttpResponse<String> germanOnly = client.postBytes(LIBRARY, List.of("id", "german-only", "alt-de",
                "Eine Zeichnung", "credit", "Evidenz", "licence", "own work"), "file", "p.png",
                TestPictures.png(50, 50));
        assertThat(germanOnly.statusCode()).isEqualTo(302);
        assertThat(pictures.find("german-only").orElseThrow().undescribedIn()).containsExactly(Language.EN);
        assertThat(client.page(LIBRARY).select("tr:has(a[href$=/german-only]) td").text())
                .contains("no alt text in en");
    }

    @Test
    void changingWhatIsSaidAboutAPictureIsAuditedAndARefusedChangeKeepsTheForm() {
        upload("to-change", TestPictures.png(100, 100), "p.png");
        HttpResponse<String> refused = client.post(LIBRARY + "/to-change", List.of("alt-de", "Neu", "alt-en", "New",
                "caption-en", "A caption", "credit", "", "licence", "CC BY 4.0"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).selectFirst("textarea#caption-en").text()).isEqualTo("A caption");
        assertThat(pictures.find("to-change").orElseThrow().credit()).isEqualTo("Evidenz");

        HttpResponse<String> saved = client.post(LIBRARY + "/to-change", List.of("alt-de", "Neu", "alt-en", "New",
                "caption-en", "A caption", "credit", "Someone", "licence", "CC BY 4.0"));
        assertThat(saved.statusCode()).isEqualTo(302);
        Picture changed = pictures.find("to-change").orElseThrow();
        assertThat(changed.credit()).isEqualTo("Someone");
        assertThat(changed.text(Language.EN)).isEqualTo(new PictureText("New", "A caption"));
        assertThat(audit.count(new AuditFilter(email, "PICTURE_CHANGED", null, null, null, null))).isEqualTo(1);
    }

    @Test
    void anIdInUseIsRefused() {
        upload("taken", TestPictures.png(20, 20), "p.png");
        HttpResponse<String> again = upload("taken", TestPictures.png(30, 30), "q.png");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(again.body()).text()).contains("There is a picture with the id taken already");
        assertThat(pictures.find("taken").orElseThrow().width()).isEqualTo(20);
    }

    @Test
    void withoutTheCsrfTokenOrTheRoleAuthorNothingIsUploaded() {
        long before = pictures.count();
        assertThat(client.postWithoutToken(LIBRARY, List.of("id", "forged")).statusCode()).isEqualTo(403);
        EditorClient publisher = new EditorClient(port).signedInAs(editorial.user("picture-publisher",
                Role.PUBLISHER).email());
        publisher.page(LIBRARY);
        assertThat(publisher.postBytes(LIBRARY, fields("by-publisher"), "file", "p.png", TestPictures.png(20, 20))
                .statusCode()).isEqualTo(403);
        assertThat(pictures.count()).isEqualTo(before);
    }

    @Test
    void theLibraryAndAPictureScreenAreValidHtml() throws Exception {
        upload("for-validation", TestPictures.png(600, 400), "p.png");
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        for (String path : List.of(LIBRARY, LIBRARY + "/for-validation")) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String report = validator.validate(new ByteArrayInputStream(response.body()
                    .getBytes(StandardCharsets.UTF_8)));
            JsonPath.<List<Map<String, Object>>>read(report, "$.messages[*]").stream()
                    .filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType")))
                    .map(m -> path + " line " + m.get("lastLine") + ": " + m.get("message")).forEach(problems::add);
        }
        assertThat(problems).isEmpty();
        assertThat(client.page(LIBRARY).select("a[href=/editor/pictures/for-validation]")).hasSize(1);
    }

    private HttpResponse<String> upload(String id, byte[] bytes, String fileName) {
        return client.postBytes(LIBRARY, fields(id), "file", fileName, bytes);
    }

    private static List<String> fields(String id) {
        return List.of("id", id, "alt-de", "Ein Foto", "alt-en", "A photo", "credit", "Evidenz",
                "licence", "CC BY 4.0");
    }
}
