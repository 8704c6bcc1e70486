package newsdesk.extract;

/** Where in the page a field's value was found, best evidence first. */
public enum Evidence {
    /** schema.org JSON-LD in a script element. */
    JSON_LD,
    /** meta and link elements: OpenGraph, Twitter, Dublin Core, Parse.ly, Sailthru and others. */
    META,
    /** schema.org microdata (itemprop attributes). */
    MICRODATA,
    /** microformats2 h-entry. */
    MICROFORMATS,
    /** the visible document: title element, headings, bylines, time elements, content scoring. */
    DOM,
    /** the page URL itself, such as a date in its path or its host name. */
    URL
}
