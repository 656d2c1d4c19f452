// SPDX-License-Identifier: MIT
// Decides which documents belong to the same researcher.
#pragma once

#include "indexer/identity/identity_record.hpp"
#include <savant/records.hpp>

#include <string>
#include <vector>

namespace savant::indexer {

/// One researcher: an id and the records (indices into the input) that are theirs.
struct ResearcherCluster {
  std::string id;
  std::string name;  ///< Display name; empty when no member names one.
  std::vector<std::size_t> members;
};

/// Tuning of the near-duplicate rule for documents that name no one.
struct IdentityOptions {
  /// Share of an anonymous document's publication titles that must also appear
  /// in a named researcher's documents for it to join them.
  double min_title_overlap = 0.5;
  /// Alternatively, share of its word 3-grams found in that researcher's text.
  double min_text_containment = 0.6;
};

/// Groups `records`: same e-mail, or same name (word order and case aside),
/// is the same researcher; a record with neither name nor e-mail joins the
/// researcher whose documents it nearly duplicates, else stands alone with an
/// id made from its file name. Deterministic: the result depends only on the
/// records, not on their order. Members are indices into `records`. Titles
/// and sketches are read only when some record names no one.
std::vector<ResearcherCluster> resolve_identities(const std::vector<IdentityRecord>& records,
                                                  const IdentityOptions& options = {});

/// The same grouping of whole records (identity_of() each).
std::vector<ResearcherCluster> resolve_identities(const std::vector<DocumentRecord>& records,
                                                  const IdentityOptions& options = {});

}  // namespace savant::indexer
