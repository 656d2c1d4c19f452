// SPDX-License-Identifier: MIT
// Tests for cutting a section into entries.
#include "indexer/extract/entries.hpp"

#include "indexer/extract/line_model.hpp"
#include "indexer/extract/publication_status.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

// The first line's text of every entry.
std::vector<std::string> entry_heads(const char* text, const EntryRules& rules = {}) {
  std::vector<Line> lines = build_lines(text);
  std::vector<std::string> heads;
  for (const LineRange& range : split_entries(lines, rules))
    heads.push_back(lines[range.begin].text);
  return heads;
}

TEST(EntrySplitter, HeadingsAndNumberedLinesOpenEntries) {
  EXPECT_EQ(entry_heads("## 1. PAD-Net. [Paper]\nShwai He, Daize Dong.\nACL 2023.\n"
                        "2. SparseAdapter. [Paper]\nShwai He, Daize Dong.\n"
                        "# 3. SD-Conv. [Paper]\nShwai He.\n"),
            (std::vector<std::string>{"PAD-Net.", "SparseAdapter.", "SD-Conv."}));
}

TEST(EntrySplitter, BareLineAfterBulletsOpensEntry) {
  EXPECT_EQ(
      entry_heads("Sparse MoE ICLR 2024\n\nFirst Author\n\n- did a\n\n- did b\n\n"
                  "Towards Reliable MoE\n\nCo-First Author\n\n- did c\n\n"
                  "Enhancing Ads\n\nSIGIR 2023\n\nICML 2024\n\n- did d\n"),
      (std::vector<std::string>{"Sparse MoE ICLR 2024", "Towards Reliable MoE", "Enhancing Ads"}));
}

TEST(EntrySplitter, TopLevelBulletsOpenEntriesInBulletLists) {
  EXPECT_EQ(entry_heads("- Project A\n  - Paper A, ACL 2023\n    - Jane Doe, John Roe\n"
                        "- Project B\n  - Paper B\n"),
            (std::vector<std::string>{"Project A", "Project B"}));
}

TEST(EntrySplitter, BoldHeadlineOpensEntry) {
  EXPECT_EQ(entry_heads("**Doctor of Philosophy** (Ph.D.)\nNUS\n- Supervisor: A\n"
                        "# Master of Engineering\nNTU\n"),
            (std::vector<std::string>{"Doctor of Philosophy (Ph.D.)", "Master of Engineering"}));
}

TEST(EntrySplitter, MarkersOpenEntriesAndIntroCanBeDropped) {
  EntryRules rules;
  rules.drop_intro = true;
  rules.is_marker = [](const Line& line) { return unglue(line.text) != line.text; };
  EXPECT_EQ(entry_heads("11 published item(s)\n\npreprint2026arXiv\n\nm3BERT: A Modern Encoder\n\n"
                        "Embedding models are pivotal.\n\npreprint2022arXiv\n\nARCH: Caching\n",
                        rules),
            (std::vector<std::string>{"preprint2026arXiv", "preprint2022arXiv"}));
}

// adevoto__index.md: an intro sentence, then the list; where the intro may be
// dropped (publications) it is not a headline the bullets describe.
TEST(EntrySplitter, IntroSentenceBeforeBulletsIsNotAHeadline) {
  const char* text =
      "These are some of my recent publications. For a complete list, please check my "
      "[Google Scholar](https://scholar.google.com).\n\n"
      "* [Attention Sinks in Diffusion Language Models](https://arxiv.org/abs/2510.15731) (2025)\n"
      "* [Are We Done With MMLU?](https://arxiv.org/abs/2406.04127) (NAACL 2025)\n";
  EntryRules rules;
  rules.drop_intro = true;
  EXPECT_EQ(entry_heads(text, rules),
            (std::vector<std::string>{"Attention Sinks in Diffusion Language Models (2025)",
                                      "Are We Done With MMLU? (NAACL 2025)"}));
  // A bare headline with bullets under it stays one entry.
  EXPECT_EQ(entry_heads("Software Engineer, Google\n- built a\n- built b\n", rules),
            (std::vector<std::string>{"Software Engineer, Google"}));
}

