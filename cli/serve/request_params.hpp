// SPDX-License-Identifier: MIT
// The query parameters of the API, checked and turned into library requests.
// Every parameter has bounds, so no request can ask for unbounded work.
#pragma once

#include <savant/search.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace savant::serve {

/// Query parameters as the HTTP library decodes them: name -> value, repeatable.
using QueryParams = std::multimap<std::string, std::string>;

/// A parameter the API cannot accept; the message names it and says why. Answered with 400.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The parameters of a request target's query string ("/api/search?q=a+b&year=2024"):
/// `+` is a space and %XX a byte, as browsers' forms and URLSearchParams write them.
/// Parameters without `=` have empty values; a malformed %-escape is kept as written.
QueryParams parse_query_string(std::string_view target);

/// Bounds on what one request may ask for.
inline constexpr std::size_t kMaxQueryBytes = 512;   ///< q
inline constexpr std::size_t kMaxFilterBytes = 200;  ///< venue, topic, year
inline constexpr std::size_t kMaxLimit = 50;         ///< limit
inline constexpr std::size_t kMaxOffset = 10000;     ///< offset
inline constexpr std::size_t kMaxEvidence = 20;      ///< evidence

/// GET /api/search: q, venue, year (Y, A..B, A.., ..B), topic, offset, limit,
/// evidence, facets (default on) and explain (0/1, true/false). `ranking` is
/// the server's ranking settings. Throws BadRequest for an unknown or repeated
/// parameter or a value out of bounds; the query itself is checked by the search.
SearchRequest search_request(const QueryParams& params, const RankingSettings& ranking);

/// GET /api/similar/{id}: offset, limit and evidence, as above.
SearchRequest similar_request(const QueryParams& params, const RankingSettings& ranking);

}  // namespace savant::serve
