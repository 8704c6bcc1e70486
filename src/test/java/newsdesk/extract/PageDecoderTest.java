package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    @Test
    void scriptAndStyleBodiesAreEmptiedButJsonLdIsKept() {
        String html = "<head><SCRIPT src=a.js>var x = '<p>not text</p>';</SCRIPT><style>p{color:red}</style>"
                + "<script type=\"application/ld+json\">{\"headline\":\"Kept\"}</script></head><body><p>Text</p>"
                + "<script>unclosed(";

        String out = PageDecoder.withoutScriptBodies(html);

        assertThat(out).isEqualTo("<head><SCRIPT src=a.js></SCRIPT><style></style>"
                + "<script type=\"application/ld+json\">{\"headline\":\"Kept\"}</script></head><body><p>Text</p>"
                + "<script>");
    }

    @Test
    void aPageThatSaysUtf8ButIsNotIsReadAsWindows1252WithAWarning() {
        byte[] page = "<meta charset=\"utf-8\"><p>caf\u00e9 \u201cquoted\u201d</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        List<String> warnings = new ArrayList<>();

        PageDecoder.Decoded d = PageDecoder.decode(page, null, warnings);

        assertThat(d.text()).contains("café “quoted”");
        assertThat(warnings).anyMatch(w -> w.contains("not valid UTF-8"));
    }

    @Test
    void utf8CutInTheMiddleOfACharacterIsStillUtf8() {
        byte[] whole = "<p>Zürich und Köln</p>".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, 6);

        assertThat(PageDecoder.isValidUtf8(cut, 0)).isTrue();
        assertThat(PageDecoder.isValidUtf8(new byte[] {'a', (byte) 0xE9, 'b'}, 0)).isFalse();
    }
}
