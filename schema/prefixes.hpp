// SPDX-License-Identifier: MIT
// The index layout: every term prefix and value slot savant writes. The
// indexer and the searcher both read them from here; docs/TERM_PREFIXES.md
// mirrors this file for people.
#pragma once

#include <string_view>

namespace savant::schema {

// Omega's single-letter conventions where they fit, X... for our own.
inline constexpr std::string_view kPrefixUnique = "Q";        // unique id of every document
inline constexpr std::string_view kPrefixKind = "XK";         // document kind (see kKind*)
inline constexpr std::string_view kPrefixResearcher = "XR";   // researcher id, boolean
inline constexpr std::string_view kPrefixName = "A";          // researcher name words
inline constexpr std::string_view kPrefixTitle = "S";         // evidence title words
inline constexpr std::string_view kPrefixVenue = "XV";        // canonical venue id, lower case
inline constexpr std::string_view kPrefixTopic = "XT";        // canonical topic id, wdf = mentions
inline constexpr std::string_view kPrefixInstitution = "XI";  // institution and employer words
inline constexpr std::string_view kPrefixEmail = "XE";        // e-mail address, lower case
inline constexpr std::string_view kPrefixStatus = "XS";       // publication status
inline constexpr std::string_view kPrefixRole = "XO";         // authorship role
inline constexpr std::string_view kPrefixSource = "XF";       // source file path
inline constexpr std::string_view kPrefixSpelling = "XW";     // a word as written (vocabulary doc)
inline constexpr std::string_view kPrefixYear = "XY";         // evidence year, decimal (schema 7)

// Values of kPrefixKind. Evidence documents carry kKindEvidence and their own kind.
inline constexpr std::string_view kKindSource = "source";          // one per input file: its record
inline constexpr std::string_view kKindResearcher = "researcher";  // one per researcher: profile
inline constexpr std::string_view kKindEvidence = "evidence";      // one per evidence unit
// A few per index: each holds words as written (XW), each word once (schema 10).
inline constexpr std::string_view kKindVocabulary = "vocabulary";

// Value slots.
enum ValueSlot : unsigned {
  kSlotYear = 0,         // sortable_serialise(year) on evidence with a year
  kSlotResearcher = 1,   // researcher id on evidence and profile documents
  kSlotFingerprint = 2,  // hash of the document's content, to skip unchanged rewrites
  kSlotContentHash = 3,  // source documents: hash of the file's bytes
  kSlotVenue = 4,        // evidence: canonical venue id, for facets
  kSlotTopics = 5,       // evidence: topic ids separated by '\n', for facets
  kSlotRanking = 6,      // evidence: "kind|role|status" names, for ranking factors
  kSlotSourcePath = 7,   // source documents: the file's canonical path
  kSlotFileStamp = 8,    // source documents: "size mtime_ns taken_ns" of the file when read
  // Source documents: what identity resolution reads of the record (name,
  // e-mails, title keys, text sketch; schema/identity_value). Absent on
  // records stored before it existed: their data is read instead.
  kSlotIdentity = 9,
};

// Database metadata keys.
inline constexpr std::string_view kMetaSchemaVersion = "savant.schema_version";
inline constexpr std::string_view kMetaRecordsVersion = "savant.records";
// "1" while stored records have changed but researchers were not yet re-derived
// from them (a run was killed between its batches and its final transaction).
inline constexpr std::string_view kMetaDerivePending = "savant.derive_pending";
// Totals of the last derivation, "researchers publications evidence", so a run
// that changes nothing can report them without re-deriving.
inline constexpr std::string_view kMetaTotals = "savant.totals";
// JSON object: excluded source path -> the researcher id `savant forget` removed.
inline constexpr std::string_view kMetaExcluded = "savant.excluded";

}  // namespace savant::schema
