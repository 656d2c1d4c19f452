// SPDX-License-Identifier: MIT
// Human-readable forms of search results and index stats.
#pragma once

#include "cli/render/style.hpp"
#include <savant/search.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace savant::cli {

/// How text output is laid out: its styles, and the terminal width to wrap
/// and cut to (0 when not a terminal: nothing is wrapped or cut).
struct TextLayout {
  Style style{false};
  std::size_t columns = 0;
};

/// Results as an aligned table, one researcher a row, their best evidence below it.
std::string search_results_text(const SearchResults& results, const TextLayout& layout);

/// "Partial results: N shard(s) did not answer: ...", or nothing when `missing` is empty.
std::string missing_shards_line(const std::vector<std::string>& missing);

/// Counts as aligned name/value lines, then facet lines.
std::string stats_text(const IndexStats& stats);

}  // namespace savant::cli
