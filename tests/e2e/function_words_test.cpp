// SPDX-License-Identifier: MIT
// Function words in unquoted queries, through the real binary on the real
// documents of corpus/: a query matched by fewer than ten researchers is
// retried with its words ORed; "of" is in nearly every unit, and ORed it
// brought in researchers matched by "of" alone.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace savant::testing {
namespace {

class FunctionWordsCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    CommandResult r = run_savant({"index", "--quiet", "--db", *dir_ / "index", corpus_dir()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static nlohmann::json search(const std::vector<std::string>& args) {
    std::vector<std::string> full{"search", "--db", *dir_ / "index", "--format", "json"};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult r = run_savant(full);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  static TempDir* dir_;
};

TempDir* FunctionWordsCli::dir_ = nullptr;

// Whether some evidence unit of `hit` matched a term starting with one of `stems`.
bool matched_any(const nlohmann::json& hit, const std::vector<std::string>& stems) {
  for (const auto& unit : hit.at("explanation").at("evidence")) {
    for (const auto& term : unit.at("matched_terms")) {
      for (const std::string& stem : stems) {
        if (term.get<std::string>().rfind(stem, 0) == 0) return true;
      }
    }
  }
  return false;
}

// `history of science` (8 researchers have both words) and `philosophy of
// mind` (a topic alias: its retry ORs the alias's words) are retried relaxed.
TEST_F(FunctionWordsCli, TheRelaxedRetryFindsNoOneByOfAlone) {
  const nlohmann::json everyone = search({"--limit", "0", "of"});
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"history of science", {"histori", "scienc"}},
      {"philosophy of mind", {"philosoph", "mind", "topic:philosophy"}},
  };
  for (const auto& [query, stems] : cases) {
    const nlohmann::json results = search({"--limit", "500", "--explain", query});
    ASSERT_TRUE(results.at("relaxed").get<bool>()) << query << " is no longer relaxed";
    ASSERT_FALSE(results.at("results").empty()) << query;
    EXPECT_LT(results.at("total").get<int>(), everyone.at("total").get<int>()) << query;
    // Everyone found has evidence with a word of the query, not only "of".
    for (const auto& hit : results.at("results")) {
      EXPECT_TRUE(matched_any(hit, stems))
          << query << ": " << hit.at("name") << " " << hit.at("explanation").dump();
    }
  }
  // Not a topic alias: the same researchers, in the same order, as without "of".
  const nlohmann::json with_of = search({"--limit", "500", "history of science"});
  const nlohmann::json without = search({"--limit", "500", "history science"});
  EXPECT_EQ(names_of(with_of), names_of(without));
  // The alias: a few, where "of" alone matches nearly everyone.
  const nlohmann::json alias = search({"--limit", "0", "philosophy of mind"});
  EXPECT_LT(4 * alias.at("total").get<int>(), everyone.at("total").get<int>());
}

TEST_F(FunctionWordsCli, AQueryOfFunctionWordsOnlySearchesThem) {
  for (const char* query : {"the", "of the", "\"the who\""}) {
    const nlohmann::json results = search({"--limit", "1", query});
    EXPECT_GT(results.at("total").get<int>(), 0) << query;
  }
}

}  // namespace
}  // namespace savant::testing
