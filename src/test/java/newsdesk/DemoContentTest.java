package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsdesk.comments.CommentStatus;
import newsdesk.publish.CoverageBlock;
import newsdesk.publish.ExcerptBlock;
import newsdesk.publish.NoteBlock;
import newsdesk.publish.Post;
import newsdesk.web.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo a new user sees first: enough posts in the sample's shape, images served, comments moderated. */
class DemoContentTest {
  @TempDir Path dir;

  @Test
  void theDemoHasFortyPostsOverTenDaysInTheShapeOfTheSample() {
    try (TestSite site = TestSite.start("sqlite", dir)) {
      int loaded = DemoContent.loadIfEmpty(site.app());
      assertThat(loaded).isGreaterThanOrEqualTo(40);
      assertThat(DemoContent.loadIfEmpty(site.app())).as("a second start loads nothing again").isZero();

      List<Post> posts = site.app().posts().all();
      Set<LocalDate> days = new HashSet<>();
      for (Post p : posts) {
        days.add(p.shownAt().atZone(ZoneOffset.UTC).toLocalDate());
        assertThat(p.leadImage()).as(p.slug()).hasValueSatisfying(img -> {
          assertThat(img.alt()).isNotBlank();
          assertThat(img.caption()).isNotBlank();
          assertThat(img.credit()).isNotBlank();
        });
        assertThat(p.excerpts()).as(p.slug()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        for (ExcerptBlock e : p.excerpts()) {
          assertThat(e.source().authors()).as(p.slug()).isNotEmpty();
          assertThat(e.source().outlet()).isNotBlank();
          assertThat(e.paragraphs()).isNotEmpty();
        }
        assertThat(p.blocks()).as(p.slug()).anyMatch(NoteBlock.class::isInstance);
        assertThat(p.blocks().stream().filter(CoverageBlock.class::isInstance).map(CoverageBlock.class::cast)
            .mapToInt(c -> c.items().size()).sum()).as(p.slug()).isBetween(2, 3);
        assertThat(p.labels()).as(p.slug()).isNotEmpty();
      }
      assertThat(days).hasSizeGreaterThanOrEqualTo(10);

      var comments = site.app().comments();
      assertThat(comments.list(Optional.of(CommentStatus.APPROVED), 500)).isNotEmpty();
      assertThat(comments.list(Optional.of(CommentStatus.PENDING), 500)).isNotEmpty();
      assertThat(comments.list(Optional.of(CommentStatus.SPAM), 500)).isNotEmpty();
    }
  }

  @Test
  void everyDemoImageIsServedAndEveryPageRenders() {
    try (TestSite site = TestSite.start("sqlite", dir)) {
      DemoContent.loadIfEmpty(site.app());
      Set<String> images = new HashSet<>();
      for (Post p : site.app().posts().all()) {
        p.leadImage().ifPresent(img -> images.add(img.src()));
      }
      for (String src : images) {
        HttpResponse<String> res = site.get(src);
        assertThat(res.statusCode()).as(src).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).as(src).hasValueSatisfying(t -> assertThat(t).startsWith("image/jpeg"));
      }
      int page = 1;
      int seen = 0;
      while (true) {
        HttpResponse<String> res = site.get(page == 1 ? "/" : "/?page=" + page);
        assertThat(res.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(res.body());
        seen += doc.select("article.h-entry").size();
        for (String href : doc.select("article.h-entry > h2 a.u-url").eachAttr("href")) {
          HttpResponse<String> post = site.get(href);
          assertThat(post.statusCode()).as(href).isEqualTo(200);
          assertThat(post.body()).doesNotContain("<script>alert");
        }
        if (doc.select("a.older").isEmpty()) {
          break;
        }
        page++;
      }
      assertThat(seen).isEqualTo(site.app().posts().all().size());
    }
  }
}
