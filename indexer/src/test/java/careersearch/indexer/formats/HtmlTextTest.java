package careersearch.indexer.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void scriptsAndStylesAreDroppedAndBlocksBecomeLines() {
    assertEquals(
        "Intro\nWhat you do\n- Ship models\n- Review code\nline one\nline two",
        HtmlText.of(
            "<div><script>track()</script><style>p{}</style><p>Intro</p><h2>What you do</h2>"
                + "<ul><li>Ship <b>models</b></li><li>Review code</li></ul>"
                + "<p>line one<br>line two</p><noscript>js</noscript></div>"));
  }

  @Test
  void entitiesAreDecodedAndEscapedHtmlIsDecodedOnceMore() {
    assertEquals("R&D — £60k", HtmlText.of("<p>R&amp;D &mdash; &pound;60k</p>"));
    assertEquals(
        "Build dashboards & reports.",
        HtmlText.of("&lt;p&gt;Build dashboards &amp;amp; reports.&lt;/p&gt;"));
  }

  @Test
  void whatStillReadsAsATagIsNeverLeftAsMarkup() {
    assertEquals("Pay ‹negotiable›", HtmlText.of("<p>Pay &lt;negotiable&gt;</p>"));
    assertEquals(
        "‹script›alert(1)‹/script›", HtmlText.of("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
  }

  @Test
  void plainTextKeepsItsLinesTrimmedWithAtMostOneBlankLine() {
    assertEquals("a\nb\n\nc", HtmlText.of("  a \n b\n\n\n\nc  \n"));
    assertEquals("5 < 6 and 7 > 3", HtmlText.of("5 < 6 and 7 > 3"));
  }

  @Test
  void inlineTextIsOneLine() {
    assertEquals("Harbor & Finch Ltd", HtmlText.inline(" Harbor &amp; Finch\n Ltd "));
    assertEquals("Data Engineer", HtmlText.inline("<b>Data</b> Engineer"));
  }
}
