// SPDX-License-Identifier: MIT
// Ranking quality metrics over graded judgments (trec_eval definitions).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace savant::searcher::eval {

/// Grades of one query: item -> grade (0 not relevant, 1 relevant, 2 highly relevant).
using Judgments = std::map<std::string, int>;

/// nDCG@k with gains 2^grade - 1 and log2 discounts; the ideal ranking is taken
/// from all judged items. 0 when nothing is relevant.
double ndcg_at(const std::vector<std::string>& ranking, const Judgments& judged, std::size_t k);

/// Share of the first k results with grade >= 1 (missing ranks count as misses).
double precision_at(const std::vector<std::string>& ranking, const Judgments& judged,
                    std::size_t k);

/// Average precision (grade >= 1 is relevant) over all relevant items.
double average_precision(const std::vector<std::string>& ranking, const Judgments& judged);

/// 1 / rank of the first relevant result; 0 when none.
double reciprocal_rank(const std::vector<std::string>& ranking, const Judgments& judged);

}  // namespace savant::searcher::eval
