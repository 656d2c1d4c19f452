// SPDX-License-Identifier: MIT
// Ranking metrics against hand-computed values.
#include "searcher/eval/metrics.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace savant::searcher::eval {
namespace {

const Judgments kJudged = {{"a", 2}, {"b", 1}, {"c", 0}, {"d", 1}};

TEST(Metrics, PerfectRankingHasNdcgOne) {
  EXPECT_DOUBLE_EQ(ndcg_at({"a", "b", "d", "c"}, kJudged, 10), 1.0);
  EXPECT_DOUBLE_EQ(ndcg_at({"a", "d", "b"}, kJudged, 10), 1.0);  // b and d tie
}

TEST(Metrics, NdcgDiscountsLateHits) {
  // DCG = 1/log2(2) + 3/log2(3); IDCG = 3 + 1/log2(3) + 1/log2(4).
  const double dcg = 1.0 + 3.0 / std::log2(3.0);
  const double ideal = 3.0 + 1.0 / std::log2(3.0) + 0.5;
  EXPECT_NEAR(ndcg_at({"b", "a"}, kJudged, 10), dcg / ideal, 1e-12);
  EXPECT_DOUBLE_EQ(ndcg_at({"c", "x"}, kJudged, 10), 0.0);
  EXPECT_DOUBLE_EQ(ndcg_at({"a"}, {{"a", 0}}, 10), 0.0);
}

TEST(Metrics, PrecisionCountsMissingRanksAsMisses) {
  EXPECT_DOUBLE_EQ(precision_at({"a", "c", "b"}, kJudged, 5), 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(precision_at({"a", "b"}, kJudged, 2), 1.0);
}

TEST(Metrics, AveragePrecisionAndReciprocalRank) {
  // Relevant: a, b, d. Ranking c a x b: hits at 2 and 4 -> (1/2 + 2/4) / 3.
  EXPECT_NEAR(average_precision({"c", "a", "x", "b"}, kJudged), (0.5 + 0.5) / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(reciprocal_rank({"c", "x", "b"}, kJudged), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(reciprocal_rank({"c"}, kJudged), 0.0);
}

}  // namespace
}  // namespace savant::searcher::eval
