// SPDX-License-Identifier: MIT
// The JSON forms of search results, index stats and researcher records
// (documented in the README).
#pragma once

#include <savant/records.hpp>
#include <savant/search.hpp>

#include <string>

namespace savant::cli {

/// The `--format json` object: query, total, results, facets; indented.
std::string search_results_json(const SearchResults& results);

/// `--format jsonl`: each result object of search_results_json() on a line of its own.
std::string search_results_jsonl(const SearchResults& results);

/// The stats object; indented.
std::string stats_json(const IndexStats& stats);

/// A researcher with all their evidence, on one line (`indent` < 0) or indented.
std::string profile_json(const ResearcherProfile& profile, int indent = -1);

}  // namespace savant::cli
