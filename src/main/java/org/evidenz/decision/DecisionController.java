package org.evidenz.decision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.prose.ProseContext;
import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.Page;
import org.evidenz.site.Pages;
import org.evidenz.source.Bibliography;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentProfile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The compare page ({@code GET …/compare?t=…}) and the appointment sheet ({@code POST …/appointment-sheet}) of a
 * published article. Nothing the reader chooses, answers or types is stored or logged: it arrives in the request,
 * is put on the page or the PDF and is gone. The sheet's answer may be kept by no cache ({@code no-store}).
 */
@Controller
class DecisionController {

    private static final String ARTICLE = "/{lang:" + Language.PATH_PATTERN + "}/{topic}/{article}";

    private final PublishedArticles published;
    private final Options options;
    private final Bibliography bibliography;
    private final Pages pages;
    private final SheetPdf pdf;
    private final Clock clock;

    DecisionController(PublishedArticles published, Options options, Bibliography bibliography, Pages pages,
            SheetPdf pdf, Clock clock) {
        this.published = published;
        this.options = options;
        this.bibliography = bibliography;
        this.pages = pages;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping(ARTICLE + "/compare")
    String compare(@PathVariable String lang, @PathVariable("topic") String topicSlug,
            @PathVariable("article") String articleSlug, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Language language = Language.of(lang);
        Decision decision = decide(language, topicSlug, articleSlug, values(request, "t"));
        if (!decision.choices().problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Messages messages = pages.messages(language);
        model.addAttribute("page", page(language, decision, messages.t("decision.compare.title"),
                decision.compareAddress(), other -> comparePathIn(other, decision)))
                .addAttribute("decision", decision)
                .addAttribute("problems", texts(decision.choices().problems(), messages));
        return "decision/compare";
    }

    @PostMapping(ARTICLE + "/appointment-sheet")
    Object sheet(@PathVariable String lang, @PathVariable("topic") String topicSlug,
            @PathVariable("article") String articleSlug, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        // What the reader typed is on this answer: no browser or proxy may keep it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Language language = Language.of(lang);
        Messages messages = pages.messages(language);
        Decision decision = decide(language, topicSlug, articleSlug, values(request, "t"));
        SheetForm form = SheetForm.read(name -> values(request, name));
        String format = Optional.ofNullable(request.getParameter("format")).orElse("print");
        List<Problem> problems = new java.util.ArrayList<>(decision.choices().problems());
        problems.addAll(form.problems());
        if (!decision.choices().comparable() && decision.choices().problems().isEmpty()) {
            problems.add(Problem.of("decision.problem.too-few", Choices.MIN));
        }
        if (!format.equals("pdf") && !format.equals("print")) {
            problems.add(Problem.of("decision.problem.format"));
        }
        Page page = page(language, decision, messages.t("decision.sheet.title"), decision.sheetPath(),
                other -> Optional.empty());
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", page).addAttribute("decision", decision)
                    .addAttribute("problems", texts(problems, messages));
            return "decision/sheet-problems";
        }
        Sheet sheet = sheet(decision, form, page);
        if (format.equals("pdf")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(messages.t("decision.sheet.file-name") + ".pdf", StandardCharsets.UTF_8)
                            .build().toString())
                    .body(pdf.render(page, sheet));
        }
        model.addAttribute("page", page).addAttribute("sheet", sheet);
        return "decision/sheet";
    }

    private Decision decide(Language language, String topicSlug, String articleSlug, List<String> values) {
        Topic topic = published.topic(language, topicSlug)
                .orElseThrow(() -> new NotFoundException("No published topic '" + topicSlug + "'."));
        Article article = published.article(language, topic, articleSlug)
                .orElseThrow(() -> new NotFoundException("No published article '" + articleSlug + "'."));
        List<TreatmentProfile> profiles = published.treatmentProfiles(article);
        List<Treatment> offered = profiles.stream().map(TreatmentProfile::treatment).toList();
        Choices choices = Choices.of(values, offered);
        String path = PublishedArticles.path(topic, article);
        if (!choices.comparable()) {
            return new Decision(topic, article, path, offered, choices, List.of(), List.of());
        }
        Map<String, TreatmentProfile> byId = profiles.stream()
                .collect(Collectors.toMap(p -> p.treatment().id(), Function.identity()));
        ProseContext context = new ProseContext(List.of(), pages.messages(language).t("citation.source"));
        List<Option> chosen = options.of(choices.chosen().stream().map(t -> byId.get(t.id())).toList(), context);
        return new Decision(topic, article, path, offered, choices, chosen,
                bibliography.numbered(context.citedSourceIds()));
    }

    private Sheet sheet(Decision decision, SheetForm form, Page page) {
        ProseContext context = new ProseContext(List.of(), "");
        List<Sheet.KeyFacts> facts = decision.options().stream().map(option -> {
            var row = option.keyFacts();
            return new Sheet.KeyFacts(option,
                    citation(context, row.headline().map(f -> f.sourceIds()).orElse(List.of())),
                    citation(context, row.harms().stream().flatMap(h -> h.sourceIds().stream()).toList()),
                    citation(context, row.recommendation().map(r -> r.recommendation().sourceIds()).orElse(List.of())),
                    citation(context, row.coverage().map(c -> c.sourceIds()).orElse(List.of())));
        }).toList();
        LocalDate today = LocalDate.now(clock);
        return new Sheet(decision, facts, form, bibliography.numbered(context.citedSourceIds()), today,
                page.absoluteUrl(decision.compareAddress()), decision.article().isReviewOverdue(today));
    }

    /** The source numbers as plain text, e.g. {@code [1, 2]}: the sheet is read on paper, where nothing links. */
    private static String citation(ProseContext context, List<String> sourceIds) {
        List<Integer> numbers = context.cite(sourceIds).stream().sorted().toList();
        return numbers.isEmpty() ? "" : numbers.stream().map(String::valueOf)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private Page page(Language language, Decision decision, String title, String path,
            Function<Language, Optional<String>> translations) {
        String articlePath = decision.articlePath();
        return pages.of(language)
                .title(title + ": " + decision.article().title())
                .description(decision.article().summary())
                .path(path)
                .translations(translations)
                .notIndexable()
                .crumbHome()
                .crumb(decision.topic().title(), PublishedArticles.path(decision.topic()))
                .crumb(decision.article().title(), articlePath)
                .crumb(title, null)
                .build();
    }

    /** The same comparison in another language: the article's translation, with the same treatments by their ids. */
    private Optional<String> comparePathIn(Language other, Decision decision) {
        return published.articles(other).stream().filter(a -> a.id().equals(decision.article().id())).findFirst()
                .map(translated -> {
                    Map<String, String> slugs = published.treatmentProfiles(translated).stream()
                            .map(TreatmentProfile::treatment)
                            .collect(Collectors.toMap(Treatment::id, Treatment::slug));
                    String query = decision.choices().chosen().stream().map(t -> slugs.get(t.id()))
                            .filter(s -> s != null).map(s -> "t=" + URLEncoder.encode(s, StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
                    String path = PublishedArticles.path(published.topicOf(translated), translated) + "/compare";
                    return query.isEmpty() ? path : path + "?" + query;
                });
    }

    private static List<String> texts(List<Problem> problems, Messages messages) {
        return problems.stream().map(p -> p.text(messages)).toList();
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
