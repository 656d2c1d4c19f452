// SPDX-License-Identifier: MIT
#include "searcher/split_ranking.hpp"

#include <future>
#include <span>

namespace savant::searcher {
namespace {

// How far past the middle split_point looks for a researcher's last unit: a
// researcher with more matching units than this (or units apart) is mended by
// join_rankings instead.
constexpr std::size_t kLookAhead = 4096;

}  // namespace

std::size_t split_point(const Matches& matches) {
  const std::vector<Match>& all = matches.matches;
  if (all.size() < 2) return 0;
  const UnitColumns& columns = *matches.columns;
  const std::size_t middle = all.size() / 2;
  const std::size_t stop = std::min(all.size(), middle + kLookAhead);
  for (std::size_t at = middle; at < stop; ++at) {
    if (columns.researcher(all[at].row) != columns.researcher(all[at - 1].row)) return at;
  }
  return middle;
}

Ranking rank_in_two(const Matches& matches, std::size_t at, const RankingWeights& weights,
                    bool count_facets, QueryMemory* lower, QueryMemory* upper) {
  const std::span<const Match> all = matches.matches;
  if (at >= all.size()) return rank_researchers(matches, weights, count_facets, lower);
  // The upper part on its own thread; its Ranking's arrays go back to `upper`
  // when it is destroyed, on the caller's thread, after this thread is done.
  auto upper_ranking = std::async(std::launch::async, [&] {
    return rank_researchers(matches.columns, all.subspan(at), weights, count_facets, upper);
  });
  Ranking lower_ranking;
  try {
    lower_ranking = rank_researchers(matches.columns, all.first(at), weights, count_facets, lower);
  } catch (...) {
    upper_ranking.wait();
    throw;
  }
  return join_rankings(std::move(lower_ranking), upper_ranking.get());
}

}  // namespace savant::searcher
