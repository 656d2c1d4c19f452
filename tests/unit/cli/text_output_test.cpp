// SPDX-License-Identifier: MIT
// The text table of search results: aligned columns, colour only when asked,
// cut and wrapped only on a terminal.
#include "cli/render/text_output.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "cli/render/text_width.hpp"

namespace savant::testing {
namespace {

SearchHit hit(std::size_t rank, const std::string& name, double score) {
  SearchHit h;
  h.rank = rank;
  h.score = score;
  h.researcher.id = "id-" + std::to_string(rank);
  h.researcher.name = name;
  h.researcher.topics = {"machine-translation", "mixture-of-experts"};
  EvidenceHit e;
  e.kind = EvidenceKind::publication;
  e.title = "Sparse MoE for Multilingual Machine Translation";
  e.venue = "ICLR";
  e.year = 2024;
  e.role = AuthorRole::first;
  e.snippet = "multilingual machine <mark>translation</mark> with sparse experts";
  e.source = "/corpus/cv.txt";
  h.evidence = {e};
  return h;
}

SearchResults page() {
  SearchResults results;
  results.total = 12;
  results.hits = {hit(9, "Xinyu Zhao", 12.5), hit(10, "张伟", 3.25)};
  return results;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(TextOutput, ColumnsLineUpWhateverTheScript) {
  const auto lines = lines_of(cli::search_results_text(page(), cli::TextLayout{}));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0], "12 researcher(s) match; showing 9-10.");
  EXPECT_EQ(lines[2], " #  RESEARCHER  SCORE  TOPICS");
  EXPECT_EQ(lines[3], " 9  Xinyu Zhao  12.50  machine-translation, mixture-of-experts");
  // The score column starts at the same terminal column on every row.
  auto row = std::find_if(lines.begin(), lines.end(),
                          [](const std::string& l) { return l.rfind("10  ", 0) == 0; });
  ASSERT_NE(row, lines.end());
  EXPECT_EQ(*row, "10  张伟         3.25  machine-translation, mixture-of-experts");
  EXPECT_EQ(cli::display_width(row->substr(0, row->find("3.25"))),
            cli::display_width(lines[3].substr(0, lines[3].find("12.50"))) + 1);
}

TEST(TextOutput, EvidenceUnderItsResearcher) {
  const std::string text = cli::search_results_text(page(), cli::TextLayout{});
  EXPECT_NE(text.find("    publication  Sparse MoE for Multilingual Machine Translation (ICLR "
                      "2024, first author)\n"
                      "                 multilingual machine translation with sparse experts\n"
                      "                 /corpus/cv.txt\n"),
            std::string::npos)
      << text;
}

TEST(TextOutput, PlainWithoutColourHighlightedWith) {
  EXPECT_EQ(cli::search_results_text(page(), cli::TextLayout{}).find('\033'), std::string::npos);
  const std::string coloured =
      cli::search_results_text(page(), cli::TextLayout{cli::Style(true), 0});
  EXPECT_NE(coloured.find("\033[1;33mtranslation\033[0m"), std::string::npos) << coloured;
  EXPECT_NE(coloured.find("\033[1mXinyu Zhao\033[0m"), std::string::npos) << coloured;
}

TEST(TextOutput, OnATerminalNothingIsWiderThanIt) {
  const std::string text = cli::search_results_text(page(), cli::TextLayout{cli::Style(true), 40});
  for (const std::string& line : lines_of(text)) {
    EXPECT_LE(cli::display_width(line), 40u) << line;
  }
}

TEST(TextOutput, NoMatchesSaysSo) {
  EXPECT_EQ(cli::search_results_text(SearchResults{}, cli::TextLayout{}), "No researcher matches.\n");
}

}  // namespace
}  // namespace savant::testing
