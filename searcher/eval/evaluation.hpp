// SPDX-License-Identifier: MIT
// Runs the judged query set against savant and the plain baseline and
// reports nDCG@10, P@5, MAP and MRR for both.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "searcher/eval/judged_set.hpp"

#include <savant/search.hpp>

namespace savant::searcher::eval {

/// Metrics of one system on one query, or averaged over several.
struct Scores {
  double ndcg10 = 0.0;
  double p5 = 0.0;
  double ap = 0.0;
  double rr = 0.0;
};

struct QueryOutcome {
  std::string id;
  std::string kind;
  std::string query;
  Scores savant;
  Scores baseline;
  std::vector<std::string> savant_top;    ///< Judged researcher names, best first (top 10).
  std::vector<std::string> baseline_top;
};

struct EvaluationReport {
  std::vector<QueryOutcome> queries;
  Scores savant_mean;
  Scores baseline_mean;
  std::map<std::string, std::pair<Scores, Scores>> by_kind;  ///< kind -> (savant, baseline) means
};

/// Evaluates the index at `db_path` on `set`, savant searching with
/// `settings` (overrides of the built-in ranking weights).
EvaluationReport evaluate(const std::string& db_path, const JudgedSet& set,
                          const RankingSettings& settings = {});

}  // namespace savant::searcher::eval
