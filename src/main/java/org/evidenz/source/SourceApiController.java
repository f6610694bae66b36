package org.evidenz.source;

import org.evidenz.site.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/sources/{id}}: a source's structured fields and its Vancouver citation. */
@RestController
class SourceApiController {

    private final Sources sources;
    private final Bibliography bibliography;

    SourceApiController(Sources sources, Bibliography bibliography) {
        this.sources = sources;
        this.bibliography = bibliography;
    }

    @GetMapping("/api/v1/sources/{id}")
    SourceJson source(@PathVariable String id) {
        return sources.findById(id).map(s -> SourceJson.of(bibliography.single(s)))
                .orElseThrow(() -> new NotFoundException("No source with id '" + id + "'."));
    }
}
