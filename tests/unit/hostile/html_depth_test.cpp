// SPDX-License-Identifier: MIT
// html_nesting_depth: deep pages are caught before gumbo, real pages pass.
#include "indexer/readers/html_depth.hpp"

#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace savant::indexer {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(HtmlDepth, CountsNestedElements) {
  EXPECT_EQ(html_nesting_depth("<div><span><b>x</b></span></div>"), 3u);
  EXPECT_EQ(html_nesting_depth(repeat("<div>", 50) + repeat("</div>", 50)), 50u);
  EXPECT_EQ(html_nesting_depth("<DIV><Div>x</div></DIV><div></div>"), 2u);
}

TEST(HtmlDepth, StopsCountingPastTheLimit) {
  const std::string deep = repeat("<div>", 100000);
  EXPECT_EQ(html_nesting_depth(deep), kMaxHtmlDepth + 1);
  EXPECT_EQ(html_nesting_depth(deep, 10), 11u);
}

TEST(HtmlDepth, IgnoresWhatThePageDoesNotNest) {
  // Void elements, self-closed tags and elements with optional end tags.
  EXPECT_EQ(html_nesting_depth(repeat("<br><img src=x><p>para<li>item<td>", 5000)), 0u);
  EXPECT_EQ(html_nesting_depth(repeat("<span/>", 5000)), 0u);
  // Comments, scripts and styles hold no elements.
  EXPECT_EQ(html_nesting_depth("<!--" + repeat("<div>", 5000) + "-->"), 0u);
  EXPECT_EQ(html_nesting_depth("<script>" + repeat("<div>", 5000) + "</SCRIPT><b>x</b>"), 1u);
  EXPECT_EQ(html_nesting_depth("a < b and <3, <!DOCTYPE html><?xml?>"), 0u);
}

// Counted as HTML parsers build the tree (gumbo is one): an end tag closes
// the elements opened inside its element, a stray end tag does nothing, and
// elements that never nest in themselves close their open namesake.
TEST(HtmlDepth, CountsUnclosedTagsAsParsersNestThem) {
  // A link list, headings or form controls with their end tags left out: one level.
  EXPECT_EQ(html_nesting_depth(repeat("<a href=x>link ", 5000)), 1u);
  EXPECT_EQ(html_nesting_depth("<div>" + repeat("<h2>title <h3>sub ", 3000) + "</div>"), 2u);
  EXPECT_EQ(html_nesting_depth(repeat("<button>b ", 3000)), 1u);
  // An end tag closes what was opened inside its element.
  EXPECT_EQ(html_nesting_depth(repeat("<div><span><i>x</div>", 3000)), 3u);
  // Stray end tags close nothing: the divs after them still nest.
  EXPECT_EQ(html_nesting_depth(repeat("</span>", 3000) + "<div><div><div>"), 3u);
  EXPECT_EQ(html_nesting_depth("<div><div></span></b><div>"), 3u);
  // Elements that do nest when left open are still counted: real depth.
  EXPECT_EQ(html_nesting_depth(repeat("<b>bold ", 5000)), kMaxHtmlDepth + 1);
  EXPECT_EQ(html_nesting_depth(repeat("<div>", 2000) + repeat("</div>", 2000)), kMaxHtmlDepth + 1);
}

TEST(HtmlDepth, UnclosedTagsAtTheEndAreHarmless) {
  EXPECT_EQ(html_nesting_depth("<div><div"), 1u);
  EXPECT_EQ(html_nesting_depth("<script>never closed <div>"), 0u);
  EXPECT_EQ(html_nesting_depth("<!-- never closed <div>"), 0u);
}

TEST(HtmlDepth, EveryCorpusPageIsWellWithinTheLimit) {
  int pages = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(savant::testing::corpus_dir())) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".html" && ext != ".htm") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    EXPECT_LT(html_nesting_depth(s.str()), kMaxHtmlDepth / 10) << entry.path();
    ++pages;
  }
  EXPECT_GT(pages, 5);
}

}  // namespace
}  // namespace savant::indexer
