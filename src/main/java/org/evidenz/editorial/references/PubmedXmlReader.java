package org.evidenz.editorial.references;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.evidenz.source.SourceType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * PubMed XML ({@code PubmedArticleSet}, as E-utilities' efetch and "Save as XML" give it), with the JDK's parser.
 * The file names PubMed's DTD on the web; it is never loaded, and no external entity is resolved (XXE): the reader
 * needs the elements only. citeproc-java has no reader for it.
 */
final class PubmedXmlReader {

    private PubmedXmlReader() {
    }

    static ReferenceReading read(String text) {
        Document document;
        try {
            document = builder().parse(new InputSource(new StringReader(text.strip())));
        } catch (SAXParseException e) {
            return refused("it is not well-formed XML (line " + e.getLineNumber() + ": " + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            return refused("it is not well-formed XML");
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("PubmedArticleSet")) {
            return refused("it is XML, but not PubMed's: its root element is <" + root.getTagName()
                    + ">, not <PubmedArticleSet>");
        }
        List<ReadReference> references = new ArrayList<>();
        List<EntryProblem> unreadable = new ArrayList<>();
        int number = 0;
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element) || element.getTagName().equals("DeleteCitation")) {
                continue;
            }
            number++;
            if (element.getTagName().equals("PubmedArticle")) {
                Element article = path(element, "MedlineCitation", "Article");
                if (article == null) {
                    unreadable.add(new EntryProblem(number, "", "the PubmedArticle has no MedlineCitation/Article"));
                } else {
                    references.add(article(number, element, article));
                }
            } else {
                unreadable.add(new EntryProblem(number, "", "<" + element.getTagName() + "> is not read (only "
                        + "journal articles, <PubmedArticle>); enter it in the source form instead"));
            }
        }
        if (number == 0) {
            unreadable.add(EntryProblem.file("the PubmedArticleSet holds no article"));
        }
        return new ReferenceReading(ReferenceFormat.PUBMED_XML, references, unreadable);
    }

    private static ReadReference article(int number, Element pubmedArticle, Element article) {
        SourceFields f = new SourceFields();
        f.type = SourceType.ARTICLE_JOURNAL;
        f.title = SourceFields.title(text(article, "ArticleTitle"));
        Element journal = path(article, "Journal");
        f.containerTitle = CslItems.first(text(journal, "ISOAbbreviation"),
                text(path(pubmedArticle, "MedlineCitation", "MedlineJournalInfo"), "MedlineTA"),
                text(journal, "Title"));
        Element issue = path(journal, "JournalIssue");
        f.volume = text(issue, "Volume");
        f.issue = text(issue, "Issue");
        Element date = path(issue, "PubDate");
        f.year = SourceFields.year(CslItems.first(text(date, "Year"), text(date, "MedlineDate")));
        Element pagination = path(article, "Pagination");
        String start = text(pagination, "StartPage");
        String end = text(pagination, "EndPage");
        f.pagesOrArticleNumber(start != null && end != null ? start + "-" + end
                : CslItems.first(text(pagination, "MedlinePgn"), start));
        for (Element location : children(article, "ELocationID")) {
            if ("doi".equals(location.getAttribute("EIdType"))) {
                f.doi = location.getTextContent();
            }
        }
        f.pmid = text(path(pubmedArticle, "MedlineCitation"), "PMID");
        for (Element id : children(path(pubmedArticle, "PubmedData", "ArticleIdList"), "ArticleId")) {
            if (f.doi == null && "doi".equals(id.getAttribute("IdType"))) {
                f.doi = id.getTextContent();
            }
            if (f.pmid == null && "pubmed".equals(id.getAttribute("IdType"))) {
                f.pmid = SourceFields.clean(id.getTextContent());
            }
        }
        Element authors = path(article, "AuthorList");
        for (Element author : children(authors, "Author")) {
            if (text(author, "CollectiveName") != null) {
                f.organisation(text(author, "CollectiveName"));
            } else {
                f.person(text(author, "LastName"), CslItems.first(text(author, "Initials"), text(author, "ForeName")));
            }
        }
        if (authors != null && "N".equals(authors.getAttribute("CompleteYN"))) {
            // PubMed's own mark for a shortened list: the citation ends it with "et al."
            f.moreAuthors = true;
        }
        f.language = text(article, "Language");
        return f.read(number, null);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety setting", e);
        }
    }

    private static ReferenceReading refused(String reason) {
        return new ReferenceReading(ReferenceFormat.PUBMED_XML, List.of(), List.of(EntryProblem.file(reason)));
    }

    private static Element path(Element from, String... names) {
        Element current = from;
        for (String name : names) {
            if (current == null) {
                return null;
            }
            List<Element> found = children(current, name);
            current = found.isEmpty() ? null : found.getFirst();
        }
        return current;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element child = path(parent, name);
        return child == null ? null : SourceFields.clean(child.getTextContent());
    }
}
