package org.evidenz.interop.lookup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.evidenz.site.SiteProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rometools.rome.feed.atom.Feed;

/**
 * HL7 Infobutton, URL-based, answered as MedlinePlus Connect answers it: {@code GET /infobutton?
 * mainSearchCriteria.v.cs=<OID>&mainSearchCriteria.v.c=<code>} finds our published pages on that diagnosis. A code
 * we have nothing for is an empty feed (200); a request we cannot read is a 400 problem that says which parameter.
 */
@RestController
class InfobuttonController {

    private final CoveredTopics topics;
    private final InfobuttonAnswer answer;
    private final SiteProperties site;

    InfobuttonController(CoveredTopics topics, InfobuttonAnswer answer, SiteProperties site) {
        this.topics = topics;
        this.answer = answer;
        this.site = site;
    }

    @GetMapping("/infobutton")
    ResponseEntity<?> lookUp(@RequestParam Map<String, String> parameters) {
        InfobuttonRequest request = InfobuttonRequest.of(parameters);
        Feed feed = answer.feed(request, topics.find(request.language(), List.of(request.requestedCode())));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(request.format())
                .cacheControl(CacheControl.maxAge(site.pageCacheSeconds(), TimeUnit.SECONDS).cachePublic());
        return request.wantsJson() ? ok.body(answer.json(feed)) : ok.body(answer.atom(feed));
    }
}
