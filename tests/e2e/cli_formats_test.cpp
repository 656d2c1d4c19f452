// SPDX-License-Identifier: MIT
// `savant search --format text|json|jsonl|csv` and `--color`, through the real binary.
#include "tests/e2e/seed_index.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace savant::testing {
namespace {

CommandResult search(const std::vector<std::string>& args,
                     const std::vector<std::string>& env = {}) {
  std::vector<std::string> full{"search", "--db", seed_index()};
  full.insert(full.end(), args.begin(), args.end());
  return run_savant(full, env);
}

TEST(CliFormats, JsonLinesHoldTheJsonResultsOneALine) {
  const nlohmann::json json = search_seeds({"MoE"});
  CommandResult jsonl = search({"MoE", "--format", "jsonl"});
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  const auto lines = lines_of(jsonl.out);
  ASSERT_EQ(lines.size(), json.at("results").size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(nlohmann::json::parse(lines[i]), json.at("results")[i]) << lines[i];
  }
}

TEST(CliFormats, JsonKeepsTheDocumentedKeyOrder) {
  CommandResult r = search({"translation", "--format", "jsonl", "--limit", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"rank\":1,\"id\":\"xinyu-zhao\",\"name\":\"Xinyu Zhao\",", 0), 0u)
      << r.out;
}

TEST(CliFormats, CsvHasAHeaderAndOneRowPerResearcher) {
  CommandResult r = search({"translation", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0],
            "rank,id,name,score,emails,affiliations,topics,evidence_title,evidence_kind,"
            "evidence_venue,evidence_year,evidence_source");
  EXPECT_EQ(lines[1].rfind("1,xinyu-zhao,Xinyu Zhao,", 0), 0u) << lines[1];
  EXPECT_NE(lines[1].find(",publication,ICLR,2024,"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[2].rfind("2,simiao-zuo,Simiao Zuo,", 0), 0u) << lines[2];
}

TEST(CliFormats, TextIsAnAlignedTableWithoutColourWhenPiped) {
  CommandResult r = search({"translation"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find('\033'), std::string::npos);
  const auto lines = lines_of(r.out);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0], "2 researcher(s) match; showing 1-2.");
  EXPECT_EQ(lines[2].rfind("#  RESEARCHER  SCORE  TOPICS", 0), 0u) << lines[2];
  EXPECT_EQ(lines[3].rfind("1  Xinyu Zhao   ", 0), 0u) << lines[3];
}

TEST(CliFormats, ColorAlwaysHighlightsMatchesAndNoColorOnlyAffectsAuto) {
  CommandResult always = search({"translation", "--color", "always"}, {"NO_COLOR=1"});
  ASSERT_EQ(always.exit_code, 0) << always.err;
  EXPECT_NE(always.out.find("\033[1;33mtranslation\033[0m"), std::string::npos) << always.out;
  CommandResult never = search({"translation", "--color", "never"});
  EXPECT_EQ(never.out.find('\033'), std::string::npos);
  CommandResult automatic = search({"translation"}, {"NO_COLOR=1"});
  EXPECT_EQ(automatic.out.find('\033'), std::string::npos);
}

TEST(CliFormats, BadFormatsAndCombinationsAreUsageErrors) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"moe", "--format", "yaml"},
           {"moe", "--format", "csv", "--facets"},
           {"moe", "--format", "jsonl", "--facets"},
           {"moe", "--color", "sometimes"},
       }) {
    CommandResult r = search(args);
    EXPECT_EQ(r.exit_code, 1) << args[2] << ": " << r.err;
    EXPECT_EQ(r.err.rfind("savant: ", 0), 0u) << r.err;
  }
  EXPECT_EQ(run_savant({"stats", "--db", seed_index(), "--format", "csv"}).exit_code, 1);
}

TEST(CliFormats, FacetsInTextFollowTheTable) {
  CommandResult r = search({"translation", "--facets"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Facets (matching researchers):\n  venue  ICLR (1), arXiv (1)\n"),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace savant::testing
