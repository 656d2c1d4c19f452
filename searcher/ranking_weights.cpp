// SPDX-License-Identifier: MIT
// Lookup of the ranking factors by evidence attributes.
#include "searcher/ranking_weights.hpp"

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

}  // namespace savant::searcher
