// SPDX-License-Identifier: MIT
// The evaluation loop: same queries, same judgments, two systems.
#include "searcher/eval/evaluation.hpp"

#include <algorithm>
#include <set>

#include <savant/search.hpp>

#include "searcher/eval/baseline.hpp"

namespace savant::searcher::eval {
namespace {

constexpr std::size_t kDepth = 100;  // results considered for AP

Scores score(const std::vector<std::string>& ranking, const Judgments& judged) {
  return Scores{ndcg_at(ranking, judged, 10), precision_at(ranking, judged, 5),
                average_precision(ranking, judged), reciprocal_rank(ranking, judged)};
}

void add(Scores& sum, const Scores& s) {
  sum.ndcg10 += s.ndcg10;
  sum.p5 += s.p5;
  sum.ap += s.ap;
  sum.rr += s.rr;
}

Scores divided(Scores s, std::size_t n) {
  if (n == 0) return s;
  const double d = static_cast<double>(n);
  return Scores{s.ndcg10 / d, s.p5 / d, s.ap / d, s.rr / d};
}

// Keeps each judged researcher at its first (best) position; unjudged results
// keep their place under a placeholder so they still push others down.
void push_unique(std::vector<std::string>& ranking, std::set<std::string>& seen,
                 const std::string& name, std::size_t position) {
  const std::string key = name.empty() ? "(unjudged #" + std::to_string(position) + ")" : name;
  if (seen.insert(key).second) ranking.push_back(key);
}

std::vector<std::string> top(const std::vector<std::string>& ranking) {
  return {ranking.begin(), ranking.begin() + static_cast<std::ptrdiff_t>(
                                                  std::min<std::size_t>(10, ranking.size()))};
}

}  // namespace

EvaluationReport evaluate(const std::string& db_path, const JudgedSet& set,
                          const RankingSettings& settings) {
  Searcher searcher(db_path);
  Baseline baseline(db_path);
  EvaluationReport report;
  std::map<std::string, std::pair<Scores, Scores>> kind_sums;
  std::map<std::string, std::size_t> kind_counts;
  for (const JudgedQuery& q : set.queries) {
    SearchRequest request;
    request.query = q.text;
    request.limit = kDepth;
    request.evidence_per_result = 0;
    request.ranking = settings;
    apply_options(q.options, request);
    std::vector<std::string> ours;
    std::set<std::string> seen;
    for (const SearchHit& hit : searcher.search(request).hits) {
      push_unique(ours, seen, judged_researcher(hit.researcher.sources, set), hit.rank);
    }
    std::vector<std::string> theirs;
    seen.clear();
    std::size_t position = 0;
    for (const std::string& source : baseline.search(q.text, kDepth * 5)) {
      push_unique(theirs, seen, judged_researcher({source}, set), ++position);
      if (theirs.size() == kDepth) break;
    }
    QueryOutcome outcome{q.id,  q.kind, q.text + (q.options.empty() ? "" : " " + q.options),
                         score(ours, q.judgments), score(theirs, q.judgments), top(ours),
                         top(theirs)};
    add(report.savant_mean, outcome.savant);
    add(report.baseline_mean, outcome.baseline);
    add(kind_sums[q.kind].first, outcome.savant);
    add(kind_sums[q.kind].second, outcome.baseline);
    ++kind_counts[q.kind];
    report.queries.push_back(std::move(outcome));
  }
  report.savant_mean = divided(report.savant_mean, report.queries.size());
  report.baseline_mean = divided(report.baseline_mean, report.queries.size());
  for (const auto& [kind, sums] : kind_sums) {
    report.by_kind[kind] = {divided(sums.first, kind_counts[kind]),
                            divided(sums.second, kind_counts[kind])};
  }
  return report;
}

}  // namespace savant::searcher::eval
