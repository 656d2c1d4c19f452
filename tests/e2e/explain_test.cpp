// SPDX-License-Identifier: MIT
// `savant search --explain` through the real binary on the seed index: in every
// format, the explanation adds up to the score and names the matched evidence.
#include "tests/e2e/seed_index.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace savant::testing {
namespace {

bool near(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); }

TEST(ExplainCli, JsonPartsAddUpToEachScore) {
  nlohmann::json results = search_seeds({"--explain", "mixture of experts"});
  ASSERT_FALSE(results.at("results").empty());
  for (const auto& hit : results.at("results")) {
    const auto& x = hit.at("explanation");
    const double score = hit.at("score");
    EXPECT_TRUE(near(x.at("score"), score)) << hit.at("name");
    double sum = 0.0;
    for (const auto& unit : x.at("evidence")) {
      double product = unit.at("relevance");
      for (const auto& factor : unit.at("factors")) product *= factor.at("value").get<double>();
      EXPECT_TRUE(near(product, unit.at("score"))) << unit.at("title");
      EXPECT_TRUE(near(unit.at("share").get<double>() * unit.at("score").get<double>(),
                       unit.at("contribution")));
      sum += unit.at("contribution").get<double>();
      // Every counted unit says which query terms it matched: the phrase's
      // words or the topic the alias stands for.
      EXPECT_FALSE(unit.at("matched_terms").empty()) << unit.at("title");
    }
    // Evidence units are the whole score: there is no whole-file part (schema 2).
    EXPECT_FALSE(x.contains("document")) << hit.at("name");
    EXPECT_TRUE(near(sum, x.at("sum"))) << hit.at("name");
    double adjusted = sum;
    for (const auto& factor : x.at("adjustments")) adjusted *= factor.at("value").get<double>();
    EXPECT_TRUE(near(adjusted, score)) << hit.at("name");
  }
}

TEST(ExplainCli, NamesTheEvidenceShownAsBest) {
  nlohmann::json results = search_seeds({"--explain", "translation"});
  const auto& top = results.at("results").at(0);
  EXPECT_EQ(top.at("name"), "Xinyu Zhao");
  const auto& units = top.at("explanation").at("evidence");
  ASSERT_FALSE(units.empty());
  // The best unit explained is the best evidence shown, from the same file.
  EXPECT_EQ(units.at(0).at("title"), top.at("evidence").at(0).at("title"));
  EXPECT_EQ(units.at(0).at("source"), top.at("evidence").at(0).at("source"));
  const auto& terms = units.at(0).at("matched_terms");
  EXPECT_NE(std::find(terms.begin(), terms.end(), "translat~"), terms.end()) << terms.dump();
}

TEST(ExplainCli, OnlyWhenAsked) {
  nlohmann::json results = search_seeds({"translation"});
  for (const auto& hit : results.at("results")) EXPECT_FALSE(hit.contains("explanation"));
  CommandResult csv =
      run_savant({"search", "--db", seed_index(), "--format", "csv", "translation"});
  EXPECT_EQ(csv.out.find("explanation"), std::string::npos);
}

TEST(ExplainCli, TextJsonlAndCsvCarryIt) {
  CommandResult text = run_savant({"search", "--db", seed_index(), "--explain", "translation"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("score "), std::string::npos);
  EXPECT_NE(text.out.find("relevance "), std::string::npos);
  EXPECT_NE(text.out.find("x kind publication "), std::string::npos) << text.out;

  CommandResult jsonl =
      run_savant({"search", "--db", seed_index(), "--explain", "--format", "jsonl", "translation"});
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  auto first = nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')));
  EXPECT_TRUE(first.contains("explanation"));

  CommandResult csv =
      run_savant({"search", "--db", seed_index(), "--explain", "--format", "csv", "translation"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const std::string header = csv.out.substr(0, csv.out.find('\n'));
  EXPECT_EQ(header.substr(header.rfind(',') + 1), "explanation");
  EXPECT_NE(csv.out.find(" x "), std::string::npos);
}

}  // namespace
}  // namespace savant::testing
