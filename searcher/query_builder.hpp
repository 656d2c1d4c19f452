// SPDX-License-Identifier: MIT
// Turns a SearchRequest into one Xapian query over evidence documents: the
// parsed query language AND the venue, year and topic filters.
#pragma once

#include "searcher/researcher_condition.hpp"
#include <savant/search.hpp>

#include <xapian.h>

#include <cstddef>
#include <set>
#include <string>

namespace savant::searcher {

/// The query and the stemmer used, which snippets need as well.
struct BuiltQuery {
  Xapian::Query query;  ///< Over evidence units: the words AND the filters.
  Xapian::Stem stemmer;
};

/// How the words of a query combine when no operator is given.
enum class WordMatching {
  all,  ///< every word must occur in one evidence unit (precise; the first try)
  any,  ///< any word may (the relaxed retry when too few researchers match all)
};

/// Builds the query for `request` against `db`. Throws savant::Error (query)
/// naming the query and the reason when it cannot be understood. `target`
/// says whether `db` has remote shards (researcher_condition.hpp).
BuiltQuery build_query(const SearchRequest& request, const Xapian::Database& db,
                       WordMatching words = WordMatching::all, const QueryTarget& target = {});

/// `query` as it is matched: every phrase written as the AND of its terms
/// (the index has no positions, so Xapian runs a phrase as that AND anyway),
/// and function words (searcher/function_words.hpp) left out of a phrase's
/// AND and of the AND or OR of the words wherever another word stays, except
/// in the name field and those in `asked` (stems: function_words_asked_for).
Xapian::Query words_as_matched(const Xapian::Query& query, const std::set<std::string>& asked);

/// Whether every document `query` can match is an evidence unit: it
/// requires, in each of its alternatives, a term only evidence units carry
/// (schema::only_on_evidence). Such a query needs no `XKevidence` filter.
bool matches_evidence_only(const Xapian::Query& query);

/// The longest query accepted, in words (separated by white space) and in
/// bytes: a query of 10,000 words would take ~10 s to correct and match.
constexpr std::size_t kMaxQueryWords = 1000;
constexpr std::size_t kMaxQueryBytes = 16 * 1024;

/// Checks the query language syntax that Xapian's parser would silently
/// repair: unbalanced quotes or parentheses, dangling operators, unknown
/// fields; and the limits above. Throws savant::Error (query).
void check_query_syntax(const std::string& query);

}  // namespace savant::searcher
