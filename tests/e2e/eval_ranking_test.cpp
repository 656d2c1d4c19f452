// SPDX-License-Identifier: MIT
// Ranking quality on the judged query set of tests/relevance/, through the
// real binary over the whole corpus, against the plain BM25 baseline.
#include <gtest/gtest.h>

#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

namespace savant::testing {
namespace {

// The floor. Measured 0.920 (baseline 0.774) when it was set; the
// issue's target of 0.94 is not reached yet (docs/ranking.md says where it loses).
constexpr double kMinNdcg = 0.90;

TEST(EvalRanking, BeatsTheBaselineOnTheJudgedSet) {
  TempDir dir;
  CommandResult index = run_savant({"index", "--quiet", "--db", dir / "index", corpus_dir()});
  ASSERT_EQ(index.exit_code, 0) << index.err;
  const std::string qrels = std::string(SAVANT_TEST_SOURCE_DIR) + "/tests/relevance/qrels.tsv";
  CommandResult eval =
      run_savant({"eval", "ranking", "--db", dir / "index", "--qrels", qrels, "--format", "json"});
  ASSERT_EQ(eval.exit_code, 0) << eval.err;
  auto report = nlohmann::json::parse(eval.out);
  EXPECT_GE(report.at("queries"), 40);
  const double ours = report.at("savant").at("ndcg@10");
  const double theirs = report.at("baseline").at("ndcg@10");
  EXPECT_GE(ours, kMinNdcg);
  EXPECT_GT(ours, theirs);
  // The other target: savant's error at most half the baseline's.
  EXPECT_LE(1.0 - ours, 0.5 * (1.0 - theirs)) << ours << " vs " << theirs;
  // Filters are where a whole-document baseline cannot follow.
  EXPECT_GT(report.at("by_kind").at("empty-with-filter").at("savant").at("ndcg@10").get<double>(),
            0.5);

  // Stable: the same index and query give the same order.
  std::vector<std::string> args{"search", "--db", dir / "index", "--format", "json",
                                "--limit", "20", "computer vision"};
  EXPECT_EQ(run_savant(args).out, run_savant(args).out);
}

}  // namespace
}  // namespace savant::testing
