package org.evidenz.interop.fhir;

import java.util.List;

import org.evidenz.source.Author;
import org.evidenz.source.CitationFormatter;
import org.evidenz.source.Source;
import org.hl7.fhir.r5.model.Citation;
import org.hl7.fhir.r5.model.Citation.CitationCitedArtifactComponent;
import org.hl7.fhir.r5.model.Citation.CitationCitedArtifactPublicationFormComponent;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Reference;
import org.springframework.stereotype.Component;

/**
 * One Citation per source that a published article relies on: the cited work's identifiers (DOI, PMID), title,
 * authors in order ({@code complete=false} when the list ends "et al."), where it was published, and its Vancouver
 * citation as the summary. Sources are the same in every language, and so are their Citations.
 */
@Component
class CitationResources {

    static final String DOI = "https://doi.org";
    static final String PMID = "https://pubmed.ncbi.nlm.nih.gov";
    private static final String SUMMARY_STYLE = "http://hl7.org/fhir/citation-summary-style";
    private static final String URL_CLASSIFIER = "http://hl7.org/fhir/artifact-url-classifier";

    private final FhirAddresses addresses;
    private final CitationFormatter formatter;

    CitationResources(FhirAddresses addresses, CitationFormatter formatter) {
        this.addresses = addresses;
        this.formatter = formatter;
    }

    /** The Citation's id: the source's own id, e.g. {@code chou-2017}. */
    static String id(String sourceId) {
        return sourceId;
    }

    Citation of(Source source) {
        String vancouver = formatter.format(source);
        Citation citation = new Citation();
        citation.setId(id(source.id()));
        citation.setUrl(addresses.canonical("Citation", id(source.id())));
        citation.addIdentifier().setSystem(addresses.identifierSystem("source")).setValue(source.id());
        citation.setTitle(source.title());
        citation.setStatus(PublicationStatus.ACTIVE);
        citation.setPublisher("Evidenz");
        citation.addSummary().setStyle(new CodeableConcept(new Coding(SUMMARY_STYLE, "vancouver", "Vancouver style")))
                .setText(vancouver);
        citation.setCitedArtifact(citedArtifact(source));
        Narratives.set(citation, source.title(), vancouver);
        return citation;
    }

    private CitationCitedArtifactComponent citedArtifact(Source source) {
        CitationCitedArtifactComponent artifact = new CitationCitedArtifactComponent();
        if (source.doi() != null) {
            artifact.addIdentifier().setSystem(DOI).setValue(source.doi());
        }
        if (source.pmid() != null) {
            artifact.addIdentifier().setSystem(PMID).setValue(source.pmid());
        }
        artifact.addTitle().setText(source.title());
        CitationCitedArtifactPublicationFormComponent form = artifact.addPublicationForm();
        if (source.containerTitle() != null || source.publisher() != null || source.collectionTitle() != null) {
            var publishedIn = form.getPublishedIn();
            publishedIn.setTitle(source.containerTitle() != null ? source.containerTitle()
                    : source.collectionTitle());
            if (source.publisher() != null) {
                publishedIn.setPublisher(new Reference().setDisplay(source.publisher()));
            }
            publishedIn.setPublisherLocation(source.publisherPlace());
        }
        form.setVolume(source.volume());
        form.setIssue(source.issue());
        form.setArticleDateElement(new DateTimeType(Integer.toString(source.year())));
        if (source.pages() != null) {
            form.setPageString(source.pages());
            String[] range = source.pages().split("-", 2);
            form.setFirstPage(range[0].strip());
            if (range.length == 2) {
                form.setLastPage(range[1].strip());
            }
        } else if (source.articleNumber() != null) {
            // An electronic location (Cochrane's CD number, BMJ's e-number) stands where pages would.
            form.setPageString(source.articleNumber());
        }
        if (source.doi() != null) {
            artifact.addWebLocation().addClassifier(new CodeableConcept(new Coding(URL_CLASSIFIER, "doi-based",
                    "DOI Based"))).setUrl("https://doi.org/" + source.doi());
        }
        if (source.pmid() != null) {
            artifact.addWebLocation().addClassifier(new CodeableConcept(new Coding(URL_CLASSIFIER, "abstract",
                    "Abstract"))).setUrl("https://pubmed.ncbi.nlm.nih.gov/" + source.pmid() + "/");
        }
        if (source.url() != null) {
            artifact.addWebLocation().addClassifier(new CodeableConcept(new Coding(URL_CLASSIFIER, "webpage",
                    "Webpage"))).setUrl(source.url());
        }
        List<Author> authors = source.authors();
        if (!authors.isEmpty()) {
            var contributorship = artifact.getContributorship();
            contributorship.setComplete(!source.moreAuthors());
            for (int i = 0; i < authors.size(); i++) {
                Author author = authors.get(i);
                var entry = contributorship.addEntry();
                entry.setContributor(new Reference().setDisplay(author.isOrganisation() ? author.literal()
                        : author.family() + (author.given() == null ? "" : " " + author.given())));
                if (!author.isOrganisation() && author.given() != null) {
                    entry.setForenameInitials(author.given());
                }
                entry.setRankingOrder(i + 1);
            }
        }
        return artifact;
    }
}
