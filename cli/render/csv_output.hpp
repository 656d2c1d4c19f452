// SPDX-License-Identifier: MIT
// Search results as CSV (RFC 4180 quoting, '\n' line ends), for spreadsheets.
#pragma once

#include <savant/search.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace savant::cli {

/// `field` as a CSV field: quoted when it holds a comma, a quote, a line
/// break or leading or trailing space, with quotes doubled.
std::string csv_field(std::string_view field);

/// `fields` as one CSV line, ending in '\n'.
std::string csv_line(const std::vector<std::string>& fields);

/// A header row, then one row per researcher: rank, id, name, score, emails,
/// affiliations, topics (lists joined by "; "), then the best evidence's
/// title, kind, venue, year and source; with explanations (SearchRequest::explain),
/// a last column `explanation`: "share x unit score (title) + ...".
std::string search_results_csv(const SearchResults& results);

}  // namespace savant::cli
