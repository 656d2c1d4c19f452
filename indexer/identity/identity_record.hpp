// SPDX-License-Identifier: MIT
// What grouping records into researchers reads of a record, and nothing more:
// a derivation holds one of these per stored record for the whole run, so
// its size is what the run's memory grows by with the corpus.
#pragma once

#include "schema/text_signature.hpp"
#include <savant/records.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer {

/// A record as identity resolution sees it. Thread-safety: a plain value.
struct IdentityRecord {
  std::string source;               ///< The record's source (its key in the index).
  std::string name;                 ///< Researcher's name as the record gives it; may be empty.
  std::vector<std::string> emails;  ///< Lower-cased e-mail addresses.
  /// Each publication title as a 64-bit hash of its match key, sorted and
  /// distinct: all that the near-duplicate rule compares of titles.
  std::vector<std::uint64_t> title_keys;
  /// A sample of the text's word 3-gram hashes (schema/text_signature.hpp).
  schema::TextSketch sketch;
  /// The stored record's content hash, when read from an index (records_key()).
  std::uint64_t content_hash = 0;
  /// The Xapian document id the record was read from (0: not read from an
  /// index): where RecordReaders looks for it first.
  std::uint32_t docid = 0;
};

/// Whether `record` names no one (neither a name nor an e-mail): the records
/// the near-duplicate rule places.
inline bool is_anonymous(const IdentityRecord& record) {
  return record.name.empty() && record.emails.empty();
}

/// The sorted, distinct hashes of `record`'s publication titles' match keys.
std::vector<std::uint64_t> title_keys(const DocumentRecord& record);

/// What identity resolution reads of `record`. The sketch comes from its
/// text_signature when it has one (a stored record), else from its text.
/// Without `for_near_duplicates`, titles and sketch are left empty: they are
/// compared only when some record names no one.
IdentityRecord identity_of(const DocumentRecord& record, bool for_near_duplicates = true);

/// identity_of() each of `records`, with titles and sketches only when one
/// of them names no one.
std::vector<IdentityRecord> identities_of(const std::vector<DocumentRecord>& records);

/// The identity value (schema::kSlotIdentity) of `record`'s stored document:
/// identity_of(record) with its titles and sketch, in the value's form.
std::string identity_value_of(const DocumentRecord& record);

/// The IdentityRecord an identity value holds, all but its source, content
/// hash and docid (the document's other values give them); std::nullopt when
/// the value is empty or not well formed: the record's data is read then.
std::optional<IdentityRecord> identity_of_value(std::string_view value);

/// Drops the titles and sketches of `records` (no record names no one, so
/// nothing will compare them), giving their memory back.
void drop_near_duplicate_fields(std::vector<IdentityRecord>& records);

}  // namespace savant::indexer
