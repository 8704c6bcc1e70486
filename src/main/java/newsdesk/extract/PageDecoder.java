package newsdesk.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Turns page bytes into text: bounded size, gzip, binary check, charset from BOM, header and meta. */
final class PageDecoder {

    /** Pages are cut here; no article needs more and memory stays bounded. */
    static final int MAX_BYTES = 6 * 1024 * 1024;
    /** Markup kept for parsing after scripts and styles are emptied; bounds the parse time of huge pages. */
    static final int MAX_CHARS = 1_500_000;
    private static final int PRESCAN_BYTES = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern CHARSET_IN_TYPE = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    private PageDecoder() {
    }

    /** The decoded page, or null text when the bytes are not a text document at all. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes, String contentType, List<String> warnings) {
        if (bytes == null || bytes.length == 0) {
            warnings.add("empty input: no bytes to read");
            return new Decoded(null, StandardCharsets.UTF_8);
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            bytes = gunzip(bytes, warnings);
        }
        if (bytes.length > MAX_BYTES) {
            warnings.add("page is " + bytes.length / (1024 * 1024) + " MB: only the first "
                    + MAX_BYTES / (1024 * 1024) + " MB were read");
            bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
        }
        Charset bom = bomCharset(bytes);
        if (bom == null && looksBinary(bytes)) {
            warnings.add("input looks binary (control bytes), not an HTML page");
            return new Decoded(null, StandardCharsets.UTF_8);
        }
        int skip = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
        Charset charset = bom;
        if (charset == null) {
            charset = declared(contentType == null ? null : firstGroup(CHARSET_IN_TYPE, contentType));
        }
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            charset = declared(firstGroup(META_CHARSET, head));
        }
        String decoded = null;
        if (charset == null || charset == StandardCharsets.UTF_8 && bom == null) {
            // Read as UTF-8 first: a page without a replacement character in it was valid UTF-8, and the scan of
            // its bytes is spared.
            decoded = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (decoded.indexOf('\uFFFD') >= 0 && !isValidUtf8(bytes, skip)) {
                decoded = null;
                if (charset != null) {
                    warnings.add("page says UTF-8 but is not valid UTF-8: read as windows-1252");
                }
                charset = WINDOWS_1252;
            } else {
                charset = StandardCharsets.UTF_8;
            }
        }
        String text = withoutScriptBodies(decoded != null ? decoded : new String(bytes, skip, bytes.length - skip, charset));
        if (text.length() > MAX_CHARS) {
            warnings.add("page has " + text.length() / 1_000_000 + " million characters of markup: only the first "
                    + MAX_CHARS / 1_000_000.0 + " million were parsed");
            text = text.substring(0, MAX_CHARS);
        }
        return new Decoded(text, charset);
    }

    /**
     * Empties script and style elements, which are often most of a page's bytes and never its article;
     * JSON-LD scripts are kept whole.
     */
    static String withoutScriptBodies(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < html.length() - 7) {
            char first = html.charAt(i + 1);
            String tag = first != 's' && first != 'S' ? null
                    : html.regionMatches(true, i + 1, "script", 0, 6) ? "script"
                    : html.regionMatches(true, i + 1, "style", 0, 5) ? "style" : null;
            if (tag == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int openEnd = html.indexOf('>', i);
            if (openEnd < 0) {
                break;
            }
            String open = html.substring(i, openEnd + 1);
            int close = indexOfIgnoreCase(html, "</" + tag, openEnd + 1);
            if (open.toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
                i = close < 0 ? -1 : html.indexOf('<', close + 2);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, copied, openEnd + 1);
            if (close < 0) {
                copied = html.length();
                break;
            }
            copied = close;
            i = html.indexOf('<', close + 2);
        }
        if (out == null) {
            return html;
        }
        out.append(html, Math.min(copied, html.length()), html.length());
        return out.toString();
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int i = s.indexOf('<', from);
        while (i >= 0) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
            i = s.indexOf('<', i + 1);
        }
        return -1;
    }

    private static byte[] gunzip(byte[] bytes, List<String> warnings) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0 && out.size() <= MAX_BYTES) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            warnings.add("gzip data is damaged: " + e.getMessage());
            return bytes;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** NUL bytes or many control bytes in the first 8 KB: an image, archive or other binary file. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 9 || (c > 13 && c < 32 && c != 27)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static Charset declared(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        // HTML5: labels for Latin-1 and ASCII mean windows-1252, which sites actually send.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("iso_8859-1") || n.equals("cp1252")) {
            return WINDOWS_1252;
        }
        if (n.equals("utf8") || n.equals("unicode-1-1-utf-8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset cs = Charset.forName(n);
            // A page that declares UTF-16 in its own ASCII-readable meta cannot really be UTF-16.
            return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the bytes are well-formed UTF-8; a sequence cut off at the very end still counts. */
    static boolean isValidUtf8(byte[] b, int from) {
        int i = from;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int more;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= more; k++) {
                if (i + k >= n) {
                    return true;
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    private static String firstGroup(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

}
