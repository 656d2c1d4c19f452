// SPDX-License-Identifier: MIT
// Turns records, researchers and evidence into Xapian documents following the
// layout in schema/prefixes.hpp.
#pragma once

#include "indexer/researcher_builder.hpp"
#include <savant/records.hpp>

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace savant::indexer {

/// A document with the unique term that identifies it in the index.
struct BuiltDocument {
  std::string unique_term;
  Xapian::Document document;
  std::string fingerprint;  ///< Also stored in kSlotFingerprint.
};

/// The words (as written, lower case) of a researcher's evidence units, for
/// spelling suggestions: collected while the units are built, written once
/// per index (indexer/vocabulary_documents.hpp).
using SpellingWords = std::unordered_set<std::string>;

/// Builds documents; owns a TermGenerator, so one per thread.
class DocumentBuilder {
 public:
  DocumentBuilder();

  /// The stored record of one input file, with the hash of its bytes.
  BuiltDocument source_document(const DocumentRecord& record, std::uint64_t content_hash);

  /// The profile document of a researcher (what search results display).
  BuiltDocument researcher_document(const Researcher& researcher);

  /// One evidence unit of a researcher: what queries match. Adds the unit's
  /// free-text words to `words`.
  BuiltDocument evidence_document(const Researcher& researcher, const EvidenceUnit& unit,
                                  SpellingWords& words);

 private:
  void index_name(const std::string& name);
  void index_evidence_text(const Evidence& e);
  /// Moves the words gathered in words_doc_ onto `doc` as stems (see the .cpp);
  /// as boolean terms (wdf 0, no document length) when `as_boolean`.
  /// Returns the sum of the wdf of the terms added (as a weighted document
  /// would count them in its length).
  Xapian::termcount add_stems(Xapian::Document& doc, SpellingWords& words, bool as_boolean = false);
  /// The researcher-level terms (affiliation stems `ZXI...`, e-mails `XE...`)
  /// onto the researcher's document; returns the document length the
  /// affiliation words gave each evidence unit before schema 9.
  Xapian::termcount add_researcher_terms(const Researcher& researcher, Xapian::Document& doc);
  /// add_researcher_terms' length for `researcher`, computed once per researcher.
  Xapian::termcount affiliation_length(const Researcher& researcher);
  const std::string& stem_of(std::string_view word);

  // The researcher (id and affiliations) affiliation_length_ is of, when has_length_.
  bool has_length_ = false;
  std::string length_id_;
  std::vector<std::string> length_affiliations_;
  Xapian::termcount affiliation_length_ = 0;

  Xapian::TermGenerator terms_;  // STEM_NONE: splits text into words_doc_
  Xapian::Document words_doc_;   // the words of the document being built, before stemming
  Xapian::Stem stemmer_;
  // Looked up by string_view, so a word need not be copied to be found.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>{}(word);
    }
  };
  // word -> stem, a per-thread cache
  std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> stems_;
};

}  // namespace savant::indexer
