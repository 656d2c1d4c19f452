// SPDX-License-Identifier: MIT
// Reads evidence units for display through the source records they refer to.
#pragma once

#include <savant/records.hpp>

#include <xapian.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace savant::searcher {

/// Gives an evidence document's evidence back (schema 6): its data names the
/// records' evidence it was merged from and what merging changed; the records
/// are the `XKsource` documents, the unit's topics its kSlotTopics value.
/// Each record and researcher is read at most once per reader, so make one per
/// request. A unit, its researcher and its records are on one shard, but the
/// lookups are by term, so a sharded or remote database works as one.
///
/// Thread-safety: one thread at a time (it caches what it read).
class EvidenceReader {
 public:
  explicit EvidenceReader(const Xapian::Database& db);

  /// Remembers `researcher`'s sources, already read by the caller.
  void know(const Researcher& researcher);

  /// The evidence of evidence document `unit`. Origins that cannot be read (a
  /// record gone between two commits of an index being written) give nothing;
  /// what the unit stores itself is still shown.
  Evidence read(const Xapian::Document& unit);

 private:
  const std::vector<std::string>& sources_of(const std::string& researcher_id);
  /// The stored data of record `path`, or nullptr when there is none.
  const std::string* record_data(const std::string& path);

  const Xapian::Database& db_;
  std::unordered_map<std::string, std::vector<std::string>> sources_;
  // Record data by path, unparsed: one line per evidence, so a unit parses
  // only its own line (schema::evidence_in_data).
  std::unordered_map<std::string, std::optional<std::string>> records_;
};

}  // namespace savant::searcher
