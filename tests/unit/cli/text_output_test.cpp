// SPDX-License-Identifier: MIT
// The text table of search results: aligned columns, colour only when asked,
// cut and wrapped only on a terminal.
#include "cli/render/text_output.hpp"

#include "cli/render/text_common.hpp"
#include "cli/render/text_width.hpp"

#include <gtest/gtest.h>

#include <sstream>

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

TEST(TextOutput, SaysWhenTheQueryWasCorrectedOrRelaxed) {
  SearchResults results = page();
  results.corrected_query = "translation";
  results.relaxed = true;
  const auto lines = lines_of(cli::search_results_text(results, cli::TextLayout{}));
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0], "Showing results for \"translation\".");
  EXPECT_EQ(lines[1], "Few researchers match every word; those matching some of them follow.");
  EXPECT_EQ(lines[2], "12 researcher(s) match; showing 9-10.");
}

TEST(TextOutput, DetailsReadNaturally) {
  auto details = [](AuthorRole role, PublicationStatus status) {
    return cli::evidence_details(EvidenceKind::publication, "T", "ICLR", 2024, "", "", role,
                                 status);
  };
  EXPECT_EQ(details(AuthorRole::first, PublicationStatus::published),
            "ICLR 2024, first author, published");
  EXPECT_EQ(details(AuthorRole::co_first, PublicationStatus::preprint),
            "ICLR 2024, co-first author, preprint");
  EXPECT_EQ(details(AuthorRole::co_author, PublicationStatus::under_review),
            "ICLR 2024, co-author, under review");
  EXPECT_EQ(cli::evidence_details(EvidenceKind::experience, "Research Intern", "", 2024,
                                  "Microsoft", "Sep. 2021 - Jun. 2024", AuthorRole::unknown,
                                  PublicationStatus::unknown),
            "Microsoft, Sep. 2021 - Jun. 2024");
}

TEST(TextOutput, ATitleIsNotRepeatedAsItsSnippet) {
  SearchResults results = page();
  results.hits[0].evidence[0].snippet =
      "Sparse MoE for Multilingual Machine <mark>Translation</mark>";
  const std::string text = cli::search_results_text(results, cli::TextLayout{});
  EXPECT_EQ(text.find("Translation (ICLR 2024, first author)\n                 Sparse"),
            std::string::npos)
      << text;
}

TEST(TextOutput, NoMatchesSaysSo) {
  EXPECT_EQ(cli::search_results_text(SearchResults{}, cli::TextLayout{}),
            "No researcher matches.\n");
}

}  // namespace
}  // namespace savant::testing
