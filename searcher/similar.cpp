// SPDX-License-Identifier: MIT
// Relevance-set expansion over one researcher's evidence.
#include "searcher/similar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include <savant/error.hpp>

#include "schema/prefixes.hpp"
#include "schema/terms.hpp"

namespace savant::searcher {
namespace {

// Words (the stems of the unprefixed text, "Zlearn") and topics describe
// expertise; names, e-mails and ids would only find the same person again.
class ExpertiseTerms : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    if (term.empty()) return false;
    if (term.rfind(schema::kPrefixTopic, 0) == 0) return true;
    return term.size() > 3 && term[0] == 'Z' &&
           std::islower(static_cast<unsigned char>(term[1])) != 0;
  }
};

}  // namespace

Xapian::Query similar_query(const Xapian::Database& db, const std::string& researcher_id) {
  const std::string who = schema::make_term(schema::kPrefixResearcher, researcher_id);
  const std::string evidence =
      std::string(schema::kPrefixKind) + std::string(schema::kKindEvidence);
  Xapian::RSet rset;
  for (auto it = db.postlist_begin(who); it != db.postlist_end(who); ++it) rset.add_document(*it);
  if (rset.empty()) {
    throw Error(ErrorCategory::query, fmt::format("no researcher with id '{}'", researcher_id));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(evidence));
  ExpertiseTerms decider;
  // Exact term frequencies: a sharded index must expand as one database does.
  Xapian::ESet eset =
      enquire.get_eset(kSimilarTerms, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  // In term order, not expand-weight order: weights summed over shards may
  // differ in the last bit, and the query (so the scores) must not.
  std::vector<std::string> words(eset.begin(), eset.end());
  std::sort(words.begin(), words.end());
  std::vector<Xapian::Query> terms(words.begin(), words.end());
  Xapian::Query like(Xapian::Query::OP_OR, terms.begin(), terms.end());
  Xapian::Query others(Xapian::Query::OP_AND_NOT, Xapian::Query(evidence), Xapian::Query(who));
  return Xapian::Query(Xapian::Query::OP_FILTER, like, others);
}

}  // namespace savant::searcher
