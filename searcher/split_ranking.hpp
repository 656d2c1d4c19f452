// SPDX-License-Identifier: MIT
// Ranking a large query's matches on two threads: each ranks half of them
// (rank_researchers), and join_rankings puts the halves together, so that a
// query of hundreds of thousands of matches waits for half of its ranking
// while a core is free. The result is the same as ranking on one thread.
#pragma once

#include "searcher/researcher_ranker.hpp"

#include <cstddef>

namespace savant::searcher {

/// Where to cut `matches` in two near the middle: the first match from the
/// middle on whose researcher differs from the match before's, so that a
/// researcher's neighbouring units stay in one half (join_rankings mends any
/// researcher in both; this keeps that rare). 0 for fewer than two matches.
std::size_t split_point(const Matches& matches);

/// Ranks matches[0, at) on the calling thread with `lower` and matches[at, end)
/// on a second thread with `upper` (each QueryMemory used by one thread), and
/// joins them: exactly rank_researchers(matches, ...). `at` past the end
/// ranks everything on the calling thread.
Ranking rank_in_two(const Matches& matches, std::size_t at, const RankingWeights& weights,
                    bool count_facets, QueryMemory* lower, QueryMemory* upper);

}  // namespace savant::searcher
