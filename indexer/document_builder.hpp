// SPDX-License-Identifier: MIT
// Turns records, researchers and evidence into Xapian documents following the
// layout in schema/prefixes.hpp.
#pragma once

#include <cstdint>
#include <string>

#include <xapian.h>

#include <savant/records.hpp>

#include "indexer/researcher_builder.hpp"

namespace savant::indexer {

/// A document with the unique term that identifies it in the index.
struct BuiltDocument {
  std::string unique_term;
  Xapian::Document document;
  std::string fingerprint;  ///< Also stored in kSlotFingerprint.
};

/// Builds documents; owns a TermGenerator, so one per thread.
class DocumentBuilder {
 public:
  DocumentBuilder();

  /// The stored record of one input file, with the hash of its bytes.
  BuiltDocument source_document(const DocumentRecord& record, std::uint64_t content_hash);

  /// The profile document of a researcher (what search results display).
  BuiltDocument researcher_document(const Researcher& researcher);

  /// One evidence unit of a researcher: what queries match.
  BuiltDocument evidence_document(const Researcher& researcher, const EvidenceUnit& unit);

  /// Lets go of the last document indexed, so it can be handed to another
  /// thread (Xapian's reference counts are not atomic).
  void release_document();

 private:
  void index_name(const std::string& name);
  void index_evidence_text(const Evidence& e);
  void index_who(const Researcher& researcher, Xapian::Document& doc);

  Xapian::TermGenerator terms_;
};

}  // namespace savant::indexer
