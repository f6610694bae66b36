package org.evidenz.editorial.authoring;

import static org.evidenz.editorial.authoring.FieldSpec.checkbox;
import static org.evidenz.editorial.authoring.FieldSpec.choice;
import static org.evidenz.editorial.authoring.FieldSpec.group;
import static org.evidenz.editorial.authoring.FieldSpec.lines;
import static org.evidenz.editorial.authoring.FieldSpec.markdown;
import static org.evidenz.editorial.authoring.FieldSpec.number;
import static org.evidenz.editorial.authoring.FieldSpec.text;
import static org.evidenz.editorial.authoring.FieldSpec.textarea;

import java.util.List;

import org.evidenz.article.ArticleStatus;
import org.evidenz.article.Layer;
import org.evidenz.bundle.ItemKind;
import org.evidenz.condition.CodeSystem;
import org.evidenz.evidence.Certainty;
import org.evidenz.evidence.EffectDuration;
import org.evidenz.evidence.EffectSize;
import org.evidenz.evidence.FindingDirection;
import org.evidenz.evidence.Phase;
import org.evidenz.evidence.RecommendationDirection;
import org.evidenz.evidence.RecommendationStrength;
import org.evidenz.source.SourceType;
import org.evidenz.treatment.CoverageExtent;
import org.evidenz.treatment.CoverageStatus;
import org.evidenz.treatment.HarmFrequency;
import org.evidenz.treatment.Plausibility;
import org.evidenz.treatment.Seriousness;
import org.evidenz.treatment.TreatmentKind;

/**
 * The fields of the editor form of each kind of item: the bundle format's fields (docs/content-bundles.md), with
 * labels and hints. Validation is not here: a submitted form is turned into the bundle format and checked by the
 * bundle readers, so the editor and an import accept exactly the same content.
 */
final class ItemSchemas {

    private static final String ONE_PER_LINE = "One per line.";
    private static final String SOURCE_IDS = "Source ids, one per line (e.g. chou-2017).";
    private static final String ID = "Lower-case letters, digits and hyphens, e.g. %s. Other items refer to it by "
            + "this id; it cannot change later.";
    private static final String SLUG = "Lower-case letters, digits and hyphens: used in the web address.";
    private static final String PROSE = "Markdown. Cite with [@source-id]; glossary terms are linked automatically.";

    private ItemSchemas() {
    }

