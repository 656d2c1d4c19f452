// SPDX-License-Identifier: MIT
// Human-readable forms of search results and index stats.
#pragma once

#include <string>

#include <savant/search.hpp>

namespace savant::cli {

std::string search_results_text(const SearchResults& results, bool colour);
std::string stats_text(const IndexStats& stats);

}  // namespace savant::cli
