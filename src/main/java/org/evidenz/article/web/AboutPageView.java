package org.evidenz.article.web;

import java.util.List;

import org.evidenz.article.AboutPage;
import org.evidenz.source.Reference;

/** A page about the site with its body rendered and the sources it cites, numbered as cited. */
public record AboutPageView(AboutPage page, String bodyHtml, List<Reference> references) {

    public AboutPageView {
        references = List.copyOf(references);
    }
}
