package newsdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The structural rules of RFC 4287 (Atom 1.0) that a feed of ours can break, checked without a
 * schema: what is required, what may appear once, what must be an absolute IRI or an RFC 3339
 * time. Returns what is wrong, one sentence each; empty when the feed keeps the rules.
 */
final class AtomRules {
  static final String NS = "http://www.w3.org/2005/Atom";
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private AtomRules() {}

  static List<String> check(Document doc) {
    List<String> errors = new ArrayList<>();
    Element feed = doc.getDocumentElement();
    if (!NS.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
      errors.add("the root is not atom:feed");
      return errors;
    }
    List<Element> entries = children(feed, "entry");
    exactlyOne(errors, feed, "feed", "id", "title", "updated");
    atMostOne(errors, feed, "feed", "generator", "icon", "logo", "rights", "subtitle");
    iri(errors, feed, "feed");
    dates(errors, feed, "feed", "updated");
    textConstruct(errors, feed, "feed", "title", "subtitle", "rights");
    links(errors, feed, "feed");
    boolean feedAuthor = !children(feed, "author").isEmpty();
    authors(errors, feed, "feed");
    if (children(feed, "link").stream().noneMatch(l -> "self".equals(l.getAttribute("rel")))) {
      errors.add("feed: no link rel=\"self\" (SHOULD, 4.1.1)");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Element e = entries.get(i);
      String where = "entry " + (i + 1);
      exactlyOne(errors, e, where, "id", "title", "updated");
      atMostOne(errors, e, where, "content", "published", "rights", "source", "summary");
      iri(errors, e, where);
      dates(errors, e, where, "updated", "published");
      textConstruct(errors, e, where, "title", "summary", "rights");
      links(errors, e, where);
      authors(errors, e, where);
      if (!feedAuthor && children(e, "author").isEmpty()) {
        errors.add(where + ": no author, and the feed has none (4.1.2)");
      }
      List<Element> content = children(e, "content");
      boolean alternate = children(e, "link").stream()
          .anyMatch(l -> !l.hasAttribute("rel") || "alternate".equals(l.getAttribute("rel")));
      if (content.isEmpty() && !alternate) {
        errors.add(where + ": neither content nor a link rel=\"alternate\" (4.1.2)");
      }
      for (Element c : content) {
        if (c.hasAttribute("src") && children(e, "summary").isEmpty()) {
          errors.add(where + ": content by src needs a summary (4.1.2)");
        }
        String type = c.getAttribute("type");
        if ((type.isEmpty() || type.equals("text") || type.equals("html")) && hasElementChild(c)) {
          errors.add(where + ": content of type \"" + type + "\" holds elements; its HTML must be escaped text (4.1.3.3)");
        }
      }
      for (Element c : children(e, "category")) {
        if (c.getAttribute("term").isEmpty()) {
          errors.add(where + ": a category without term (4.2.2.1)");
        }
      }
      String id = text(children(e, "id"));
      if (!id.isEmpty() && !ids.add(id)) {
        errors.add(where + ": id " + id + " is used by another entry (4.2.6)");
      }
    }
    return errors;
  }

  private static void exactlyOne(List<String> errors, Element parent, String where, String... names) {
    for (String name : names) {
      int n = children(parent, name).size();
      if (n != 1) {
        errors.add(where + ": " + n + " atom:" + name + " elements, must be exactly one");
      }
    }
  }

  private static void atMostOne(List<String> errors, Element parent, String where, String... names) {
    for (String name : names) {
      if (children(parent, name).size() > 1) {
        errors.add(where + ": more than one atom:" + name);
      }
    }
  }

  private static void iri(List<String> errors, Element parent, String where) {
    for (Element id : children(parent, "id")) {
      if (!absolute(id.getTextContent().strip())) {
        errors.add(where + ": id \"" + id.getTextContent() + "\" is not an absolute IRI (4.2.6)");
      }
    }
  }

  private static void dates(List<String> errors, Element parent, String where, String... names) {
    for (String name : names) {
      for (Element d : children(parent, name)) {
        String t = d.getTextContent();
        boolean ok = DATE_TIME.matcher(t).matches();
        if (ok) {
          try {
            OffsetDateTime.parse(t);
          } catch (DateTimeParseException ex) {
            ok = false;
          }
        }
        if (!ok) {
          errors.add(where + ": " + name + " \"" + t + "\" is not an RFC 3339 date-time (3.3)");
        }
      }
    }
  }

  private static void textConstruct(List<String> errors, Element parent, String where, String... names) {
    for (String name : names) {
      for (Element t : children(parent, name)) {
        String type = t.getAttribute("type");
        if (!(type.isEmpty() || type.equals("text") || type.equals("html") || type.equals("xhtml"))) {
          errors.add(where + ": " + name + " has type \"" + type + "\" (3.1.1)");
        }
        if (!type.equals("xhtml") && hasElementChild(t)) {
          errors.add(where + ": " + name + " holds elements (3.1.1)");
        }
      }
    }
  }

  private static void links(List<String> errors, Element parent, String where) {
    Set<String> alternates = new HashSet<>();
    for (Element l : children(parent, "link")) {
      if (!l.hasAttribute("href")) {
        errors.add(where + ": a link without href (4.2.7.1)");
      } else if (!absolute(l.getAttribute("href"))) {
        errors.add(where + ": link href \"" + l.getAttribute("href") + "\" is relative and we set no xml:base");
      }
      String rel = l.hasAttribute("rel") ? l.getAttribute("rel") : "alternate";
      if (rel.equals("alternate") && !alternates.add(l.getAttribute("type") + " " + l.getAttribute("hreflang"))) {
        errors.add(where + ": two link rel=\"alternate\" of the same type and hreflang (4.1.1)");
      }
    }
  }

  private static void authors(List<String> errors, Element parent, String where) {
    for (Element a : children(parent, "author")) {
      if (children(a, "name").size() != 1) {
        errors.add(where + ": an author without exactly one name (3.2.1)");
      }
      for (Element uri : children(a, "uri")) {
        if (!absolute(uri.getTextContent().strip())) {
          errors.add(where + ": author uri is not an IRI (3.2.2)");
        }
      }
    }
  }

  private static boolean absolute(String iri) {
    try {
      return new URI(iri).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean hasElementChild(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(List<Element> elements) {
    return elements.isEmpty() ? "" : elements.get(0).getTextContent().strip();
  }
}
