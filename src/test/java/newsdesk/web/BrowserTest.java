package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsdesk.comments.CommentStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site in a real browser (Debian's Chromium driven by Playwright), with JavaScript off:
 * pages read well on a phone and a desktop, and a reader can comment with a plain form.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NEWSDESK_CHROMIUM", "/usr/bin/chromium"));
  static Playwright playwright;
  static Browser browser;

  @TempDir Path dir;

  @BeforeAll
  static void launch() {
    assertThat(CHROMIUM).as("browser tests need Chromium (apt-get install chromium); .ci/run installs it").exists();
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private static BrowserContext context(int width, int height) {
    return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(width, height));
  }

  @Test
  void pagesFitAPhoneAndADesktopWithoutSidewaysScrolling() throws Exception {
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    try (TestSite site = TestSite.start("sqlite", dir)) {
      site.importResource("/publish/two-posts.json");
      for (int[] size : new int[][] {{375, 740}, {1280, 900}}) {
        try (BrowserContext ctx = context(size[0], size[1])) {
          Page page = ctx.newPage();
          for (String path : List.of("/", "/2026/11/harbour-pilots-walk-out", "/label/Markets", "/archive/2026/11", "/nope")) {
            page.navigate(site.url(path));
            Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).as(path + " at " + size[0] + "px").isLessThanOrEqualTo(size[0]);
          }
          page.navigate(site.url("/"));
          page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("front-" + size[0] + ".png")).setFullPage(true));
          double mainLeft = ((Number) page.evaluate("document.querySelector('main').getBoundingClientRect().left")).doubleValue();
          double sideTop = ((Number) page.evaluate("document.querySelector('.sidebar').getBoundingClientRect().top")).doubleValue();
          double mainBottom = ((Number) page.evaluate("document.querySelector('main').getBoundingClientRect().bottom")).doubleValue();
          if (size[0] < 700) {
            assertThat(sideTop).as("on a phone the sidebar follows the posts").isGreaterThanOrEqualTo(mainBottom);
          } else {
            assertThat(sideTop).as("on a desktop the sidebar sits beside the posts").isLessThan(mainBottom);
            assertThat(mainLeft).isGreaterThan(0);
          }
        }
      }
    }
  }

  @Test
  void aReaderCommentsWithJavaScriptOffAndSeesTheFormKeptOnAnError() {
    try (TestSite site = TestSite.start("sqlite", dir); BrowserContext ctx = context(1280, 900)) {
      site.importResource("/publish/two-posts.json");
      Page page = ctx.newPage();
      page.navigate(site.url("/2026/11/harbour-pilots-walk-out"));
      var box = page.locator("#c-url-confirm").boundingBox();
      assertThat(box.x + box.width).as("the honeypot is out of sight").isLessThanOrEqualTo(0);

      page.fill("#c-name", "Browser Reader");
      page.fill("#c-text", "Typed in a real browser.");
      page.click("button[type=submit]");
      assertThat(page.url()).contains("comment=pending");
      assertThat(page.locator(".notice").textContent()).contains("moderator");
      assertThat(site.app().comments().list(Optional.of(CommentStatus.PENDING), 5)).hasSize(1);

      page.fill("#c-name", "Second Try");
      page.fill("#c-text", "   ");  // passes the browser's required check, not the server's
      page.click("button[type=submit]");
      assertThat(page.locator("#comment-form .error").textContent()).isEqualTo("Please write a comment before sending it.");
      assertThat(page.inputValue("#c-name")).isEqualTo("Second Try");

      page.fill("#c-text", "z".repeat(4_000) + "!");
      // the textarea's maxlength stops typing past the limit in the browser itself
      assertThat(page.inputValue("#c-text")).hasSize(4_000);
    }
  }
}
