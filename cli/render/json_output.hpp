// SPDX-License-Identifier: MIT
// The JSON forms of search results and index stats (documented in the README).
#pragma once

#include <string>

#include <savant/search.hpp>

namespace savant::cli {

std::string search_results_json(const SearchResults& results);
std::string stats_json(const IndexStats& stats);

}  // namespace savant::cli
