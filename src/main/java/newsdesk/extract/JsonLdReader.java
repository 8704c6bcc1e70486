package newsdesk.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads schema.org JSON-LD: the article node (also inside @graph and arrays) and what it links to. */
final class JsonLdReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle", "scholarlyarticle", "techarticle",
            "liveblogposting", "socialmediaposting", "discussionforumposting", "report", "posting", "review",
            "medicalscholarlyarticle", "advertisercontentarticle", "howto", "recipe", "creativework");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "collectionpage",
            "medicalwebpage", "qapage", "faqpage", "profilepage");
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private final List<JsonNode> nodes = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();

    JsonLdReader(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            data = data.replaceFirst("^(?:<!--|//\\s*<!\\[CDATA\\[)", "").replaceFirst("(?:-->|//\\s*]]>)$", "");
            try {
                collect(JSON.readTree(data), 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the meta tags and the DOM still hold the facts.
            }
        }
    }

    private void collect(JsonNode n, int depth) {
        if (n == null || depth > 12) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, depth + 1));
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (n.has("@type") || n.has("@id")) {
            nodes.add(n);
            String id = n.path("@id").asText("");
            if (!id.isEmpty() && n.size() > 1) {
                byId.putIfAbsent(id, n);
            }
        }
        for (String child : List.of("@graph", "mainEntity", "itemListElement", "hasPart")) {
            if (n.has(child)) {
                collect(n.get(child), depth + 1);
            }
        }
    }

    /** The node that describes the article itself, or a web page node when there is none. */
    JsonNode article() {
        JsonNode best = null;
        int bestScore = -1;
        for (JsonNode n : nodes) {
            int score = 0;
            if (hasType(n, ARTICLE_TYPES)) {
                score += 10;
            } else if (hasType(n, PAGE_TYPES)) {
                score += 1;
            } else {
                continue;
            }
            for (String f : List.of("headline", "datePublished", "author", "articleBody", "image")) {
                if (n.has(f)) {
                    score += 2;
                }
            }
            if (score > bestScore) {
                best = n;
                bestScore = score;
            }
        }
        return best;
    }

    /** A web page node, which often carries dates and names an article node lacks. */
    JsonNode page() {
        for (JsonNode n : nodes) {
            if (hasType(n, PAGE_TYPES)) {
                return n;
            }
        }
        return null;
    }

    /** The WebSite or Organization name: the outlet. */
    String siteName() {
        for (JsonNode n : nodes) {
            if (hasType(n, Set.of("website"))) {
                String name = text(n.get("name"));
                if (!name.isEmpty()) {
                    return name;
                }
            }
        }
        return "";
    }

    JsonNode resolve(JsonNode n) {
        if (n != null && n.isObject() && n.has("@id") && n.size() <= 2) {
            JsonNode full = byId.get(n.get("@id").asText());
            if (full != null) {
                return full;
            }
        }
        return n;
    }

    /** Person names of an author-like field; empty when it names only organisations. */
    List<String> people(JsonNode field) {
        return names(field, false);
    }

    /** Organisation names of an author-like field. */
    List<String> organisations(JsonNode field) {
        return names(field, true);
    }

    private List<String> names(JsonNode field, boolean wantOrganisations) {
        List<String> persons = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        if (field == null) {
            return persons;
        }
        List<JsonNode> items = new ArrayList<>();
        if (field.isArray()) {
            field.forEach(items::add);
        } else {
            items.add(field);
        }
        for (JsonNode item : items) {
            JsonNode r = resolve(item);
            if (r == null) {
                continue;
            }
            if (r.isTextual()) {
                persons.add(r.asText());
            } else if (r.isObject()) {
                String name = text(r.get("name"));
                if (name.isEmpty()) {
                    name = (text(r.get("givenName")) + " " + text(r.get("familyName"))).strip();
                }
                if (name.isEmpty()) {
                    continue;
                }
                if (hasType(r, Set.of("organization", "newsmediaorganization", "corporation"))) {
                    organisations.add(name);
                } else {
                    persons.add(name);
                }
            }
        }
        return wantOrganisations ? organisations : persons;
    }

    static boolean hasType(JsonNode n, Set<String> types) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (types.contains(simpleType(x.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(simpleType(t.asText()));
    }

    private static String simpleType(String t) {
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return t.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    /** Text of a node: a string, the first of an array, or an object's name / @value. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            return n.isEmpty() ? "" : text(n.get(0));
        }
        if (n.isObject()) {
            return Text.firstNonEmpty(text(n.get("@value")), text(n.get("name")));
        }
        return Text.squash(n.asText());
    }

    /** An image URL and its caption, from a string, ImageObject or array of them. */
    String[] image(JsonNode n) {
        JsonNode r = resolve(n);
        if (r == null || r.isNull()) {
            return null;
        }
        if (r.isArray()) {
            return r.isEmpty() ? null : image(r.get(0));
        }
        if (r.isTextual()) {
            return new String[] {r.asText().strip(), "", ""};
        }
        String url = Text.firstNonEmpty(text(r.get("url")), text(r.get("contentUrl")));
        if (url.isEmpty()) {
            return null;
        }
        String credit = Text.firstNonEmpty(text(r.get("creditText")), text(r.get("copyrightHolder")),
                text(r.get("author")), text(r.get("creator")));
        return new String[] {url, text(r.get("caption")), credit};
    }
}
