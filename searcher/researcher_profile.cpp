// SPDX-License-Identifier: MIT
// Profile and evidence documents of one researcher, decoded from their stored JSON.
#include "searcher/researcher_profile.hpp"

#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/terms.hpp"
#include "searcher/evidence_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace savant::searcher {
namespace {

// Publications first: they are the evidence a reader of a profile looks for.
int kind_order(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::publication:
      return 0;
    case EvidenceKind::experience:
      return 1;
    case EvidenceKind::education:
      return 2;
    case EvidenceKind::summary:
      return 3;
    case EvidenceKind::skills:
      return 4;
  }
  return 5;
}

std::vector<Evidence> evidence_of(const Xapian::Database& db, const Researcher& researcher) {
  const std::string& id = researcher.id;
  EvidenceReader reader(db);  // each of the researcher's records read once
  reader.know(researcher);
  Xapian::Query query(Xapian::Query::OP_AND,
                      Xapian::Query(schema::make_term(schema::kPrefixResearcher, id)),
                      Xapian::Query(schema::make_term(schema::kPrefixKind, schema::kKindEvidence)));
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet mset = enquire.get_mset(0, std::max<Xapian::doccount>(db.get_doccount(), 1));
  std::vector<Evidence> evidence;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    evidence.push_back(reader.read(it.get_document()));
  }
  // Docids follow write order, which changes with re-indexing; sort so that
  // the same index always reads the same way.
  std::sort(evidence.begin(), evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::make_tuple(kind_order(a.kind), -a.year, a.title, a.organisation) <
           std::make_tuple(kind_order(b.kind), -b.year, b.title, b.organisation);
  });
  return evidence;
}

}  // namespace

std::optional<ResearcherProfile> read_profile(const Xapian::Database& db, const std::string& id) {
  const std::string unique = schema::researcher_unique_term(id);
  auto it = db.postlist_begin(unique);
  if (it == db.postlist_end(unique)) return std::nullopt;
  ResearcherProfile profile;
  profile.researcher =
      schema::researcher_from_json(nlohmann::json::parse(db.get_document(*it).get_data()));
  profile.evidence = evidence_of(db, profile.researcher);
  return profile;
}

std::vector<std::string> researcher_ids(const Xapian::Database& db) {
  const std::string kind = schema::make_term(schema::kPrefixKind, schema::kKindResearcher);
  std::vector<std::string> ids;
  for (auto it = db.postlist_begin(kind); it != db.postlist_end(kind); ++it) {
    ids.push_back(db.get_document(*it).get_value(schema::kSlotResearcher));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace savant::searcher
