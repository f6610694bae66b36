package org.evidenz.interop.schemaorg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.glossary.Term;
import org.evidenz.picture.Pictures;
import org.evidenz.prose.ProseRenderer;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.site.PageSubject;
import org.evidenz.site.StructuredData;
import org.evidenz.source.Reference;
import org.springframework.stereotype.Component;

/**
 * The schema.org JSON-LD graph of every reader page: the page itself, what it is about, its breadcrumb trail, and
 * the site and its publisher. Content comes only through {@link PublishedArticles}, so a page of something
 * unpublished (which readers cannot reach anyway) gets no markup about it.
 */
@Component
class SchemaOrgPages implements StructuredData {

    private final PublishedArticles published;
    private final ProseRenderer prose;
    private final Pictures pictures;

    SchemaOrgPages(PublishedArticles published, ProseRenderer prose, Pictures pictures) {
        this.published = published;
        this.prose = prose;
        this.pictures = pictures;
    }

    @Override
    public Optional<String> jsonLd(PageSubject subject) {
        ContentNodes nodes = new ContentNodes(subject);
        List<Node> graph = new ArrayList<>();
        boolean described = switch (subject.kind()) {
            case HOME -> home(nodes, graph);
            case ARTICLE -> article(subject, nodes, graph);
            case TOPIC -> topic(subject, nodes, graph);
            case TREATMENT -> treatment(subject, nodes, graph);
            case GLOSSARY -> glossary(subject, nodes, graph);
            case GLOSSARY_TERM -> term(subject, nodes, graph);
            case SOURCE -> source(subject, nodes, graph);
            case TREATMENTS, SOURCES -> graph.add(nodes.webPage("CollectionPage"));
            case ABOUT -> graph.add(nodes.webPage("WebPage"));
            case OTHER -> !subject.trail().isEmpty() && graph.add(nodes.webPage("WebPage"));
        };
        if (!described) {
            return Optional.empty();
        }
        if (!subject.trail().isEmpty()) {
            graph.add(nodes.breadcrumbs());
        }
        graph.add(nodes.website());
        graph.add(nodes.publisher());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph.stream().map(Node::json).toList());
        return Optional.of(ScriptSafeJson.write(document));
    }

    private boolean home(ContentNodes nodes, List<Node> graph) {
        return graph.add(nodes.webPage("WebPage"));
    }

    private boolean article(PageSubject subject, ContentNodes nodes, List<Node> graph) {
        Optional<Article> found = published.article(subject.language(), subject.id());
        if (found.isEmpty()) {
            return false;
        }
        Article article = found.get();
        Topic topic = published.topicOf(article);
        Node page = nodes.webPage("MedicalWebPage").put("audience", nodes.patients());
        nodes.review(page, article, published.reviewFacts(article));
        published.conditionOf(topic).ifPresent(condition -> {
            Node about = nodes.condition(condition, topic);
            page.put("about", Node.ref(about.id()));
            graph.add(about);
        });
        List<Node> therapies = published.treatmentProfiles(article).stream()
                .map(profile -> nodes.therapy(profile.treatment())).toList();
        page.put("mentions", therapies.stream().map(t -> Node.ref(t.id())).toList());
        page.nodes("citation", published.references(article).stream().map(Reference::source).map(nodes::work)
                .toList());
        // The pictures the article shows in its language, as readers see them there: the lead image first.
        List<Node> images = java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(article.leadImageId()),
                        article.sections().stream().flatMap(section -> ProseSyntax.imageIds(section.body()).stream()))
                .distinct()
                .flatMap(id -> pictures.find(id).stream())
                .filter(picture -> picture.describedIn(article.language()))
                .map(picture -> nodes.image(picture, article.language())).toList();
        if (!images.isEmpty()) {
            page.nodes("image", images);
        }
        graph.addFirst(page);
        graph.addAll(therapies);
        return true;
    }

    private boolean topic(PageSubject subject, ContentNodes nodes, List<Node> graph) {
        Optional<Topic> found = published.topics(subject.language()).stream()
                .filter(t -> t.id().equals(subject.id())).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        Node page = nodes.webPage("MedicalWebPage").put("audience", nodes.patients());
        graph.add(page);
        published.conditionOf(found.get()).ifPresent(condition -> {
            Node about = nodes.condition(condition, found.get());
            page.put("about", Node.ref(about.id()));
            graph.add(about);
        });
        return true;
    }

    private boolean treatment(PageSubject subject, ContentNodes nodes, List<Node> graph) {
        return published.treatment(subject.language(), subject.id()).map(treatment -> {
            Node therapy = nodes.therapy(treatment);
            graph.add(nodes.webPage("MedicalWebPage").put("audience", nodes.patients())
                    .put("about", Node.ref(therapy.id())));
            return graph.add(therapy);
        }).orElse(false);
    }

    private boolean glossary(PageSubject subject, ContentNodes nodes, List<Node> graph) {
        List<Node> terms = published.glossary(subject.language()).stream()
                .map(term -> nodes.term(term, prose.plainText(term.definition()), nodes.glossaryId())).toList();
        Node set = Node.of("DefinedTermSet", nodes.glossaryId()).put("name", subject.name())
                .put("url", subject.url()).nodes("hasDefinedTerm", terms);
        graph.add(nodes.webPage("CollectionPage").put("mainEntity", Node.ref(set.id())));
        return graph.add(set);
    }

    private boolean term(PageSubject subject, ContentNodes nodes, List<Node> graph) {
        Optional<Term> found = published.glossaryTerm(subject.language(), subject.id());
        if (found.isEmpty()) {
            return false;
        }
        Node term = nodes.term(found.get(), prose.plainText(found.get().definition()), nodes.glossaryId());
        graph.add(nodes.webPage("WebPage").put("mainEntity", Node.ref(term.id())));
        return graph.add(term);
    }

    private boolean source(PageSubject subject, ContentNodes nodes, List<Node> graph) {
        return published.source(subject.id()).map(source -> {
            Node work = nodes.work(source);
            graph.add(nodes.webPage("WebPage").put("about", Node.ref(work.id())));
            return graph.add(work);
        }).orElse(false);
    }
}
