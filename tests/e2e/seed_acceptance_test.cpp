// SPDX-License-Identifier: MIT
// The foundation issue's acceptance lines, run through the real binary on the seeds.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/e2e/seed_index.hpp"

namespace savant::testing {
namespace {

using Names = std::set<std::string>;
const Names kAllFour = {"Xinyu Zhao", "Simiao Zuo", "Daize Dong", "Fuzhao Xue"};

TEST(SeedAcceptance, FiveSeedsGiveFourResearchers) {
  CommandResult r = run_savant({"stats", "--db", seed_index(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto stats = nlohmann::json::parse(r.out);
  EXPECT_EQ(stats.at("documents"), 5);
  EXPECT_EQ(stats.at("researchers"), 4);

  auto everyone = search_seeds({"--limit", "50"});
  EXPECT_EQ(everyone.at("total"), 4);
  EXPECT_EQ(name_set(everyone), kAllFour);
}

TEST(SeedAcceptance, NamelessPdfTextJoinsXinyuZhao) {
  auto results = search_seeds({"name:zhao"});
  ASSERT_EQ(results.at("total"), 1);
  const auto& sources = results.at("results")[0].at("sources");
  ASSERT_EQ(sources.size(), 2u);
  auto has = [&](const std::string& part) {
    return std::any_of(sources.begin(), sources.end(), [&](const auto& s) {
      return s.template get<std::string>().find(part) != std::string::npos;
    });
  };
  EXPECT_TRUE(has("000_")) << sources;
  EXPECT_TRUE(has("001_")) << sources;
}

TEST(SeedAcceptance, MixtureOfExpertsAndMoEFindAllFour) {
  EXPECT_EQ(name_set(search_seeds({"mixture-of-experts"})), kAllFour);
  EXPECT_EQ(name_set(search_seeds({"MoE"})), kAllFour);
  EXPECT_EQ(name_set(search_seeds({"moe"})), kAllFour);
  EXPECT_EQ(name_set(search_seeds({"mixture", "of", "experts"})), kAllFour);
}

TEST(SeedAcceptance, TranslationRanksXinyuZhaoFirstThenSimiaoZuo) {
  auto names = names_of(search_seeds({"translation"}));
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names.front(), "Xinyu Zhao");
  EXPECT_EQ(Names(names.begin(), names.end()), (Names{"Xinyu Zhao", "Simiao Zuo"}));
}

TEST(SeedAcceptance, ReviewerIsNotAnAuthor) {
  EXPECT_EQ(name_set(search_seeds({"--venue", "ICLR"})), Names{"Xinyu Zhao"});
  EXPECT_EQ(name_set(search_seeds({"--venue", "SIGIR"})), Names{"Xinyu Zhao"});
}

TEST(SeedAcceptance, VenueAndYearHoldForTheSamePublication) {
  EXPECT_EQ(name_set(search_seeds({"--venue", "ACL", "--year", "2023"})),
            (Names{"Daize Dong", "Fuzhao Xue"}));
  auto icml = name_set(search_seeds({"--venue", "ICML", "--year", "2024"}));
  EXPECT_TRUE(icml.count("Xinyu Zhao")) << "ICML 2024 co-first author paper";
  EXPECT_FALSE(icml.count("Daize Dong")) << "his ICML 2024 entries are under review";
  // A venue alias resolves to the same venue.
  EXPECT_EQ(name_set(search_seeds({"--venue", "Annual Meeting of the Association for "
                                               "Computational Linguistics",
                                   "--year", "2023"})),
            (Names{"Daize Dong", "Fuzhao Xue"}));
}

TEST(SeedAcceptance, YearRangeInQueryLanguage) {
  auto results = search_seeds({"venue:ICML", "year:2023..2024"});
  EXPECT_EQ(name_set(results), (Names{"Xinyu Zhao", "Fuzhao Xue"}));
}

TEST(SeedAcceptance, GluedPreprintTokenYieldsArxivPreprint) {
  auto results = search_seeds({"m3BERT", "--evidence", "1"});
  ASSERT_EQ(results.at("total"), 1);
  const auto& hit = results.at("results")[0];
  EXPECT_EQ(hit.at("name"), "Simiao Zuo");
  const auto& evidence = hit.at("evidence")[0];
  EXPECT_EQ(evidence.at("kind"), "publication");
  EXPECT_EQ(evidence.at("venue"), "arXiv");
  EXPECT_EQ(evidence.at("year"), 2026);
  EXPECT_EQ(evidence.at("status"), "preprint");
  EXPECT_NE(evidence.at("snippet").get<std::string>().find("<mark>"), std::string::npos);
}

TEST(SeedAcceptance, NoSiteChromeIsEvidence) {
  for (const char* chrome : {"\"log in to claim\"", "\"follow researcher\"", "\"trust snapshot\"",
                             "\"close collaborators\"", "BZPEER", "\"open full explorer\"",
                             "\"unclaimed author\""}) {
    auto results = search_seeds({chrome});
    EXPECT_EQ(results.at("total"), 0) << chrome << " matched " << results.dump();
  }
  auto simiao = search_seeds({"name:simiao", "--evidence", "100"});
  ASSERT_EQ(simiao.at("total"), 1);
  for (const auto& e : simiao.at("results")[0].at("evidence")) {
    EXPECT_EQ(e.at("kind"), "publication") << e.dump();
  }
}

TEST(SeedAcceptance, FacetCountsEqualMatchingResearchers) {
  auto results = search_seeds({"MoE", "--facets"});
  const auto& facets = results.at("facets");
  ASSERT_FALSE(facets.at("venue").empty());
  ASSERT_FALSE(facets.at("year").empty());
  ASSERT_FALSE(facets.at("topic").empty());
  for (const auto& [venue, count] : facets.at("venue").items()) {
    auto drill = search_seeds({"MoE", "--venue", venue});
    EXPECT_EQ(drill.at("total"), count) << "venue " << venue;
  }
  for (const auto& [year, count] : facets.at("year").items()) {
    auto drill = search_seeds({"MoE", "--year", year});
    EXPECT_EQ(drill.at("total"), count) << "year " << year;
  }
  for (const auto& [topic, count] : facets.at("topic").items()) {
    auto drill = search_seeds({"MoE", "--topic", topic});
    EXPECT_EQ(drill.at("total"), count) << "topic " << topic;
  }
  EXPECT_EQ(facets.at("topic").at("mixture-of-experts"), 4);
}

TEST(SeedAcceptance, JsonResultsHaveTheDocumentedShape) {
  auto results = search_seeds({"translation", "--facets"});
  EXPECT_EQ(results.at("query"), "translation");
  EXPECT_TRUE(results.at("total").is_number_integer());
  ASSERT_FALSE(results.at("results").empty());
  const auto& hit = results.at("results")[0];
  for (const char* key : {"rank", "id", "name", "emails", "score", "topics", "evidence"}) {
    EXPECT_TRUE(hit.contains(key)) << key;
  }
  EXPECT_EQ(hit.at("rank"), 1);
  EXPECT_EQ(hit.at("emails")[0], "xinyuzhao@stu.pku.edu.cn");
  ASSERT_FALSE(hit.at("evidence").empty());
  for (const char* key : {"kind", "title", "venue", "year", "role", "status", "snippet", "source"}) {
    EXPECT_TRUE(hit.at("evidence")[0].contains(key)) << key;
  }
  for (const char* key : {"venue", "year", "topic"}) EXPECT_TRUE(results.at("facets").contains(key));
}

TEST(SeedAcceptance, PagingSplitsTheRanking) {
  auto all = names_of(search_seeds({"MoE", "--limit", "4"}));
  auto first = names_of(search_seeds({"MoE", "--limit", "2"}));
  auto second = names_of(search_seeds({"MoE", "--limit", "2", "--offset", "2"}));
  ASSERT_EQ(all.size(), 4u);
  first.insert(first.end(), second.begin(), second.end());
  EXPECT_EQ(first, all);
}

TEST(SeedAcceptance, FieldsOfTheQueryLanguage) {
  EXPECT_EQ(name_set(search_seeds({"institution:\"peking university\""})), Names{"Xinyu Zhao"});
  EXPECT_EQ(name_set(search_seeds({"email:xuefuzhao@outlook.com"})), Names{"Fuzhao Xue"});
  EXPECT_EQ(name_set(search_seeds({"topic:MoE", "NOT", "name:xue"})),
            (Names{"Xinyu Zhao", "Simiao Zuo", "Daize Dong"}));
  EXPECT_EQ(name_set(search_seeds({"title:\"sequence parallelism\""})), Names{"Fuzhao Xue"});
}

}  // namespace
}  // namespace savant::testing
