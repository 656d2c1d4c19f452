// SPDX-License-Identifier: MIT
// Tests for turning Markdown front matter into synthetic lines.
#include "indexer/extract/front_matter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {
namespace {

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> texts(const FrontMatter& front) {
  std::vector<std::string> out;
  for (const Line& line : front.lines) out.push_back(line.text);
  return out;
}

TEST(FrontMatter, PageTitleBecomesHeading) {
  std::vector<std::string_view> raw = split("---\ntitle: \"Papers\"\nlayout: archive\n---\nBody");
  std::optional<FrontMatter> front = read_front_matter(raw, 0);
  ASSERT_TRUE(front.has_value());
  EXPECT_EQ(front->end, 4u);
  EXPECT_EQ(texts(*front), (std::vector<std::string>{"Papers"}));
  EXPECT_EQ(front->lines[0].heading_level, 1);
  EXPECT_TRUE(front->lines[0].synthetic);
}

TEST(FrontMatter, EmptyTitleFallsBackToTheSeoTitleBeforeItsTagline) {
  std::vector<std::string_view> raw =
      split("---\ntitle: ''\nseo_title: \"Ada Lovelace | Analyst at Babbage & Co\"\n---\nBody");
  std::optional<FrontMatter> front = read_front_matter(raw, 0);
  ASSERT_TRUE(front.has_value());
  EXPECT_EQ(texts(*front), (std::vector<std::string>{"Ada Lovelace"}));
  EXPECT_EQ(front->lines[0].heading_level, 1);
}

TEST(FrontMatter, RealTitleWinsOverTheSeoTitle) {
  std::vector<std::string_view> raw =
      split("---\ntitle: Papers\nseo_title: \"Ada Lovelace | Papers\"\n---\nBody");
  std::optional<FrontMatter> front = read_front_matter(raw, 0);
  ASSERT_TRUE(front.has_value());
  EXPECT_EQ(texts(*front), (std::vector<std::string>{"Papers"}));
}

TEST(FrontMatter, PublicationPageBecomesAnEntry) {
  std::vector<std::string_view> raw = split(
      "---\ntitle: 'SyzScope: Revealing Bugs'\ncollection: publications\n"
      "excerpt: 'We study bugs.'\ndate: 2022-09-02\nvenue: 'In Proceedings of USENIX Security.'\n"
      "authors:\n  - Xiaochen Zou\n  - Hang Zhang\n---\n");
  std::optional<FrontMatter> front = read_front_matter(raw, 0);
  ASSERT_TRUE(front.has_value());
  EXPECT_EQ(texts(*front),
            (std::vector<std::string>{
                "Publications", "SyzScope: Revealing Bugs", "Xiaochen Zou, Hang Zhang",
                "In Proceedings of USENIX Security. 2022", "We study bugs."}));
  EXPECT_TRUE(front->lines[1].bold);
}

TEST(FrontMatter, NoneWithoutOpeningOrClosingFence) {
  std::vector<std::string_view> raw = split("# Title\n---\n");
  EXPECT_FALSE(read_front_matter(raw, 0).has_value());
  raw = split("---\ntitle: x\nno end");
  EXPECT_FALSE(read_front_matter(raw, 0).has_value());
}

}  // namespace
}  // namespace savant::indexer::detail
