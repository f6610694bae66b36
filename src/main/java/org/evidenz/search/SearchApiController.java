package org.evidenz.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.evidenz.shared.Language;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/search} for partners and {@code /api/v1/search/suggest} for suggestions while typing. */
@RestController
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    ResultsJson search(@RequestParam String q, @RequestParam Language lang,
            @RequestParam(required = false) String type, @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "1") int page) {
        SearchType wanted = type == null ? null : SearchType.fromCode(type).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "The parameter 'type' has a value that "
                        + "is not allowed: '" + type + "'. Use one of " + Arrays.stream(SearchType.values())
                        .map(SearchType::code).collect(Collectors.joining(", ")) + "."));
        SearchResults results = search.search(lang, new SearchRequest(q, wanted, topic, page));
        return new ResultsJson(results.request().text(), results.total(), results.request().page(), results.pages(),
                results.didYouMean(), results.countsByType().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue)),
                results.hits().stream().map(h -> new HitJson(h.id(), h.type().code(), h.title(), h.url(),
                        h.snippetHtml(), h.context(), h.score())).toList());
    }

    @GetMapping("/api/v1/search/suggest")
    List<SuggestionJson> suggest(@RequestParam String q, @RequestParam Language lang,
            @RequestParam(defaultValue = "8") int limit) {
        return search.suggest(lang, q, limit).stream()
                .map(s -> new SuggestionJson(s.text(), s.title(), s.url(), s.type().code())).toList();
    }

    /** {@code snippet} is HTML: escaped text with the matched words in {@code <mark>}. */
    record ResultsJson(String query, long total, int page, int pages, String didYouMean, Map<String, Long> counts,
            List<HitJson> results) {
    }

    record HitJson(String id, String type, String title, String url, String snippet, String context, float score) {
    }

    record SuggestionJson(String text, String title, String url, String type) {
    }
}