    static List<FieldSpec> of(ItemKind kind) {
        return switch (kind) {
            case SOURCE -> List.of(
                    text("id", "Id").required().hint(ID.formatted("chou-2017")),
                    choice("type", "Type", SourceType.class, SourceType::code).required(),
                    group("authors", "Authors",
                            text("family", "Family name"), text("given", "Initials of given names"),
                            text("literal", "Organisation (instead of a person's name)")),
                    checkbox("more-authors", "There are more authors than listed (et al.)"),
                    text("title", "Title").required(),
                    text("container-title", "Journal (abbreviated, e.g. Cochrane Database Syst Rev)"),
                    number("year", "Year").required(),
                    text("volume", "Volume"), text("issue", "Issue"), text("pages", "Pages"),
                    text("article-number", "Article number"),
                    text("doi", "DOI").hint("Only a DOI you have checked, e.g. 10.1002/14651858.CD001929.pub3."),
                    text("pmid", "PubMed id"), text("publisher", "Publisher"),
                    text("publisher-place", "Place of publication"), text("collection-title", "Series"),
                    text("collection-number", "Number in series"), text("report-number", "Report number"),
                    text("url", "Web address"), text("language", "Language (e.g. en, de)"),
                    text("note", "Note"));
            case CONDITION -> List.of(
                    text("id", "Id").required().hint(ID.formatted("nonspecific-low-back-pain")),
                    text("slug", "Address (slug)").required().hint(SLUG),
                    text("name", "Name").required(),
                    lines("lay-names", "Names readers use").hint(ONE_PER_LINE),
                    markdown("description", "Description").hint(PROSE),
                    group("codes", "Codes",
                            choice("system", "Code system", CodeSystem.class, CodeSystem::label).required(),
                            text("code", "Code").required(), text("display", "Display name"),
                            text("version", "Catalogue version").hint("ICD-10-GM: the catalogue year, e.g. 2026")));
            case TREATMENT -> List.of(
                    text("id", "Id").required().hint(ID.formatted("acupuncture")),
                    text("slug", "Address (slug)").required().hint(SLUG),
                    text("name", "Name").required(),
                    choice("kind", "Kind", TreatmentKind.class).required()
                            .hint("ACTIVE: the patient does it. PASSIVE: done to the patient."),
                    textarea("summary", "Summary (one sentence)").required(),
                    markdown("description", "What it is").required().hint(PROSE),
                    markdown("mechanism", "How it is claimed to work").hint(PROSE),
                    choice("plausibility", "Plausibility of the claimed mechanism", Plausibility.class).required()
                            .hint("NOT_ASSESSED when nobody has judged it."),
                    markdown("plausibility-note", "About the plausibility").hint(PROSE),
                    text("delivered-by", "Who delivers it"),
                    markdown("practitioner-note", "Note on practitioners").hint(PROSE),
                    lines("aliases", "Other names").hint(ONE_PER_LINE),
                    group("variants", "Variants",
                            text("id", "Id").required(), text("name", "Name").required(),
                            markdown("description", "Description")),
                    group("harms", "Harms",
                            text("id", "Id").required(), text("variant", "Only for variant (id)"),
                            text("name", "Name").required(), markdown("description", "What happens").required(),
                            choice("frequency", "How often", HarmFrequency.class).required(),
                            choice("seriousness", "How serious", Seriousness.class).required(),
                            lines("risk-groups", "Who is at risk").hint(ONE_PER_LINE),
                            markdown("precaution", "Precaution"),
                            lines("sources", "Sources").required().hint(SOURCE_IDS)));
            case COVERAGE -> List.of(
                    text("id", "Id").required().hint(ID.formatted("igel-passive-de")),
                    text("jurisdiction", "Country (ISO code, e.g. DE)").required(),
                    text("payer", "Payer").required(),
                    choice("status", "Status", CoverageStatus.class).required(),
                    choice("extent", "Applies to", CoverageExtent.class).required()
                            .hint("ALL: every listed treatment. MOST: most of them; the source does not say which."),
                    lines("treatments", "Treatments").required().hint("Treatment ids, one per line."),
                    markdown("note", "Note for readers").hint(PROSE),
                    lines("sources", "Sources").required().hint(SOURCE_IDS));
            case FINDING -> List.of(
                    text("id", "Id").required().hint(ID.formatted("acupuncture-chronic-pain")),
                    text("treatment", "Treatment (id)").required().refersTo(ItemKind.TREATMENT),
                    text("variant", "Variant (id), if the finding is about one"),
                    text("condition", "Condition (id)").required().refersTo(ItemKind.CONDITION),
                    choice("phase", "Phase", Phase.class).required(),
                    text("outcome", "Outcome (e.g. Pain)").required(),
                    text("comparator", "Compared with"),
                    choice("direction", "Direction", FindingDirection.class).required(),
                    choice("size", "Size of effect", EffectSize.class).required(),
                    choice("duration", "How long it lasted", EffectDuration.class).required(),
                    choice("certainty", "Certainty of the evidence", Certainty.class).required(),
                    text("study-base", "Study base"),
                    markdown("statement", "Statement for readers").required().hint(PROSE),
                    lines("sources", "Sources").required().hint(SOURCE_IDS));
            case GUIDELINE -> List.of(
                    text("id", "Id").required().hint(ID.formatted("nvl-low-back-pain")),
                    text("title", "Title").required(),
                    text("short-title", "Short title").required(), text("issuer", "Issued by").required(),
                    number("year", "Year").required(),
                    text("jurisdiction", "Country (ISO code, e.g. DE)").required(),
                    text("status-note", "Status (e.g. Under revision)"),
                    text("source", "Source (id)").required().refersTo(ItemKind.SOURCE),
                    group("recommendations", "Recommendations",
                            text("id", "Id").required(),
                            lines("treatments", "Treatments").required().hint("Treatment ids, one per line."),
                            text("condition", "Condition (id)").required().refersTo(ItemKind.CONDITION),
                            choice("direction", "Direction", RecommendationDirection.class).required()
                                    .hint("OPTIONAL: e.g. only as an add-on to active treatment."),
                            choice("strength", "Strength", RecommendationStrength.class).required(),
                            markdown("statement", "Statement for readers").required().hint(PROSE),
                            lines("sources", "Sources").required().hint(SOURCE_IDS)));
            case TERM -> List.of(
                    text("id", "Id").required().hint(ID.formatted("infection")),
                    text("slug", "Address (slug)").required().hint(SLUG),
                    text("term", "Term").required(),
                    lines("forms", "Forms linked in texts")
                            .hint("Every spelling and inflection to link, one per line. Empty: the term itself."),
                    markdown("definition", "Definition").required().hint(PROSE));
            case TOPIC -> List.of(
                    text("id", "Id").required().hint(ID.formatted("low-back-pain")),
                    text("slug", "Address (slug)").required().hint(SLUG),
                    text("title", "Title").required(), textarea("summary", "Summary").required(),
                    text("condition", "Condition (id)").refersTo(ItemKind.CONDITION));
            case PAGE -> List.of(
                    text("id", "Id").required().hint(ID.formatted("privacy") + " The same in every language; forms "
                            + "and articles link the pages methods, help, accessibility, privacy and imprint by id."),
                    text("slug", "Address (slug)").required().hint(SLUG + " Readers find it at /{lang}/about/{slug}."),
                    text("title", "Title").required(), textarea("summary", "Summary").required(),
                    markdown("body", "Text").required().hint(PROSE + " Mark what an operator must still write as "
                            + "[[to be filled in: what]]; the dashboard warns while a published page has one."));
            case ARTICLE -> List.of(
                    text("id", "Id").required().hint(ID.formatted("passive-treatments")),
                    text("topic", "Topic (id)").required().refersTo(ItemKind.TOPIC),
                    text("slug", "Address (slug)").required().hint(SLUG), text("title", "Title").required(),
                    textarea("summary", "Summary").required(),
                    choice("status", "Status", ArticleStatus.class).readOnly()
                            .hint("Set by the review workflow."),
                    text("updated", "Last updated").readOnly().hint("Set when an update is published."),
                    text("next-review", "Next review due").readOnly()
                            .hint("Set at publication from the review cycle."),
                    lines("treatments", "Treatments, in the order of the article")
                            .hint("Treatment ids, one per line. The blocks in the sections show these."),
                    lines("further-sources", "Further sources (consulted, not cited)").hint(SOURCE_IDS),
                    text("lead-image", "Lead image").hint("The id of a picture in Pictures, shown at the top; "
                            + "it needs an alt text in the article's language (or to be decorative)."),
                    group("sections", "Sections",
                            text("title", "Heading").required(),
                            text("anchor", "Anchor").required()
                                    .hint("Lower-case letters, digits and hyphens, e.g. in-short; the #link."),
                            choice("layer", "Layer", Layer.class, Layer::code).required(),
                            markdown("body", "Text").required().hint(PROSE + " Blocks: {{comparison-table}}, "
                                    + "{{treatment-cards}}, {{active-treatments}}, {{recommendations}}, "
                                    + "{{coverage}}. Headings inside a section start with ###.")).required()
                            .hint("At least one. Readers see them in this order."));
        };
    }
}
