// SPDX-License-Identifier: MIT
// Names of record enums, as the JSON output and the index spell them.
#include <savant/records.hpp>

namespace savant {

const char* to_string(EvidenceKind kind) noexcept {
  switch (kind) {
    case EvidenceKind::publication: return "publication";
    case EvidenceKind::experience: return "experience";
    case EvidenceKind::education: return "education";
    case EvidenceKind::summary: return "summary";
    case EvidenceKind::skills: return "skills";
  }
  return "summary";
}

const char* to_string(AuthorRole role) noexcept {
  switch (role) {
    case AuthorRole::unknown: return "";
    case AuthorRole::first: return "first";
    case AuthorRole::co_first: return "co-first";
    case AuthorRole::co_author: return "co-author";
  }
  return "";
}

const char* to_string(PublicationStatus status) noexcept {
  switch (status) {
    case PublicationStatus::unknown: return "";
    case PublicationStatus::published: return "published";
    case PublicationStatus::preprint: return "preprint";
    case PublicationStatus::under_review: return "under review";
  }
  return "";
}

}  // namespace savant
