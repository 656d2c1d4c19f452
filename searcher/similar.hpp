// SPDX-License-Identifier: MIT
// "More like this person": the query made from one researcher's evidence.
#pragma once

#include <string>

#include <xapian.h>

namespace savant::searcher {

/// Number of expansion terms taken from the researcher's evidence.
inline constexpr Xapian::termcount kSimilarTerms = 40;

/// A query for researchers like `researcher_id`: the most characteristic words
/// and topics of their evidence (Xapian's expand set over a relevance set of
/// all their evidence units), excluding the researcher themself. Throws
/// savant::Error (query) when the index has no such researcher.
Xapian::Query similar_query(const Xapian::Database& db, const std::string& researcher_id);

}  // namespace savant::searcher
