// SPDX-License-Identifier: MIT
// The public, by-name ranking settings (savant::RankingSettings) mapped onto
// the RankingWeights the ranker uses, with their documented ranges.
#pragma once

#include "searcher/ranking_weights.hpp"
#include <savant/search.hpp>

namespace savant::searcher {

/// Every setting with its value in `weights`.
RankingSettings settings_of(const RankingWeights& weights);

/// The built-in weights with `settings` applied. Throws savant::Error (usage)
/// naming the setting for an unknown name or a value out of its range.
RankingWeights weights_with(const RankingSettings& settings);

}  // namespace savant::searcher
