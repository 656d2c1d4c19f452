// SPDX-License-Identifier: MIT
// Merges one researcher's documents into a Researcher and their evidence:
// the same publication found in two files becomes one evidence unit.
#pragma once

#include "indexer/identity/identity_resolver.hpp"
#include "schema/record_json.hpp"
#include "schema/taxonomy.hpp"
#include <savant/records.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace savant::indexer {

/// An evidence unit with how often each of its topics is mentioned, and where
/// it was read from: what its document stores instead of the evidence itself.
struct EvidenceUnit {
  Evidence evidence;
  std::vector<std::pair<std::string, int>> topic_mentions;  ///< Topic id, count; most first.
  /// The records' evidence it was merged from, in merge order; empty when
  /// some record has no source path to refer to it by.
  std::vector<schema::EvidenceOrigin> origins;
  /// evidence_reference_json() of the evidence against its origins (when any).
  nlohmann::json stored;
  /// evidence_key() of the evidence, kept from merging (empty: not computed).
  std::string key;
};

/// A researcher ready to be written to the index.
struct ResearcherEntry {
  Researcher researcher;
  std::vector<EvidenceUnit> evidence;
};

/// The identity of an evidence unit within one researcher: kind and title (and
/// organisation for jobs and degrees), folded, so two renderings of one CV agree.
std::string evidence_key(const Evidence& evidence);

/// Topic mentions in an evidence unit's title and text, and the topics its
/// venue implies (venues.tsv), most mentioned first.
std::vector<std::pair<std::string, int>> count_topics(const Evidence& evidence,
                                                      const schema::Taxonomy& taxonomy);

/// Builds the researcher of `cluster` from its member records.
ResearcherEntry build_researcher(const ResearcherCluster& cluster,
                                 const std::vector<DocumentRecord>& records,
                                 const schema::Taxonomy& taxonomy);

}  // namespace savant::indexer
