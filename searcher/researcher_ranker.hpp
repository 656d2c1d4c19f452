// SPDX-License-Identifier: MIT
// Groups matching evidence documents by researcher, scores each researcher
// from their evidence and counts facets over researchers, not documents.
#pragma once

#include "searcher/ranking_weights.hpp"
#include <savant/search.hpp>

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace savant::searcher {

/// One matching evidence document, its weighted score and how it was made:
/// the attributes the factors were chosen by are kept for explanations.
struct ScoredUnit {
  Xapian::docid docid = 0;
  double score = 0.0;      ///< relevance * kind * role * status * recency
  double relevance = 0.0;  ///< Xapian's BM25 weight (1 for filter-only queries)
  double kind = 1.0;
  double role = 1.0;
  double status = 1.0;
  double recency = 1.0;
  double share = 0.0;  ///< decay^i: how much this unit counts in the researcher's score
  EvidenceKind kind_of = EvidenceKind::summary;
  AuthorRole role_of = AuthorRole::unknown;                  ///< Publications only.
  PublicationStatus status_of = PublicationStatus::unknown;  ///< Publications only.
  int year = 0;                                              ///< 0 when unknown.
};

/// A matching researcher: score and their matching units, best first.
struct RankedResearcher {
  std::string id;
  double score = 0.0;
  std::vector<ScoredUnit> units;
};

/// Every matching researcher, best first, and (when asked) facet counts.
struct Ranking {
  std::vector<RankedResearcher> researchers;
  FacetCounts facets;
};

/// Ranks the researchers behind `mset`, which must hold every match of a query on `db`.
/// `remote`: `db` includes a remote shard (values are then read from the
/// fetched documents; see UnitValues).
Ranking rank_researchers(const Xapian::Database& db, const Xapian::MSet& mset,
                         const RankingWeights& weights, bool count_facets, bool remote = false);

}  // namespace savant::searcher
