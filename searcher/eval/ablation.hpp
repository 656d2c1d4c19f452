// SPDX-License-Identifier: MIT
// Ablation of the ranking model: each component turned off in turn, to show
// what it is worth on the judged set (docs/ranking.md).
#pragma once

#include "searcher/eval/evaluation.hpp"
#include <savant/search.hpp>

#include <string>
#include <vector>

namespace savant::searcher::eval {

/// One component of the ranking and the settings that make it neutral.
struct Component {
  std::string name;
  RankingSettings off;
};

/// Every component of the model that a setting can turn off.
const std::vector<Component>& ranking_components();

/// A component's figures: savant with everything, and without it.
struct AblationRow {
  std::string name;
  std::string off;  ///< The settings that turn it off, "name=value, ...".
  Scores with;
  Scores without;
};

/// Evaluates `settings` (into `full`), then `settings` with each component
/// turned off in turn.
std::vector<AblationRow> ablate(const std::string& db_path, const JudgedSet& set,
                                const RankingSettings& settings, Scores& full);

}  // namespace savant::searcher::eval
