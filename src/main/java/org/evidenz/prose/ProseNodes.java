package org.evidenz.prose;

import java.util.List;

import org.commonmark.node.CustomNode;

/** The inline nodes Evidenz adds to a CommonMark tree. */
final class ProseNodes {

    private ProseNodes() {
    }

    /** A citation of one or more sources, already numbered. */
    static final class Citation extends CustomNode {

        final String html;

        Citation(String html) {
            this.html = html;
        }
    }

    /** A glossary term at its first occurrence on the page. */
    static final class GlossaryTerm extends CustomNode {

        final TermLink term;
        final String text;

        GlossaryTerm(TermLink term, String text) {
            this.term = term;
            this.text = text;
        }
    }

    /** A picture from the library, alone in its paragraph. */
    static final class Figure extends org.commonmark.node.CustomBlock {

        final ProseFigure figure;

        Figure(ProseFigure figure) {
            this.figure = figure;
        }
    }

    static List<Class<? extends org.commonmark.node.Node>> types() {
        return List.of(Citation.class, GlossaryTerm.class, Figure.class);
    }
}
