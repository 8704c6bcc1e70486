package newsdesk.web;

import static newsdesk.web.TestSite.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import newsdesk.comments.Comment;
import newsdesk.comments.CommentStatus;
import newsdesk.publish.Post;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reader comments from the form under a post to the page, through real HTTP. */
class CommentsTest {
  private static final String POST = "/2026/11/harbour-pilots-walk-out";
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aNewCommentWaitsForModerationThenShowsWithNameTimeAndCount(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      Document page = Jsoup.parse(site.get(POST).body());
      Element formEl = page.selectFirst("form#comment-form");
      assertThat(formEl.attr("method")).isEqualTo("post");
      assertThat(formEl.select("input[name=name], input[name=website], textarea[name=text], input[name=url_confirm]")).hasSize(4);
      assertThat(page.selectFirst("#comments h2").text()).isEqualTo("0 comments:");

      HttpResponse<String> sent = site.postForm(formEl.attr("action"), form("name", "Aino Reader", "website", "aino.example.net",
          "text", "Good summary.\nSee https://example.org/more, too."));
      assertThat(sent.statusCode()).isEqualTo(303);
      String location = sent.headers().firstValue("Location").orElseThrow();
      assertThat(location).contains("comment=pending");
      assertThat(Jsoup.parse(site.get(location.replaceAll("#.*", "")).body()).selectFirst(".notice").text()).contains("moderator");

      Document before = Jsoup.parse(site.get(POST).body());
      assertThat(before.select(".p-comment")).isEmpty();

      Comment pending = site.app().comments().list(Optional.of(CommentStatus.PENDING), 10).get(0);
      assertThat(pending.website()).isEqualTo("https://aino.example.net");
      assertThat(site.app().comments().moderate(pending.id(), CommentStatus.APPROVED)).isTrue();

      Document after = Jsoup.parse(site.get(POST).body());
      assertThat(after.selectFirst("#comments h2").text()).isEqualTo("1 comment:");
      Element c = after.selectFirst("li.p-comment.h-cite");
      assertThat(c.selectFirst(".comment-author").text()).isEqualTo("Aino Reader said...");
      Element author = c.selectFirst(".p-author a.u-url");
      assertThat(author.attr("href")).isEqualTo("https://aino.example.net");
      assertThat(author.attr("rel")).isEqualTo("nofollow ugc noopener");
      Element link = c.selectFirst(".p-content a");
      assertThat(link.attr("href")).isEqualTo("https://example.org/more");
      assertThat(link.attr("rel")).isEqualTo("nofollow ugc noopener");
      assertThat(c.selectFirst(".p-content").html()).contains("<br>");
      assertThat(c.selectFirst("time.dt-published").attr("datetime")).isEqualTo("2026-11-25T12:00:00Z");

      Document front = Jsoup.parse(site.get("/").body());
      assertThat(front.select(".post-footer a[href$=#comments]").eachText()).contains("1 comment");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void markupInACommentIsShownAsTextAndOnlyApprovedCommentsAppear(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      Post post = site.importResource("/publish/two-posts.json").get(0);
      Instant t = TestSite.NOW.minus(Duration.ofHours(1));
      site.app().comments().add(new Comment(0, post.id(), 0, "Mallory", "", "<b>bold</b> <script>alert(1)</script>", CommentStatus.APPROVED, t));
      site.app().comments().add(new Comment(0, post.id(), 0, "Spammer", "", "cheap pills", CommentStatus.SPAM, t));
      site.app().comments().add(new Comment(0, post.id(), 0, "Waiting", "", "not yet", CommentStatus.PENDING, t));
      HttpResponse<String> res = site.get(POST);
      Document doc = Jsoup.parse(res.body());
      assertThat(doc.select("li.p-comment")).hasSize(1);
      assertThat(doc.selectFirst("li.p-comment .p-content").text()).isEqualTo("<b>bold</b> <script>alert(1)</script>");
      assertThat(doc.select("li.p-comment script, li.p-comment b")).isEmpty();
      assertThat(res.body()).doesNotContain("cheap pills", "not yet");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void repliesNestOneLevelDeep(String kind) {
    try (TestSite site = TestSite.start(kind, dir, s -> s.withCommentPolicy(true, 50, Duration.ofMinutes(10)))) {
      site.importResource("/publish/two-posts.json");
      String action = POST + "/comments";
      site.postForm(action, form("name", "First", "text", "Top-level"));
      long top = site.app().comments().list(Optional.empty(), 1).get(0).id();
      Document replyPage = Jsoup.parse(site.get(POST + "?replyto=" + top).body());
      assertThat(replyPage.selectFirst("#comment-form input[name=parent]").val()).isEqualTo(String.valueOf(top));
      site.postForm(action, form("name", "Second", "text", "A reply", "parent", String.valueOf(top)));
      long reply = site.app().comments().list(Optional.empty(), 1).get(0).id();
      site.postForm(action, form("name", "Third", "text", "Reply to the reply", "parent", String.valueOf(reply)));

      Document doc = Jsoup.parse(site.get(POST).body());
      assertThat(doc.selectFirst("#comments h2").text()).isEqualTo("3 comments:");
      Element thread = doc.selectFirst("#c" + top);
      assertThat(thread.select("ol.replies > li").eachAttr("id")).hasSize(2);
      assertThat(thread.select("ol.replies ol.replies")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void anEmptyNameOrTextOrAnOverlongTextIsRefusedWithTheFormKept(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      String action = POST + "/comments";
      HttpResponse<String> noName = site.postForm(action, form("name", "  ", "text", "My careful words"));
      assertThat(noName.statusCode()).isEqualTo(400);
      Document d1 = Jsoup.parse(noName.body());
      assertThat(d1.selectFirst("#comment-form .error").text()).isEqualTo("Please give your name.");
      assertThat(d1.selectFirst("#comment-form textarea").text()).isEqualTo("My careful words");
      assertThat(d1.selectFirst("#c-name").attr("aria-invalid")).isEqualTo("true");

      HttpResponse<String> noText = site.postForm(action, form("name", "Aino", "text", ""));
      assertThat(noText.statusCode()).isEqualTo(400);
      assertThat(Jsoup.parse(noText.body()).selectFirst("#c-name").val()).isEqualTo("Aino");

      String tooLong = "x".repeat(4_001);
      HttpResponse<String> longOne = site.postForm(action, form("name", "Aino", "text", tooLong));
      assertThat(longOne.statusCode()).isEqualTo(400);
      Document d3 = Jsoup.parse(longOne.body());
      assertThat(d3.selectFirst("#comment-form .error").text()).contains("4001").contains("4000");
      assertThat(d3.selectFirst("#comment-form textarea").text()).isEqualTo(tooLong);

      HttpResponse<String> badSite = site.postForm(action, form("name", "Aino", "website", "javascript:alert(1)", "text", "hi"));
      assertThat(badSite.statusCode()).isEqualTo(400);

      String exactly = "y".repeat(4_000);
      assertThat(site.postForm(action, form("name", "Aino", "text", exactly)).statusCode()).isEqualTo(303);
      assertThat(site.app().comments().list(Optional.empty(), 10)).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void theSixthCommentInTenMinutesFromOneAddressGets429(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      String action = POST + "/comments";
      for (int i = 1; i <= 5; i++) {
        assertThat(site.postForm(action, form("name", "Eager", "text", "comment " + i)).statusCode()).isEqualTo(303);
      }
      HttpResponse<String> sixth = site.postForm(action, form("name", "Eager", "text", "comment 6"));
      assertThat(sixth.statusCode()).isEqualTo(429);
      assertThat(sixth.headers().firstValue("Retry-After")).hasValue("600");
      Document doc = Jsoup.parse(sixth.body());
      assertThat(doc.selectFirst("#comment-form .error").text()).contains("Please wait");
      assertThat(doc.selectFirst("#comment-form textarea").text()).isEqualTo("comment 6");
      assertThat(site.app().comments().list(Optional.empty(), 50)).hasSize(5);
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aFilledHoneypotIsStoredAsSpamAndNeverShown(String kind) {
    try (TestSite site = TestSite.start(kind, dir, s -> s.withCommentPolicy(true, 5, Duration.ofMinutes(10)))) {
      site.importResource("/publish/two-posts.json");
      HttpResponse<String> res = site.postForm(POST + "/comments", form("name", "Bot", "text", "buy now", "url_confirm", "http://spam.example"));
      assertThat(res.statusCode()).isEqualTo(303);
      assertThat(site.app().comments().list(Optional.of(CommentStatus.SPAM), 10)).hasSize(1);
      assertThat(site.get(POST).body()).doesNotContain("buy now");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aFormPostedFromAnotherSiteIsRefused(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      HttpResponse<String> res = site.postForm(POST + "/comments", form("name", "X", "text", "forged"),
          "Origin", "https://evil.example.com");
      assertThat(res.statusCode()).isEqualTo(403);
      HttpResponse<String> res2 = site.postForm(POST + "/comments", form("name", "X", "text", "forged"),
          "Sec-Fetch-Site", "cross-site");
      assertThat(res2.statusCode()).isEqualTo(403);
      assertThat(site.app().comments().list(Optional.empty(), 10)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void commentsOnAnUnknownPostAre404(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      assertThat(site.postForm("/2026/11/no-such-post/comments", form("name", "X", "text", "hi")).statusCode()).isEqualTo(404);
    }
  }
}
