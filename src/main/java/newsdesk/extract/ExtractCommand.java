package newsdesk.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newsdesk.net.FetchException;
import newsdesk.net.FetchPolicy;
import newsdesk.net.FetchResult;
import newsdesk.net.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk extract}: one page to JSON, or a directory of pages to JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts an article's title, authors, outlet, dates, lead image and main text from HTML.",
            "  newsdesk extract FILE [--url U]            prints the result as JSON",
            "  newsdesk extract URL                       fetches the page, then the same",
            "  newsdesk extract --batch DIR --out FILE    one JSON line per *.html / *.html.gz in DIR"})
public final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BAR_WIDTH = 30;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|URL", description = "a saved HTML page (.html or .html.gz), or an http(s) URL to fetch")
    private String input;

    @Option(names = "--url", paramLabel = "U", description = "the page's URL, for relative links and dates in the path")
    private String url;

    @Option(names = "--allow-private-network", paramLabel = "CIDR",
            description = "let a URL reach this private network (e.g. 192.168.1.0/24); only public addresses otherwise")
    private List<String> allowedNetworks = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "DIR", description = "extract every *.html and *.html.gz in DIR")
    private Path batch;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "where --batch writes its JSON lines")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "pages extracted at once by --batch (default: one per core)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (batch != null) {
            if (input != null) {
                stderr.println("give either a FILE or --batch DIR, not both");
                return 2;
            }
            if (out == null) {
                stderr.println("--batch needs --out FILE.jsonl");
                return 2;
            }
            if (threads < 1) {
                stderr.println("--threads must be 1 or more");
                return 2;
            }
            return runBatch(stdout, stderr);
        }
        if (input == null) {
            stderr.println("give a FILE to extract, or --batch DIR --out FILE.jsonl (see --help)");
            return 2;
        }
        if (input.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) { // any scheme: the fetcher says which it refuses
            return fetchAndExtract(stdout, stderr);
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            stderr.println("no such file: " + input);
            return 1;
        }
        try {
            print(stdout, ArticleExtractor.extract(read(file), url, null));
            return 0;
        } catch (IOException e) {
            stderr.println("cannot read " + input + ": " + e.getMessage());
            return 1;
        }
    }

    private int fetchAndExtract(PrintWriter stdout, PrintWriter stderr) {
        FetchPolicy policy;
        try {
            policy = FetchPolicy.defaults().withAllowedNetworks(allowedNetworks);
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return 2;
        }
        try (Fetcher fetcher = new Fetcher(policy)) {
            FetchResult page = fetcher.get(input);
            if (!page.ok()) {
                stderr.println(input + " answered HTTP " + page.status() + "; nothing to extract");
                return 1;
            }
            String pageUrl = url != null ? url : page.finalUrl().toString();
            print(stdout, ArticleExtractor.extract(page.body(), pageUrl, page.contentType()));
            return 0;
        } catch (FetchException e) {
            stderr.println("cannot fetch " + input + ": " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // our own tree always serialises
        }
    }

    private static void print(PrintWriter stdout, ExtractedArticle a) throws JsonProcessingException {
        stdout.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(full(a)));
        stdout.flush();
    }

    private int runBatch(PrintWriter stdout, PrintWriter stderr) {
        if (!Files.isDirectory(batch)) {
            stderr.println("not a directory: " + batch);
            return 1;
        }
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(batch)) {
            files.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && (n.endsWith(".html") || n.endsWith(".html.gz"));
            }).sorted().forEach(pages::add);
        } catch (IOException e) {
            stderr.println("cannot list " + batch + ": " + e.getMessage());
            return 1;
        }
        boolean terminal = System.console() != null;
        long start = System.nanoTime();
        int withText = 0;
        int failed = 0;
        int warned = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // pages are extracted in parallel and written in order; a window bounds the results held in memory
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int next = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int done = 0; done < pages.size(); done++) {
                while (next < pages.size() && window.size() < threads * 4) {
                    Path page = pages.get(next++);
                    window.add(pool.submit(() -> extractOne(page)));
                }
                Outcome o = window.remove().get();
                if (o.error() != null) {
                    failed++;
                    stderr.println(o.error());
                } else {
                    withText += o.withText() ? 1 : 0;
                    warned += o.warned() ? 1 : 0;
                }
                w.write(JSON.writeValueAsString(o.line()));
                w.newLine();
                if (terminal) {
                    progress(stderr, done + 1, pages.size());
                }
            }
        } catch (IOException e) {
            stderr.println("cannot write " + out + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stderr.println("interrupted");
            return 1;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // extractOne catches what a page can throw
        } finally {
            pool.shutdownNow();
        }
        if (terminal) {
            stderr.println();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "%d pages: %d with main text, %d with warnings, %d unreadable; %.1f s (%.0f pages/s) -> %s%n",
                pages.size(), withText, warned, failed, seconds, pages.size() / Math.max(seconds, 1e-9), out);
        stdout.flush();
        return failed == 0 ? 0 : 1;
    }

    private record Outcome(ObjectNode line, boolean withText, boolean warned, String error) {}

    private Outcome extractOne(Path page) {
        String id = id(page);
        try {
            ExtractedArticle a = ArticleExtractor.extract(read(page), url, null);
            return new Outcome(batchLine(id, a), !a.text().isEmpty(), !a.warnings().isEmpty(), null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(JSON.createObjectNode().put("id", id).put("error", String.valueOf(e.getMessage())),
                    false, false, page.getFileName() + ": " + e.getMessage());
        }
    }

    private static void progress(PrintWriter err, int done, int total) {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    static String id(Path page) {
        String name = page.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static byte[] read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return in.readNBytes(PageDecoder.MAX_BYTES + 1);
            }
        }
        return Files.readAllBytes(file);
    }

    private static ObjectNode batchLine(String id, ExtractedArticle a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("title", a.title());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("outlet", a.outlet());
        o.put("published", a.published().map(ExtractCommand::iso).orElse(null));
        if (a.leadImage().isPresent()) {
            LeadImage img = a.leadImage().get();
            o.putObject("lead_image").put("src", img.src()).put("caption", img.caption()).put("credit", img.credit());
        } else {
            o.putNull("lead_image");
        }
        o.put("text", a.text());
        return o;
    }

    private static ObjectNode full(ExtractedArticle a) throws JsonProcessingException {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", a.title());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("outlet", a.outlet());
        o.put("canonical_url", a.canonicalUrl());
        o.put("description", a.description());
        o.put("language", a.language());
        o.put("published", a.published().map(ExtractCommand::iso).orElse(null));
        o.put("modified", a.modified().map(ExtractCommand::iso).orElse(null));
        if (a.leadImage().isPresent()) {
            LeadImage img = a.leadImage().get();
            o.putObject("lead_image").put("src", img.src()).put("alt", img.alt()).put("caption", img.caption())
                    .put("credit", img.credit());
        } else {
            o.putNull("lead_image");
        }
        ArrayNode blocks = o.putArray("blocks");
        for (TextBlock b : a.blocks()) {
            ObjectNode bo = blocks.addObject().put("kind", b.kind().name().toLowerCase(Locale.ROOT));
            if (b.level() > 0) {
                bo.put("level", b.level());
            }
            bo.put("text", b.text());
        }
        o.put("text", a.text());
        ObjectNode sources = o.putObject("sources");
        a.sources().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sources.put(e.getKey(), e.getValue().name().toLowerCase(Locale.ROOT)));
        ArrayNode warnings = o.putArray("warnings");
        a.warnings().forEach(warnings::add);
        return o;
    }

    private static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

}
