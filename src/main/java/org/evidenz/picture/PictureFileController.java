package org.evidenz.picture;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /pictures/<id>-<width>-<hash>.<ext>}: a stored file. Its name holds its content hash, so browsers and proxies
 * may keep it for a year without asking again; the type is the one we wrote, and browsers must not guess another.
 */
@RestController
class PictureFileController {

    static final String PATH = "/pictures/";

    private final Pictures pictures;

    PictureFileController(Pictures pictures) {
        this.pictures = pictures;
    }

    @GetMapping(PATH + "{name:[a-z0-9-]{1,180}\\.(?:jpg|png)}")
    ResponseEntity<byte[]> file(@PathVariable String name) {
        return pictures.file(name)
                .map(file -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .contentType(MediaType.parseMediaType(file.mediaType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
