// SPDX-License-Identifier: MIT
// Tests for the line model: Markdown structure parsed off each line of a CV.
#include "indexer/extract/line_model.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

struct LineCase {
  const char* input;
  const char* text;
  int heading_level;
  int bullet_depth;
  int number;
  bool bold;
};

class LineModelShapes : public ::testing::TestWithParam<LineCase> {};

TEST_P(LineModelShapes, ParsesPrefixAndMarkers) {
  const LineCase& c = GetParam();
  std::vector<Line> lines = build_lines(c.input);
  ASSERT_EQ(lines.size(), 1u) << c.input;
  EXPECT_EQ(lines[0].text, c.text);
  EXPECT_EQ(lines[0].heading_level, c.heading_level);
  EXPECT_EQ(lines[0].bullet_depth, c.bullet_depth);
  EXPECT_EQ(lines[0].number, c.number);
  EXPECT_EQ(lines[0].bold, c.bold);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, LineModelShapes,
    ::testing::Values(
        LineCase{"# XINYU ZHAO", "XINYU ZHAO", 1, -1, 0, false},
        LineCase{"#### **PUBLICATIONS**", "PUBLICATIONS", 4, -1, 0, true},
        LineCase{"## 1. PAD-Net: An Efficient Framework for Dynamic Networks. [Paper]",
                 "PAD-Net: An Efficient Framework for Dynamic Networks.", 2, -1, 1, false},
        LineCase{"2. SparseAdapter: An Easy Approach. [Paper]", "SparseAdapter: An Easy Approach.",
                 0, -1, 2, false},
        LineCase{"- **Language hierarchy**: incorporate knowledge",
                 "Language hierarchy: incorporate knowledge", 0, 0, 0, false},
        LineCase{"*Co-First Author*", "Co-First Author", 0, -1, 0, false},
        LineCase{"[J3] A Journal Paper Title", "A Journal Paper Title", 0, -1, 3, false},
        LineCase{"2023. A year, not a number", "2023. A year, not a number", 0, -1, 0, false},
        LineCase{"* [LENS-DF: Deepfake Detection](https://arxiv.org/abs/2507.16220) [[Code]](x)",
                 "LENS-DF: Deepfake Detection", 0, 0, 0, false},
        LineCase{"<h3 class=\"paper-title\">Can Speech LLMs think?</h3>", "Can Speech LLMs think?",
                 3, -1, 0, false}));

TEST(LineModel, NestedBulletsGetDepthFromIndentation) {
  std::vector<Line> lines = build_lines(
      "- Project headline\n"
      "  - Paper title, ACL 2023\n"
      "    - Shenggui Li\\*, Fuzhao Xue\\*\n"
      "- Next project\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].bullet_depth, 0);
  EXPECT_EQ(lines[1].bullet_depth, 1);
  EXPECT_EQ(lines[2].bullet_depth, 2);
  EXPECT_EQ(lines[3].bullet_depth, 0);
}

TEST(LineModel, KeepsEmphasisInContentButNotInText) {
  std::vector<Line> lines = build_lines("Zhangyang Gao\\*, **Daize Dong**\\*, Cheng Tan");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].content, "Zhangyang Gao\\*, **Daize Dong**\\*, Cheng Tan");
  EXPECT_EQ(lines[0].text, "Zhangyang Gao, Daize Dong, Cheng Tan");
}

TEST(LineModel, LeadingBoldSpanIsRecorded) {
  std::vector<Line> lines = build_lines("**Doctor of Philosophy** (Ph.D.)");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].lead_bold, "Doctor of Philosophy");
  EXPECT_FALSE(lines[0].bold);
}

TEST(LineModel, DropsBlankLinesAndMarksThem) {
  std::vector<Line> lines = build_lines("Education\n\nPeking University\nMS in CS\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines[1].blank_before);
  EXPECT_FALSE(lines[2].blank_before);
}

TEST(LineModel, SetextUnderlineMakesHeading) {
  std::vector<Line> lines = build_lines("Biography\n---------\nText here.\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].heading_level, 2);
  EXPECT_EQ(lines[1].heading_level, 0);
}

TEST(LineModel, SkipsCommentsScriptsAndTemplates) {
  std::vector<Line> lines = build_lines(
      "<!-- hidden\nstill hidden -->\nVisible\n<script>\nvar x = 1;\n</script>\n"
      "{% include base_path %}\n[comment]: <> (a note)\n---\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "Visible");
}

TEST(LineModel, BreakTagsSplitLinesIntoContinuations) {
  std::vector<Line> lines =
      build_lines("- **Research Fellow.** Did things\n<br> *[2019 - 2021]*\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[1].continuation);
  EXPECT_EQ(lines[1].text, "[2019 - 2021]");

  lines = build_lines("<a href=\"x\">A Paper Title Here</a> <br> Jane Doe, John Roe");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "A Paper Title Here");
  EXPECT_EQ(lines[1].text, "Jane Doe, John Roe");
}

TEST(LineModel, IndentedTextUnderABulletContinuesIt) {
  std::vector<Line> lines = build_lines("* Title \\\n  Jane Doe, John Roe\n   *NeurIPS 2023*\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "Title");
  EXPECT_TRUE(lines[1].continuation);
  EXPECT_TRUE(lines[2].continuation);
}

TEST(LineModel, FrontMatterTitleBecomesSyntheticHeading) {
  std::vector<Line> lines = build_lines("---\nlayout: archive\ntitle: \"Papers\"\n---\nBody\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].synthetic);
  EXPECT_EQ(lines[0].heading_level, 1);
  EXPECT_EQ(lines[0].text, "Papers");
}

TEST(LineModel, RowsOfLinkButtonsVanish) {
  std::vector<Line> lines =
      build_lines("<a href=\"https://doi.org/x\">DOI</a> | <a href=\"y\">Paper</a>\nKept\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "Kept");
}

struct InlineCase {
  const char* input;
  const char* expected;
};

class CleanInline : public ::testing::TestWithParam<InlineCase> {};

TEST_P(CleanInline, RemovesMarkup) {
  EXPECT_EQ(clean_inline(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Markup, CleanInline,
    ::testing::Values(
        InlineCase{"Internship: Baidu Search Ads | *Multimodal Deep Learning*",
                   "Internship: Baidu Search Ads | Multimodal Deep Learning"},
        InlineCase{"LLaMA-MoE: Building MoE. [Code]", "LLaMA-MoE: Building MoE."},
        InlineCase{"[A Long Paper Title](https://x.org/1) [[PDF]](https://x.org/1.pdf)",
                   "A Long Paper Title"},
        InlineCase{"<sup>\\*</sup> Equal Contribution", "Equal Contribution"},
        InlineCase{"snake_case stays, _emphasis_ goes", "snake_case stays, emphasis goes"},
        InlineCase{"Tom &amp; Jerry", "Tom & Jerry"},
        InlineCase{"Co\\text{-}first Author", "Co-first Author"},
        InlineCase{"Co\text{-}first Author", "Co-first Author"},
        InlineCase{"Hard break \\", "Hard break"}));

TEST(LinkLabel, RecognisesButtonWords) {
  EXPECT_TRUE(is_link_label("Paper"));
  EXPECT_TRUE(is_link_label("[Code]"));
  EXPECT_TRUE(is_link_label("Project Page"));
  EXPECT_FALSE(is_link_label("Go Wider Instead of Deeper"));
  EXPECT_FALSE(is_link_label(""));
}

}  // namespace
}  // namespace savant::indexer::detail
