// SPDX-License-Identifier: MIT
// Evidence-to-researcher aggregation (a voting model in the sense of
// Macdonald & Ounis: each matching unit votes for its researcher with its
// weighted score; votes are summed with geometric decay).
#include "searcher/researcher_ranker.hpp"

#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "searcher/unit_values.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace savant::searcher {
namespace {

struct FacetValues {
  std::set<std::string> venues;
  std::set<std::string> years;
  std::set<std::string> topics;
};

// Fills the unit's factors from kSlotRanking ("kind|role|status") and kSlotYear.
void apply_factors(const UnitDocument& doc, const RankingWeights& weights, ScoredUnit& unit) {
  const std::string ranking = doc.get_value(schema::kSlotRanking);
  std::size_t a = ranking.find('|');
  std::size_t b = a == std::string::npos ? a : ranking.find('|', a + 1);
  if (a != std::string::npos && b != std::string::npos) {
    unit.kind_of = schema::evidence_kind_from_string(ranking.substr(0, a));
    unit.kind = weights.kind_factor(unit.kind_of);
    if (unit.kind_of == EvidenceKind::publication) {
      unit.role_of = schema::author_role_from_string(ranking.substr(a + 1, b - a - 1));
      unit.status_of = schema::publication_status_from_string(ranking.substr(b + 1));
      unit.role = weights.role_factor(unit.role_of);
      unit.status = weights.status_factor(unit.status_of);
    }
  }
  const std::string year = doc.get_value(schema::kSlotYear);
  if (!year.empty()) {
    unit.year = static_cast<int>(Xapian::sortable_unserialise(year));
    unit.recency = weights.recency_factor(unit.year);
  }
  unit.score = unit.relevance * unit.kind * unit.role * unit.status * unit.recency;
}

void collect_facets(const UnitDocument& doc, FacetValues& values) {
  if (std::string venue = doc.get_value(schema::kSlotVenue); !venue.empty()) {
    values.venues.insert(venue);
  }
  if (std::string year = doc.get_value(schema::kSlotYear); !year.empty()) {
    values.years.insert(std::to_string(static_cast<int>(Xapian::sortable_unserialise(year))));
  }
  std::string topics = doc.get_value(schema::kSlotTopics);
  std::size_t start = 0;
  while (start < topics.size()) {
    std::size_t end = std::min(topics.find('\n', start), topics.size());
    if (end > start) values.topics.insert(topics.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

Ranking rank_researchers(const Xapian::Database& db, const Xapian::MSet& mset,
                         const RankingWeights& weights, bool count_facets, bool remote) {
  std::unordered_map<std::string, std::size_t> index_of;
  std::vector<RankedResearcher> researchers;
  std::vector<FacetValues> facet_values;
  const UnitValues values =
      count_facets
          ? UnitValues(db, mset,
                       {schema::kSlotResearcher, schema::kSlotRanking, schema::kSlotYear,
                        schema::kSlotVenue, schema::kSlotTopics},
                       remote)
          : UnitValues(db, mset, {schema::kSlotResearcher, schema::kSlotRanking, schema::kSlotYear},
                       remote);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const UnitDocument doc(values, it.get_rank());
    std::string id = doc.get_value(schema::kSlotResearcher);
    ScoredUnit unit;
    unit.docid = *it;
    // A query with no weighted terms (filters only) scores every unit alike.
    unit.relevance = it.get_weight() > 0 ? it.get_weight() : 1.0;
    apply_factors(doc, weights, unit);
    auto [slot, inserted] = index_of.emplace(id, researchers.size());
    if (inserted) {
      researchers.push_back(RankedResearcher{id, 0.0, {}});
      facet_values.emplace_back();
    }
    researchers[slot->second].units.push_back(unit);
    if (count_facets) collect_facets(doc, facet_values[slot->second]);
  }

  for (RankedResearcher& r : researchers) {
    r.score = 0.0;
    // Ties between units go to the lower docid, so one index always gives one order.
    std::sort(r.units.begin(), r.units.end(), [](const auto& a, const auto& b) {
      if (a.score != b.score) return a.score > b.score;
      return a.docid < b.docid;
    });
    double share = 1.0;
    int counted = 0;
    for (ScoredUnit& unit : r.units) {
      if (counted++ == weights.max_units) break;
      unit.share = share;
      r.score += share * unit.score;
      share *= weights.decay;
    }
  }

  Ranking ranking;
  if (count_facets) {
    for (const FacetValues& values : facet_values) {
      for (const auto& v : values.venues) ++ranking.facets["venue"][v];
      for (const auto& y : values.years) ++ranking.facets["year"][y];
      for (const auto& t : values.topics) ++ranking.facets["topic"][t];
    }
    for (const char* facet : {"venue", "year", "topic"}) ranking.facets[facet];
  }
  std::stable_sort(researchers.begin(), researchers.end(), [](const auto& a, const auto& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.id < b.id;
  });
  ranking.researchers = std::move(researchers);
  return ranking;
}

}  // namespace savant::searcher
