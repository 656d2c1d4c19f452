// SPDX-License-Identifier: MIT
// Turns records, researchers and evidence into Xapian documents following the
// layout in schema/prefixes.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

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

/// The words (as written, lower case) of a researcher's evidence units, for
/// spelling suggestions: collected while the units are built, stored once on
/// the researcher's document.
using SpellingWords = std::unordered_set<std::string>;

/// Builds documents; owns a TermGenerator, so one per thread.
class DocumentBuilder {
 public:
  DocumentBuilder();

  /// The stored record of one input file, with the hash of its bytes.
  BuiltDocument source_document(const DocumentRecord& record, std::uint64_t content_hash);

  /// The profile document of a researcher (what search results display),
  /// carrying the spelling words of all their evidence units.
  BuiltDocument researcher_document(const Researcher& researcher, const SpellingWords& words);

  /// One evidence unit of a researcher: what queries match. Adds the unit's
  /// free-text words to `words`.
  BuiltDocument evidence_document(const Researcher& researcher, const EvidenceUnit& unit,
                                  SpellingWords& words);

 private:
  void index_name(const std::string& name);
  void index_evidence_text(const Evidence& e);
  void index_who(const Researcher& researcher, Xapian::Document& doc);
  /// Moves the words gathered in words_doc_ onto `doc` as stems (see the .cpp).
  void add_stems(Xapian::Document& doc, SpellingWords& words);
  const std::string& stem_of(const std::string& word);

  Xapian::TermGenerator terms_;  // STEM_NONE: splits text into words_doc_
  Xapian::Document words_doc_;   // the words of the document being built, before stemming
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> stems_;  // word -> stem, a per-thread cache
};

}  // namespace savant::indexer
