package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The post JSON shape: what it takes, what it refuses and how it says so. */
class PostJsonTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final String EXCERPT = "{\"type\":\"excerpt\",\"source\":{\"url\":\"https://a.example.com/x\",\"title\":\"T\","
      + "\"authors\":[\"A\"],\"outlet\":\"O\"},\"paragraphs\":[\"p\"]}";

  private static String post(String fields) {
    return "{\"title\":\"Talks resume in Genève!\",\"published\":\"2026-11-20T09:15:00+01:00\"," + fields + "\"blocks\":[" + EXCERPT + "]}";
  }

  @Test
  void readsAPostAndMakesTheSlugFromTheTitle() {
    Post p = PostJson.readPosts(post(""), NOW).get(0);
    assertThat(p.slug()).isEqualTo("talks-resume-in-geneve");
    assertThat(p.status()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(p.published()).contains(Instant.parse("2026-11-20T08:15:00Z"));
    assertThat(p.updated()).isEqualTo(p.publishedAt());
    assertThat(p.excerpts().get(0).source().outlet()).isEqualTo("O");
  }

  @Test
  void writtenPostsReadBackEqual() {
    Post p = PostJson.readPosts(post("\"labels\":[\"A b\",\"C\"],\"lead_image\":{\"src\":\"/media/x.jpg\",\"alt\":\"x\",\"caption\":\"c\",\"credit\":\"AP\"},"), NOW).get(0);
    Post back = PostJson.readPost(PostJson.write(p), "post 1", NOW);
    assertThat(back).isEqualTo(p);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"slug\":\"Bad Slug\",                                   | slug must be lower-case",
      "\"status\":\"live\",                                     | status must be one of",
      "\"labels\":\"one\",                                      | labels must be a list",
      "\"labels\":[\"\"],                                       | labels[0] must be a name",
      "\"lead_image\":{\"alt\":\"no src\"},                     | lead_image.src is missing",
      "\"lead_image\":{\"src\":\"javascript:alert(1)\"},        | lead_image.src must be an http or https URL",
      "\"colour\":\"red\",                                      | colour is not a field of this shape",
      "\"updated\":\"yesterday\",                               | updated must be an ISO 8601 time"})
  void namesTheFieldAtFault(String fields, String message) {
    assertThatThrownBy(() -> PostJson.readPosts(post(fields), NOW))
        .isInstanceOf(InvalidPostException.class)
        .hasMessageContaining("post 1 \"Talks resume in Genève!\"")
        .hasMessageContaining(message.strip());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"type\":\"excerpt\",\"source\":{\"url\":\"ftp://x\",\"title\":\"T\",\"outlet\":\"O\"},\"paragraphs\":[\"p\"]} | blocks[0].source.url must be an http or https URL",
      "{\"type\":\"excerpt\",\"source\":{\"url\":\"https://x.example\",\"title\":\"T\"},\"paragraphs\":[\"p\"]}    | blocks[0].source.outlet is missing",
      "{\"type\":\"excerpt\",\"source\":{\"url\":\"https://x.example\",\"title\":\"T\",\"outlet\":\"O\"},\"paragraphs\":[]} | blocks[0].paragraphs must be a list of at least one",
      "{\"type\":\"note\"}                                        | blocks[0].markdown is missing",
      "{\"type\":\"coverage\",\"items\":[{\"url\":\"https://x.example\",\"title\":\"T\"}]} | blocks[0].items[0].outlet is missing",
      "{\"type\":\"video\"}                                       | blocks[0].type must be one of",
      "{\"markdown\":\"x\"}                                       | blocks[0].type is missing"})
  void namesTheBlockFieldAtFault(String block, String message) {
    String json = "{\"title\":\"T\",\"published\":\"2026-11-20T08:15:00Z\",\"blocks\":[" + block + "]}";
    assertThatThrownBy(() -> PostJson.readPosts(json, NOW)).hasMessageContaining(message.strip());
  }

  @Test
  void aPublishedPostNeedsItsTimeAndEveryPostNeedsBlocksAndATitle() {
    assertThatThrownBy(() -> PostJson.readPosts("{\"title\":\"T\",\"blocks\":[" + EXCERPT + "]}", NOW))
        .hasMessageContaining("published is missing");
    assertThatThrownBy(() -> PostJson.readPosts("{\"title\":\"T\",\"published\":\"2026-11-20T08:15:00Z\"}", NOW))
        .hasMessageContaining("blocks is missing");
    assertThatThrownBy(() -> PostJson.readPosts("{\"published\":\"2026-11-20T08:15:00Z\",\"blocks\":[" + EXCERPT + "]}", NOW))
        .hasMessageContaining("post 1: title is missing");
    Post draft = PostJson.readPosts("{\"title\":\"T\",\"status\":\"draft\",\"blocks\":[" + EXCERPT + "]}", NOW).get(0);
    assertThat(draft.published()).isEmpty();
    assertThat(draft.updated()).isEqualTo(NOW);
  }

  @Test
  void aSlugTwiceInOneFileIsRefused() {
    String one = post("\"slug\":\"same\",");
    assertThatThrownBy(() -> PostJson.readPosts("[" + one + "," + one + "]", NOW))
        .hasMessageContaining("post 2").hasMessageContaining("appears twice");
  }

  @Test
  void slugsAreAsciiAndShort() {
    assertThat(Slugs.of("Ça va? Überall «Frieden» — 2026!")).isEqualTo("ca-va-uberall-frieden-2026");
    assertThat(Slugs.of("!!!")).isEqualTo("post");
    assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
  }

  @Test
  void markdownShowsRawHtmlAsTextAndDropsUnsafeLinks() {
    String html = Markdown.toHtml("<script>x</script>\n\nSee [a](javascript:alert(1)) and [b](https://ok.example/)");
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:")
        .contains("href=\"https://ok.example/\"");
    assertThat(Markdown.toHtmlLedBy("Editor <x>:", "Hello")).isEqualTo("<p><strong class=\"note-label\">Editor &lt;x&gt;:</strong> Hello</p>\n");
    assertThat(List.of(Markdown.toHtmlLedBy("Editor:", "- a\n- b").split("\n")[0])).containsExactly("<p><strong class=\"note-label\">Editor:</strong></p>");
  }
}
