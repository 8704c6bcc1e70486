import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newsdesk.extract.ArticleExtractor;
import newsdesk.extract.ExtractedArticle;

/**
 * Runs newsdesk's extractor over the dev pages: writes what it found as JSON lines (for score.py),
 * then times a single-threaded loop over the same pages after a warm-up.
 * Usage: java -cp target/newsdesk.jar bench/extract/ExtractBench.java DATASET OUT.jsonl TIMING.json
 */
public class ExtractBench {
    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        List<byte[]> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataset.resolve("html"))) {
            for (Path p : files.sorted().toList()) {
                String id = p.getFileName().toString().replaceFirst("\\..*$", "");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(in.readAllBytes());
                }
                ids.add(id);
                Path gt = dataset.resolve("ground-truth").resolve(id + ".json");
                // WITHOUT_URL=1: the page alone, as `newsdesk extract --batch` sees a directory of saved pages
                boolean withUrl = !"1".equals(System.getenv("WITHOUT_URL"));
                urls.add(withUrl && Files.exists(gt) ? json.readTree(gt.toFile()).path("url").asText("") : "");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < pages.size(); i++) {
                ExtractedArticle a = ArticleExtractor.extract(pages.get(i), urls.get(i), null);
                ObjectNode o = json.createObjectNode();
                o.put("id", ids.get(i));
                o.put("title", a.title());
                o.putPOJO("authors", a.authors());
                o.put("published", a.published().map(Object::toString).orElse(null));
                o.put("text", a.text());
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
        if (args.length > 3 && args[3].equals("--quality-only")) {
            return;
        }
        // Warm-up, then one timed pass per page; every page's time is kept for the median.
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int round = 0; round < 3 && System.nanoTime() < deadline; round++) {
            for (int i = 0; i < pages.size(); i++) {
                ArticleExtractor.extract(pages.get(i), urls.get(i), null);
            }
        }
        long[] nanos = new long[pages.size()];
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            long t0 = System.nanoTime();
            ArticleExtractor.extract(pages.get(i), urls.get(i), null);
            nanos[i] = System.nanoTime() - t0;
        }
        double total = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        ObjectNode timing = json.createObjectNode();
        timing.put("pages", pages.size());
        timing.put("seconds", total);
        timing.put("pages_per_s", pages.size() / total);
        timing.put("median_ms", median);
        timing.put("pages_per_s_at_median", 1000.0 / median);
        timing.put("p95_ms", sorted[(int) (sorted.length * 0.95)] / 1e6);
        timing.put("max_ms", sorted[sorted.length - 1] / 1e6);
        Files.writeString(Path.of(args[2]), json.writeValueAsString(timing));
        System.out.printf(Locale.ROOT, "ours: %d pages, %.1f pages/s, median %.2f ms%n", pages.size(), pages.size() / total, median);
    }
}
