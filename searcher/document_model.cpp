// SPDX-License-Identifier: MIT
// Best whole-file match per researcher, over the `XKdocument` entries.
#include "searcher/document_model.hpp"

#include "schema/prefixes.hpp"
#include "searcher/unit_values.hpp"

#include <algorithm>

namespace savant::searcher {

std::map<std::string, DocumentMatch> best_documents(const Xapian::Database& db,
                                                    const Xapian::Query& words, bool remote) {
  std::map<std::string, DocumentMatch> best;
  const std::string kind = std::string(schema::kPrefixKind) + std::string(schema::kKindDocument);
  if (words.empty() || db.get_termfreq(kind) == 0) return best;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, words, Xapian::Query(kind)));
  const Xapian::doccount all = std::max<Xapian::doccount>(db.get_doccount(), 1);
  Xapian::MSet mset = enquire.get_mset(0, all);
  if (remote) mset.fetch();
  const UnitValues values(db, mset, {schema::kSlotResearcher}, remote);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (it.get_weight() <= 0) continue;  // a match on boolean terms alone says nothing
    const std::string& id = values.at(it.get_rank(), schema::kSlotResearcher);
    const DocumentMatch match{*it, it.get_weight()};
    auto [slot, inserted] = best.try_emplace(id, match);
    if (inserted) continue;
    DocumentMatch& kept = slot->second;
    if (match.relevance > kept.relevance ||
        (match.relevance == kept.relevance && match.docid < kept.docid)) {
      kept = match;
    }
  }
  return best;
}

std::string document_source(const Xapian::Database& db, Xapian::docid docid) {
  return db.get_document(docid).get_value(schema::kSlotSourcePath);
}

}  // namespace savant::searcher
