// SPDX-License-Identifier: MIT
// Tests of the HTML reader: Markdown structure from markup, site chrome left
// out, and the corpus's homepages read with their owners and without menus.
#include "indexer/readers/html_reader.hpp"

#include "schema/text_normalizer.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer {
namespace {

using testing::line_of;
using testing::plain_lines;

using testing::contains;

TEST(HtmlReader, HeadingsBecomeHashes) {
  std::string text = html_to_text(
      "<html><body><h1>Jane Doe</h1><p>Researcher.</p><h2>Publications</h2>"
      "<h4>Journal <em>articles</em></h4></body></html>");
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(lines[line_of(lines, "Jane Doe")], "# Jane Doe") << text;
  EXPECT_EQ(lines[line_of(lines, "Publications")], "## Publications") << text;
  EXPECT_EQ(lines[line_of(lines, "Journal")], "#### Journal articles") << text;
}

TEST(HtmlReader, ListItemsBecomeNestedBullets) {
  std::string text = html_to_text(
      "<ul><li>Paper one<ul><li>Best paper award</li></ul></li><li>Paper two</li></ul>"
      "<ol><li>Numbered</li></ol>");
  EXPECT_TRUE(contains(text, "- Paper one\n  - Best paper award\n- Paper two\n")) << text;
  EXPECT_TRUE(contains(text, "- Numbered")) << text;
}

TEST(HtmlReader, BreaksParagraphsAndRowsMakeLines) {
  std::string text = html_to_text(
      "<p>Title of a paper<br>J. Doe, A. Smith<br/>NeurIPS 2023</p>"
      "<table><tr><td>2019 - 2021</td><td>Research Assistant</td></tr>"
      "<tr><td>2017</td><td>Intern</td></tr></table>");
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_GE(line_of(lines, "Title of a paper"), 0);
  EXPECT_EQ(line_of(lines, "J. Doe, A. Smith"), line_of(lines, "Title of a paper") + 1) << text;
  EXPECT_GE(line_of(lines, "2019 - 2021 | Research Assistant"), 0) << text;
  EXPECT_GE(line_of(lines, "2017 | Intern"), 0) << text;
}

TEST(HtmlReader, MarksBoldOnlyLinesAndBoldNames) {
  std::string text =
      html_to_text("<p><strong>Selected Awards</strong></p><p>A. Smith, <b>J. Doe</b>, B. Lee</p>");
  EXPECT_TRUE(contains(text, "**Selected Awards**\n")) << text;
  EXPECT_TRUE(contains(text, "A. Smith, **J. Doe**, B. Lee")) << text;
}

TEST(HtmlReader, DecodesEntities) {
  std::string text = html_to_text("<p>Caf&eacute; &amp; Bar &ndash; M&uuml;ller&nbsp;2020</p>");
  EXPECT_TRUE(contains(text, "Caf\u00E9 & Bar \u2013 M\u00FCller\u00A02020")) << text;
}

TEST(HtmlReader, DropsScriptsNavigationAndChrome) {
  std::string text = html_to_text(R"(<html><head><title>Jane Doe</title>
    <style>body { color: red }</style><script>var tracking = 1;</script></head><body>
    <header><a href="/">Home</a></header>
    <nav><ul><li><a href="/blog">Blog</a></li></ul></nav>
    <div class="navbar-collapse"><a>Teaching</a></div>
    <div id="cookie-banner">We use cookies</div>
    <ul class="social-icons"><li>Twitter</li></ul>
    <a class="skip-link" href="#main">Skip to content</a>
    <main><h1>Jane Doe</h1><p>I study robots.</p>
      <header><p>Article header stays</p></header></main>
    <aside class="sidebar">Recent posts</aside>
    <footer>Copyright 2024</footer><noscript>Enable JS</noscript>
    <form><button>Subscribe</button></form></body></html>)");
  for (const char* chrome :
       {"tracking", "color: red", "Home", "Blog", "Teaching", "cookies", "Twitter",
        "Skip to content", "Recent posts", "Copyright", "Enable JS", "Subscribe"}) {
    EXPECT_FALSE(contains(text, chrome)) << chrome << " in\n" << text;
  }
  EXPECT_TRUE(contains(text, "# Jane Doe")) << text;
  EXPECT_TRUE(contains(text, "I study robots.")) << text;
  EXPECT_TRUE(contains(text, "Article header stays")) << text;
}

TEST(HtmlReader, KeepsMainContentInsideAChromeWrapper) {
  // A layout wrapper named like chrome must not take the page's content with it.
  std::string text = html_to_text(
      "<div class=\"sidebar-layout\"><div class=\"menu\">Menu</div>"
      "<div role=\"main\"><h1>Jane Doe</h1><p>Publications follow.</p></div></div>");
  EXPECT_TRUE(contains(text, "# Jane Doe")) << text;
  EXPECT_TRUE(contains(text, "Publications follow.")) << text;
  EXPECT_FALSE(contains(text, "Menu")) << text;
}

TEST(HtmlReader, KeepsAnAuthorCardInASidebar) {
  std::string text = html_to_text(
      "<div class=\"sidebar author-profile\"><p>Jane Doe</p><p>jane@example.org</p></div>"
      "<div><h2>About</h2><p>Hello.</p></div>");
  EXPECT_TRUE(contains(text, "jane@example.org")) << text;
}

TEST(HtmlReader, TitleNamesThePageWithoutH1) {
  std::string text = html_to_text(
      "<html><head><title>Sebastian Bruch</title></head><body><p>Scientist.</p></body></html>");
  EXPECT_EQ(plain_lines(text).front(), "# Sebastian Bruch") << text;
}

TEST(HtmlReader, KeepsFrontMatterAndRemovesLiquid) {
  std::string text = html_to_text(
      "---\ntitle: home\n---\n<p>{{ site.author }} works at {% if x %}MIT{% endif %}.</p>"
      "{% comment %}<p>Hidden news</p>{% endcomment %}");
  EXPECT_TRUE(text.starts_with("---\ntitle: home\n---\n")) << text;
  EXPECT_TRUE(contains(text, "works at MIT.")) << text;
  EXPECT_FALSE(contains(text, "site.author")) << text;
  EXPECT_FALSE(contains(text, "Hidden news")) << text;
}

TEST(HtmlReader, DropsLinkButtonsButKeepsLinkText) {
  std::string text = html_to_text(
      "<p><a href=\"x\">Neural Radiance Fields</a> <a href=\"p.pdf\">[PDF]</a> "
      "<a href=\"c\">code</a></p>");
  EXPECT_TRUE(contains(text, "Neural Radiance Fields")) << text;
  EXPECT_FALSE(contains(text, "PDF")) << text;
  EXPECT_FALSE(contains(text, "code")) << text;
}

TEST(HtmlReader, RefusesAPageWithoutText) {
  EXPECT_THROW(testing::run_reader(read_html, "empty.html",
                                   "<html><head><script>x()</script></head><body></body></html>"),
               Error);
}

// The corpus's homepages: the owner found, the menus gone.
struct CorpusPage {
  const char* file;
  std::vector<const char*> kept;     ///< Text of the page's content.
  std::vector<const char*> dropped;  ///< Text of its navigation and chrome.
};

TEST(HtmlReader, CorpusPagesKeepContentAndDropNavigation) {
  const std::vector<CorpusPage> pages = {
      {"ayener__index.html",
       {"# Aylin Yener", "Information theory, wireless communications"},
       {"Former students", "Selected Talks", "Google Scholar Profile"}},
      {"ckrauter__cv.html", {"Krauter", "Stuttgart"}, {"repositories", "Switch to dark mode"}},
      {"ckrauter__index.html",
       {"Hi, I'm Chris Krauter", "Human-Computer Interaction"},
       {"repositories", "photos"}},
      {"draj__index.html", {"Senior Research Scientist at Meta", "JSALT"}, {"{%", "{{"}},
      {"jbarron__index.html",
       {"Jon Barron", "CAT4D: Create Anything in 4D"},
       {"text/javascript", "getElementById", "onmouseover"}},
      {"pnguyenha__index.html",
       {"Phong Nguyen", "Cross-Space Distillation"},
       {"Toggle color theme", "\nAbout\n", "\nContact\n"}},
      {"sbharadwaj__index.html", {"# Shrisha Bharadwaj"}, {"\nNews\n", "LinkedIn"}},
      {"sbruch__index.html",
       {"# Sebastian Bruch", "Foundations of Vector Retrieval"},
       {"nav.html", "site.author"}},
      {"ypwang__index.html", {"# Yiping Wang", "Zhejiang University"}, {"Key News", "{%"}},
  };
  for (const CorpusPage& page : pages) {
    std::string text = schema::normalize_text(html_to_text(testing::corpus_bytes(page.file)));
    for (const char* kept : page.kept) {
      EXPECT_TRUE(contains(text, kept)) << page.file << " lost " << kept;
    }
    for (const char* dropped : page.dropped) {
      EXPECT_FALSE(contains(text, dropped)) << page.file << " kept " << dropped;
    }
  }
}

TEST(HtmlReader, CorpusPagesNameTheirOwners) {
  for (const char* file : {"ayener__index.html", "sbharadwaj__index.html", "sbruch__index.html"}) {
    DocumentRecord record = testing::run_reader(read_html, file, testing::corpus_bytes(file));
    EXPECT_EQ(record.name, testing::manifest_owner(file)) << file;
  }
  // These pages call their owners by a shorter name than the manifest does.
  EXPECT_EQ(testing::run_reader(read_html, "jbarron__index.html",
                                testing::corpus_bytes("jbarron__index.html"))
                .name,
            "Jon Barron");
  EXPECT_EQ(testing::run_reader(read_html, "ckrauter__cv.html",
                                testing::corpus_bytes("ckrauter__cv.html"))
                .name,
            "Chris Krauter");
}

}  // namespace
}  // namespace savant::indexer