TEST(EntrySplitter, YearHeadingsLabelGroups) {
  EntryRules rules;
  rules.group_labels = true;
  EXPECT_EQ(entry_heads("## 2025\n* Paper A\n* Paper B\n## 2024\n* Paper C\n", rules),
            (std::vector<std::string>{"Paper A", "Paper B", "Paper C"}));
}

// Hao Sun's research page (hsun__publications.md): a heading, a sentence, then
// items that each name their venue and year. The items are the papers.
TEST(EntrySplitter, HeadingOverADatedListLabelsTheGroup) {
  EntryRules rules;
  rules.drop_intro = true;
  rules.is_dated = [](const Line& line) { return line.text.find("20") != std::string::npos; };
  EXPECT_EQ(entry_heads("#### Deep RL Research\nI study novel RL algorithms.\n"
                        "- [NeurIPS'2019] Self-imitation for RL.\n"
                        "- [NeurIPS'2023] Interpretable offline RL.\n"
                        "In the LLM era, my research focuses on reward models:\n"
                        "#### Inverse RL for LLM Alignment Research\n"
                        "- [ICLR'2024] Reward models for math.\n"
                        "- [ICML'2024] Dense reward models.\n"
                        "- [Preprint] Active reward modeling.\n",
                        rules),
            (std::vector<std::string>{
                "[NeurIPS'2019] Self-imitation for RL.", "[NeurIPS'2023] Interpretable offline RL.",
                "[ICLR'2024] Reward models for math.", "[ICML'2024] Dense reward models.",
                "Active reward modeling."}));
  // Where intros are kept, the heading and its sentence stay an entry of their own.
  rules.drop_intro = false;
  EXPECT_EQ(entry_heads("### Research\nI study RL.\n- A, 2019.\n- B, 2023.\n", rules),
            (std::vector<std::string>{"Research", "A, 2019.", "B, 2023."}));
}

TEST(EntrySplitter, HeadingWhoseBulletsAreItsPartsStaysOneEntry) {
  EntryRules rules;
  rules.drop_intro = true;
  rules.is_dated = [](const Line& line) { return line.text.find("20") != std::string::npos; };
  // "### Title / - Authors / - Venue Year": one dated item is the paper's own line.
  EXPECT_EQ(entry_heads("### Sparse Experts\n- A. Smith, B. Jones\n- NeurIPS 2023\n"
                        "### Dense Experts\n- C. Lee\n- ICML 2024\n",
                        rules),
            (std::vector<std::string>{"Sparse Experts", "Dense Experts"}));
  // A sentence after the list means the bullets describe the heading.
  EXPECT_EQ(entry_heads("### Project\n- 2023 start\n- 2024 end\nMore text here\n", rules),
            (std::vector<std::string>{"Project"}));
}

TEST(EntrySplitter, BlankLinesSeparateBareEntries) {
  EXPECT_EQ(entry_heads("Peking University\nMS in CS\n2019 - 2021\n\nTsinghua University\nBS\n"),
            (std::vector<std::string>{"Peking University", "Tsinghua University"}));
}

TEST(EntrySplitter, CallbackSplitsBareLinesOfPdfText) {
  EntryRules rules;
  rules.opens_entry = [](const Line& line, std::span<const Line> open) {
    return line.text.find("University") != std::string::npos && !open.empty();
  };
  EXPECT_EQ(entry_heads("Peking University\n\nMS\n\n2021\n\nWuhan University\n\nBA\n", rules),
            (std::vector<std::string>{"Peking University", "Wuhan University"}));
}

TEST(EntrySplitter, LeadLinesAboveHeadlinesMoveWithThem) {
  EntryRules rules;
  rules.leads_entry = [](const Line& line) { return line.text.rfind("By ", 0) == 0; };
  EXPECT_EQ(entry_heads("By A\n**Title A**\nVenue A\nBy B\n**Title B**\nVenue B\n", rules),
            (std::vector<std::string>{"By A", "By B"}));
}

TEST(EntrySplitter, EmptyInputHasNoEntries) { EXPECT_TRUE(entry_heads("").empty()); }

}  // namespace
}  // namespace savant::indexer::detail
