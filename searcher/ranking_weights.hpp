// SPDX-License-Identifier: MIT
// Every weight the researcher ranking uses, in one place. An evidence unit's
// score is its BM25 weight times the factors for its kind, the researcher's
// authorship role and the publication's status; a researcher's score sums
// their evidence with geometrically decaying weights, so a specialist with a
// few strong units is not buried by someone with many passing mentions.
#pragma once

#include <savant/records.hpp>

namespace savant::searcher {

struct RankingWeights {
  // By kind: a publication is the strongest evidence, a skills line the weakest.
  double publication = 1.0;
  double experience = 0.8;
  double summary = 0.6;
  double education = 0.5;
  double skills = 0.4;
  // By authorship: first and co-first authors did the work.
  double first_author = 1.0;
  double co_first_author = 1.0;
  double co_author = 0.7;
  double unknown_role = 0.85;
  // By status: peer review counts.
  double published = 1.0;
  double preprint = 0.85;
  double under_review = 0.75;
  double unknown_status = 0.9;
  // Recency: a unit from `half_life_years` before the reference year counts
  // half, never less than `recency_floor`; units without a year count fully.
  double half_life_years = 10.0;
  double recency_floor = 0.5;
  int reference_year = 0;  ///< 0: the current calendar year.
  // The i-th best unit of a researcher counts decay^i.
  double decay = 0.5;
  // When fewer researchers than this match every word of a query, researchers
  // matching some of the words follow them (0: never relax).
  int relax_below = 10;
  // Units counted per researcher: the rest add nothing but noise.
  int max_units = 10;

  double kind_factor(EvidenceKind kind) const;
  double role_factor(AuthorRole role) const;
  double status_factor(PublicationStatus status) const;
  /// The recency factor of a unit from `year` (0: unknown year).
  double recency_factor(int year) const;
};

}  // namespace savant::searcher
