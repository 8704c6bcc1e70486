import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Times newsdesk and readability4j page by page in one JVM, taking turns on every page, and keeps each page's best
 * time over several rounds. A shared machine slows down for seconds at a time; when the two take turns on each page,
 * both meet the same slow seconds, and the best of a few rounds is the page's time without them. Each extractor has a
 * class loader of its own (readability4j needs an old jsoup). newsdesk reads the page's bytes (charset detection
 * included), readability4j the page already decoded as UTF-8, as in the separate rounds.
 *
 * Usage: java bench/extract/InterleavedBench.java DATASET ROUNDS NEWSDESK.jar PEER_CLASSES PEER_CLASSPATH_FILE OUT.json
 */
public class InterleavedBench {
    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<byte[]> pages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        Pattern url = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]*)\"");
        try (Stream<Path> files = Files.list(dataset.resolve("html"))) {
            for (Path p : files.sorted().toList()) {
                byte[] b;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    b = in.readAllBytes();
                }
                pages.add(b);
                texts.add(new String(b, StandardCharsets.UTF_8));
                String id = p.getFileName().toString().replaceFirst("\\..*$", "");
                Path gt = dataset.resolve("ground-truth").resolve(id + ".json");
                Matcher m = url.matcher(Files.exists(gt) ? Files.readString(gt) : "");
                urls.add(m.find() ? m.group(1) : "");
            }
        }
        URLClassLoader ours = new URLClassLoader(new URL[] {Path.of(args[2]).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Method extract = ours.loadClass("newsdesk.extract.ArticleExtractor")
                .getMethod("extract", byte[].class, String.class, String.class);
        List<URL> peerPath = new ArrayList<>();
        peerPath.add(Path.of(args[3]).toUri().toURL());
        for (String jar : Files.readString(Path.of(args[4])).strip().split(":")) {
            peerPath.add(Path.of(jar).toUri().toURL());
        }
        URLClassLoader peer = new URLClassLoader(peerPath.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Constructor<?> readability = peer.loadClass("net.dankito.readability4j.Readability4J")
                .getConstructor(String.class, String.class);
        Method parse = readability.getDeclaringClass().getMethod("parse");
        Side[] sides = {
            i -> extract.invoke(null, pages.get(i), urls.get(i), null),
            i -> {
                try {
                    parse.invoke(readability.newInstance(urls.get(i).isEmpty() ? "http://localhost/" : urls.get(i), texts.get(i)));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    // a page readability4j fails on counts with the time it took, as in PeerBench
                }
            }};
        for (int warm = 0; warm < 3; warm++) {
            for (Side side : sides) {
                for (int i = 0; i < pages.size(); i++) {
                    side.run(i);
                }
            }
        }
        long[][] best = new long[sides.length][pages.size()];
        for (long[] b : best) {
            Arrays.fill(b, Long.MAX_VALUE);
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                for (int k = 0; k < sides.length; k++) {
                    int s = (k + r + i) % sides.length; // who goes first changes from page to page and round to round
                    long t0 = System.nanoTime();
                    sides[s].run(i);
                    best[s][i] = Math.min(best[s][i], System.nanoTime() - t0);
                }
            }
        }
        StringBuilder json = new StringBuilder("{\"rounds\": " + rounds + ", \"pages\": " + pages.size());
        String[] names = {"ours", "peer"};
        for (int s = 0; s < sides.length; s++) {
            long[] sorted = best[s].clone();
            Arrays.sort(sorted);
            long sum = Arrays.stream(sorted).sum();
            json.append(String.format(Locale.ROOT, ", \"%s\": {\"median_ms\": %.3f, \"pages_per_s\": %.1f, \"p95_ms\": %.2f}",
                    names[s], sorted[sorted.length / 2] / 1e6, pages.size() / (sum / 1e9),
                    sorted[(int) (sorted.length * 0.95)] / 1e6));
        }
        double[] ratio = new double[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            ratio[i] = (double) best[0][i] / best[1][i];
        }
        Arrays.sort(ratio);
        json.append(String.format(Locale.ROOT, ", \"median_ratio\": %.3f}", ratio[ratio.length / 2]));
        Files.writeString(Path.of(args[5]), json + "\n");
        System.err.println("interleaved: " + json);
    }

    interface Side {
        void run(int page) throws Exception;
    }
}
