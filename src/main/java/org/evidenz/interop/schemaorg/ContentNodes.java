package org.evidenz.interop.schemaorg;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.ReviewFacts;
import org.evidenz.article.Topic;
import org.evidenz.condition.CodeSystem;
import org.evidenz.condition.Condition;
import org.evidenz.condition.ConditionCode;
import org.evidenz.glossary.Term;
import org.evidenz.picture.Picture;
import org.evidenz.picture.PictureText;
import org.evidenz.shared.Language;
import org.evidenz.site.Crumb;
import org.evidenz.site.PageSubject;
import org.evidenz.source.Author;
import org.evidenz.source.Source;
import org.evidenz.source.SourceType;
import org.evidenz.treatment.Treatment;

/**
 * Our content as schema.org nodes. Each node's {@code @id} is the address of the page that shows the thing plus a
 * fragment naming it, so the same condition or therapy has the same id on every page that mentions it.
 */
final class ContentNodes {

    private final PageSubject page;

    ContentNodes(PageSubject page) {
        this.page = page;
    }

    /** The page itself: {@code WebPage} or one of its subtypes, with the site's name as its publisher. */
    Node webPage(String type) {
        return Node.of(type, page.url() + "#webpage")
                .put("url", page.url())
                .put("name", page.name())
                .put("description", page.description())
                .put("inLanguage", page.language().code())
                .put("isPartOf", Node.ref(websiteId()))
                .put("publisher", Node.ref(publisherId()))
                .put("breadcrumb", page.trail().isEmpty() ? null : Node.ref(breadcrumbId()));
    }

    /** For pages written for patients: every page about a condition or a treatment. */
    Node patients() {
        return Node.of("MedicalAudience").put("audienceType", "Patient");
    }

    /** What is known of a review: its date, and who did it; we record no reviewer's name, so it is the publisher. */
    void review(Node webPage, Article article, ReviewFacts review) {
        webPage.put("dateModified", article.updated().toString())
                .put("lastReviewed", review.lastReviewed(article.updated()).toString())
                .put("reviewedBy", Node.ref(publisherId()));
    }

    Node condition(Condition condition, Topic topic) {
        List<Node> codes = condition.codes().stream().map(ContentNodes::code).toList();
        return Node.of("MedicalCondition", page.siteUrl() + "/" + topic.language().code() + "/" + topic.slug()
                + "#condition")
                .put("name", condition.name())
                .put("alternateName", condition.layNames())
                .nodes("code", codes);
    }

    private static Node code(ConditionCode code) {
        return Node.of("MedicalCode")
                .put("codeValue", code.code())
                .put("codingSystem", code.system() == CodeSystem.SNOMED_CT ? "SNOMED CT" : code.system().label())
                .put("name", code.display());
    }

    /** A picture as the page shows it: its largest file, caption, credit, and licence where it names one by URL. */
    Node image(Picture picture, Language language) {
        PictureText text = picture.text(language);
        return Node.of("ImageObject")
                .put("contentUrl", page.siteUrl() + picture.largest().url())
                .put("width", picture.width())
                .put("height", picture.height())
                .put("caption", text.caption().isEmpty() ? null : text.caption())
                .put("description", text.alt().isEmpty() ? null : text.alt())
                .put("creditText", picture.credit())
                .put("license", licenceUrl(picture.licence()));
    }

    /** A Creative Commons licence by its short name (CC BY 4.0, CC BY-SA 4.0, ...), or a licence given as a URL. */
    private static String licenceUrl(String licence) {
        java.util.regex.Matcher cc = java.util.regex.Pattern.compile("CC (BY(?:-NC)?(?:-SA|-ND)?) (4\\.0)")
                .matcher(licence.strip());
        if (cc.matches()) {
            return "https://creativecommons.org/licenses/" + cc.group(1).toLowerCase(java.util.Locale.ROOT) + "/"
                    + cc.group(2) + "/";
        }
        return licence.matches("https?://\\S+") ? licence : null;
    }

    Node therapy(Treatment treatment) {
        String url = page.siteUrl() + "/" + treatment.language().code() + "/treatments/" + treatment.slug();
        return Node.of("MedicalTherapy", url + "#therapy")
                .put("name", treatment.name())
                .put("description", treatment.summary())
                .put("url", url);
    }

    /** A source as its own page shows it: title, authors, year, and where to read it. */
    Node work(Source source) {
        String url = page.siteUrl() + "/" + page.language().code() + "/sources/" + source.id();
        return Node.of(source.type() == SourceType.ARTICLE_JOURNAL ? "ScholarlyArticle" : "CreativeWork",
                url + "#work")
                .put("name", source.title())
                .put("author", source.authors().stream().map(ContentNodes::author).toList())
                .put("datePublished", String.valueOf(source.year()))
                .put("inLanguage", source.languageCode())
                .put("sameAs", source.link())
                .put("url", url);
    }

    private static Object author(Author author) {
        return author.isOrganisation() ? Node.of("Organization").put("name", author.literal()).json()
                : Node.of("Person").put("familyName", author.family()).put("givenName", author.given())
                        .put("name", author.family() + " " + author.given()).json();
    }

    /** A glossary term; {@code definition} as plain text, as the glossary and the term's page show it. */
    Node term(Term term, String definition, String termSetId) {
        String url = page.siteUrl() + "/" + term.language().code() + "/glossary/" + term.slug();
        return Node.of("DefinedTerm", url + "#term")
                .put("name", term.term())
                .put("description", definition)
                .put("url", url)
                .put("inDefinedTermSet", Node.ref(termSetId));
    }

    String glossaryId() {
        return page.siteUrl() + "/" + page.language().code() + "/glossary#terms";
    }

    /** The breadcrumb trail exactly as the page shows it. */
    Node breadcrumbs() {
        List<Object> items = new ArrayList<>();
        List<Crumb> trail = page.trail();
        for (int i = 0; i < trail.size(); i++) {
            items.add(Node.of("ListItem").put("position", i + 1).put("name", trail.get(i).label())
                    .put("item", trail.get(i).href()).json());
        }
        return Node.of("BreadcrumbList", breadcrumbId()).put("itemListElement", items);
    }

    Node website() {
        return Node.of("WebSite", websiteId())
                .put("name", page.siteName())
                .put("url", page.siteUrl() + "/")
                .put("publisher", Node.ref(publisherId()));
    }

    Node publisher() {
        return Node.of("Organization", publisherId())
                .put("name", page.siteName())
                .put("url", page.siteUrl() + "/");
    }

    private String breadcrumbId() {
        return page.url() + "#breadcrumb";
    }

    private String websiteId() {
        return page.siteUrl() + "/#website";
    }

    private String publisherId() {
        return page.siteUrl() + "/#publisher";
    }
}
