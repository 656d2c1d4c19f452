// SPDX-License-Identifier: MIT
// Components of the ranking model and the neutral settings that remove them.
#include "searcher/eval/ablation.hpp"

#include <fmt/format.h>

namespace savant::searcher::eval {

const std::vector<Component>& ranking_components() {
  static const std::vector<Component> components = {
      {"kind weights",
       {{"publication", 1}, {"experience", 1}, {"summary", 1}, {"education", 1}, {"skills", 1}}},
      {"role weights",
       {{"first_author", 1}, {"co_first_author", 1}, {"co_author", 1}, {"unknown_role", 1}}},
      {"status weights",
       {{"published", 1}, {"preprint", 1}, {"under_review", 1}, {"unknown_status", 1}}},
      {"recency", {{"recency_floor", 1}}},
      {"decay (a specialist's few units against many weak ones)", {{"decay", 1}}},
      {"max_units", {{"max_units", 1000}}},
      {"relaxation to some of the words", {{"relax_below", 0}}},
  };
  return components;
}

std::vector<AblationRow> ablate(const std::string& db_path, const JudgedSet& set,
                                const RankingSettings& settings, Scores& full) {
  full = evaluate(db_path, set, settings).savant_mean;
  std::vector<AblationRow> rows;
  for (const Component& c : ranking_components()) {
    RankingSettings off = settings;
    std::string described;
    for (const auto& [name, value] : c.off) {
      off[name] = value;
      described += fmt::format("{}{}={}", described.empty() ? "" : ", ", name, value);
    }
    rows.push_back({c.name, described, full, evaluate(db_path, set, off).savant_mean});
  }
  return rows;
}

}  // namespace savant::searcher::eval
