// SPDX-License-Identifier: MIT
// Lookup of the ranking factors by evidence attributes.
#include "searcher/ranking_weights.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace savant::searcher {

double RankingWeights::kind_factor(EvidenceKind kind) const {
  switch (kind) {
    case EvidenceKind::publication: return publication;
    case EvidenceKind::experience: return experience;
    case EvidenceKind::summary: return summary;
    case EvidenceKind::education: return education;
    case EvidenceKind::skills: return skills;
  }
  return summary;
}

double RankingWeights::role_factor(AuthorRole role) const {
  switch (role) {
    case AuthorRole::first: return first_author;
    case AuthorRole::co_first: return co_first_author;
    case AuthorRole::co_author: return co_author;
    case AuthorRole::unknown: return unknown_role;
  }
  return unknown_role;
}

double RankingWeights::status_factor(PublicationStatus status) const {
  switch (status) {
    case PublicationStatus::published: return published;
    case PublicationStatus::preprint: return preprint;
    case PublicationStatus::under_review: return under_review;
    case PublicationStatus::unknown: return unknown_status;
  }
  return unknown_status;
}

double RankingWeights::recency_factor(int year) const {
  if (year <= 0 || half_life_years <= 0.0) return 1.0;
  int reference = reference_year;
  if (reference == 0) {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    reference = utc.tm_year + 1900;
  }
  const double age = std::max(0, reference - year);
  return std::max(recency_floor, std::pow(0.5, age / half_life_years));
}

}  // namespace savant::searcher
