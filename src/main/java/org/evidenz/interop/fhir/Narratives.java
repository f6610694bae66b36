package org.evidenz.interop.fhir;

import org.hl7.fhir.r5.model.DomainResource;
import org.hl7.fhir.r5.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A short human-readable narrative for every resource (FHIR expects one, dom-6): its title and what it says, built
 * as XHTML nodes so that every text is escaped.
 */
final class Narratives {

    private Narratives() {
    }

    /**
     * A statement's Markdown without our citation markers ({@code [@chou-2017]}): FHIR readers do not know them, and
     * the resource names its sources as Citations instead.
     */
    static String markdown(String statement) {
        return statement.replaceAll("\\s*\\[@[a-z0-9-]+(?:\\s*;\\s*@[a-z0-9-]+)*]", "").strip();
    }

    static void set(DomainResource resource, String title, String text) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        if (resource.hasLanguage()) {
            // Screen readers and translators need the language on the XHTML itself (lang and xml:lang).
            div.setAttribute("lang", resource.getLanguage());
            div.setAttribute("xml:lang", resource.getLanguage());
        }
        div.addTag("p").addTag("b").addText(title);
        if (text != null && !text.isBlank()) {
            div.addTag("p").addText(text);
        }
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDiv(div);
        resource.setText(narrative);
    }
}
