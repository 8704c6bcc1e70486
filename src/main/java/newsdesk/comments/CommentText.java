package newsdesk.comments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a comment's plain text into HTML: everything escaped, blank lines make paragraphs, URLs become nofollow links. */
final class CommentText {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
  private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

  private CommentText() {}

  static String toHtml(String text) {
    StringBuilder out = new StringBuilder();
    for (String para : text.strip().split("\\R\\s*\\R")) {
      if (para.isBlank()) {
        continue;
      }
      out.append("<p>");
      String[] lines = para.strip().split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append("<br>\n");
        }
        linkify(lines[i], out);
      }
      out.append("</p>\n");
    }
    return out.toString();
  }

  private static void linkify(String line, StringBuilder out) {
    Matcher m = URL.matcher(line);
    int last = 0;
    while (m.find()) {
      String url = m.group();
      int end = m.end();
      while (!url.isEmpty() && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0) {
        url = url.substring(0, url.length() - 1);
        end--;
      }
      out.append(escape(line.substring(last, m.start())));
      String safe = escape(url);
      out.append("<a href=\"").append(safe).append("\" rel=\"nofollow ugc noopener\">").append(safe).append("</a>");
      last = end;
    }
    out.append(escape(line.substring(last)));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
