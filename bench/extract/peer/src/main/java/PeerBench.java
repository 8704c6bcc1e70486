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
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * readability4j 1.0.8 on the same pages as ExtractBench: JSON lines for score.py, then the same timed loop.
 * The page is handed over as a UTF-8 string (decoding is not timed), as readability4j takes text, not bytes.
 */
public class PeerBench {
    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataset.resolve("html"))) {
            for (Path p : files.sorted().toList()) {
                String id = p.getFileName().toString().replaceFirst("\\..*$", "");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                ids.add(id);
                Path gt = dataset.resolve("ground-truth").resolve(id + ".json");
                urls.add(Files.exists(gt) ? json.readTree(gt.toFile()).path("url").asText("") : "");
            }
        }
        int failures = 0;
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < pages.size(); i++) {
                ObjectNode o = json.createObjectNode();
                o.put("id", ids.get(i));
                try {
                    Article a = run(urls.get(i), pages.get(i));
                    o.put("title", a.getTitle());
                    o.putArray("authors").add(a.getByline() == null ? "" : a.getByline());
                    o.put("text", a.getTextContent() == null ? "" : a.getTextContent());
                } catch (Exception | StackOverflowError e) {
                    failures++;
                    o.put("text", "");
                }
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int round = 0; round < 3 && System.nanoTime() < deadline; round++) {
            for (int i = 0; i < pages.size(); i++) {
                runQuietly(urls.get(i), pages.get(i));
            }
        }
        long[] nanos = new long[pages.size()];
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            long t0 = System.nanoTime();
            runQuietly(urls.get(i), pages.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        double total = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        ObjectNode timing = json.createObjectNode();
        timing.put("pages", pages.size());
        timing.put("failures", failures);
        timing.put("seconds", total);
        timing.put("pages_per_s", pages.size() / total);
        timing.put("median_ms", median);
        timing.put("pages_per_s_at_median", 1000.0 / median);
        timing.put("p95_ms", sorted[(int) (sorted.length * 0.95)] / 1e6);
        timing.put("max_ms", sorted[sorted.length - 1] / 1e6);
        Files.writeString(Path.of(args[2]), json.writeValueAsString(timing));
        System.out.printf(Locale.ROOT, "readability4j: %d pages, %.1f pages/s, median %.2f ms, %d failures%n",
                pages.size(), pages.size() / total, median, failures);
    }

    private static Article run(String url, String html) {
        return new Readability4J(url.isEmpty() ? "http://localhost/" : url, html).parse();
    }

    private static void runQuietly(String url, String html) {
        try {
            run(url, html);
        } catch (Exception | StackOverflowError e) {
            // counted in the first pass
        }
    }
}
