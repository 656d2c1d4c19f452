// SPDX-License-Identifier: MIT
// nDCG, precision, average precision and reciprocal rank.
#include "searcher/eval/metrics.hpp"

#include <algorithm>
#include <cmath>

namespace savant::searcher::eval {
namespace {

int grade_of(const Judgments& judged, const std::string& item) {
  auto it = judged.find(item);
  return it == judged.end() ? 0 : it->second;
}

double gain(int grade) { return std::pow(2.0, grade) - 1.0; }

std::size_t relevant_count(const Judgments& judged) {
  return static_cast<std::size_t>(
      std::count_if(judged.begin(), judged.end(), [](const auto& j) { return j.second >= 1; }));
}

}  // namespace

double ndcg_at(const std::vector<std::string>& ranking, const Judgments& judged, std::size_t k) {
  double dcg = 0.0;
  for (std::size_t i = 0; i < ranking.size() && i < k; ++i) {
    dcg += gain(grade_of(judged, ranking[i])) / std::log2(static_cast<double>(i) + 2.0);
  }
  std::vector<int> grades;
  for (const auto& [item, grade] : judged) grades.push_back(grade);
  std::sort(grades.rbegin(), grades.rend());
  double ideal = 0.0;
  for (std::size_t i = 0; i < grades.size() && i < k; ++i) {
    ideal += gain(grades[i]) / std::log2(static_cast<double>(i) + 2.0);
  }
  return ideal > 0.0 ? dcg / ideal : 0.0;
}

double precision_at(const std::vector<std::string>& ranking, const Judgments& judged,
                    std::size_t k) {
  if (k == 0) return 0.0;
  std::size_t hits = 0;
  for (std::size_t i = 0; i < ranking.size() && i < k; ++i) {
    hits += grade_of(judged, ranking[i]) >= 1;
  }
  return static_cast<double>(hits) / static_cast<double>(k);
}

double average_precision(const std::vector<std::string>& ranking, const Judgments& judged) {
  const std::size_t relevant = relevant_count(judged);
  if (relevant == 0) return 0.0;
  double sum = 0.0;
  std::size_t hits = 0;
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    if (grade_of(judged, ranking[i]) >= 1) {
      ++hits;
      sum += static_cast<double>(hits) / static_cast<double>(i + 1);
    }
  }
  return sum / static_cast<double>(relevant);
}

double reciprocal_rank(const std::vector<std::string>& ranking, const Judgments& judged) {
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    if (grade_of(judged, ranking[i]) >= 1) return 1.0 / static_cast<double>(i + 1);
  }
  return 0.0;
}

}  // namespace savant::searcher::eval
