package newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the pages under src/test/resources/extract/. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedArticle extract(String name, String url) {
        return ArticleExtractor.extract(bytes(name), url, null);
    }
}
