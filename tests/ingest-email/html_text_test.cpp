#include "html_text.hpp"

#include <gtest/gtest.h>

using inspraak::ingest::html_to_text;

TEST(HtmlToText, ParagraphsHeadingsAndLists) {
    EXPECT_EQ(html_to_text("<h1>Titel</h1><p>Een   alinea\nover twee regels.</p><ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>"
                           "<p>Slot</p>"),
              "# Titel\n\nEen alinea over twee regels.\n\n- a\n- b\n  - c\n\nSlot");
}

TEST(HtmlToText, ScriptsStylesAndCommentsVanish) {
    EXPECT_EQ(html_to_text("<style>.x{}</style><script>var a = '<p>nee</p>';</script><!-- weg --><p>ja</p>"), "ja");
}

TEST(HtmlToText, EntitiesAreDecoded) {
    EXPECT_EQ(html_to_text("<p>&lt;a&gt; &amp; &quot;b&quot; &euro;&#160;3 &#x20AC;</p>"),
              "<a> & \"b\" \xE2\x82\xAC 3 \xE2\x82\xAC");
}

TEST(HtmlToText, BlockquotesAreMarkedAsQuotes) {
    EXPECT_EQ(html_to_text("<p>Antwoord</p><blockquote type=\"cite\"><p>Vraag</p><p>Nog een</p></blockquote>"),
              "Antwoord\n\n> Vraag\n>\n> Nog een");
}

TEST(HtmlToText, TablesBecomeLines) {
    EXPECT_EQ(html_to_text("<table><tr><td>Naam</td><td>Jan</td></tr><tr><td>Rol</td><td>lid</td></tr></table>"),
              "Naam Jan\nRol lid");
}

TEST(HtmlToText, PreformattedTextKeepsItsLines) {
    EXPECT_EQ(html_to_text("<pre>regel 1\nregel 2</pre>"), "regel 1\nregel 2");
}

TEST(HtmlToText, BrokenHtmlDoesNotFail) {
    EXPECT_EQ(html_to_text("<p>open <b>vet <i>schuin</p><p>verder"), "open vet schuin\n\nverder");
    EXPECT_EQ(html_to_text(""), "");
    EXPECT_EQ(html_to_text("<html><body></body></html>"), "");
}

TEST(HtmlToText, DeepNestingDoesNotOverflowTheStack) {
    std::string html;
    for (int i = 0; i < 20000; ++i) html += "<div><span>";
    html += "diep";
    // libxml2 stops at 256 levels (its guard against such documents) and drops what is deeper;
    // what matters here is that nothing crashes.
    EXPECT_EQ(html_to_text(html), "");
    std::string nested_200;
    for (int i = 0; i < 120; ++i) nested_200 += "<div><span>";
    EXPECT_EQ(html_to_text(nested_200 + "diep"), "diep");
}
