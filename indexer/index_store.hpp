// SPDX-License-Identifier: MIT
// The writable side of an index: stored source records, change-aware
// document writes and the sweep of documents no longer produced.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include <savant/records.hpp>

#include "indexer/document_builder.hpp"

namespace savant::indexer {

/// A stored record with the content hash it was read from.
struct StoredRecord {
  DocumentRecord record;
  std::uint64_t content_hash = 0;
};

/// Owns the WritableDatabase of one indexing run. Not thread-safe.
class IndexStore {
 public:
  /// Opens or creates the index at `path`. Throws savant::Error: index_locked
  /// when another writer has it, incompatible_index when it is not savant's.
  explicit IndexStore(const std::string& path);

  /// The stored record of `source`, if any.
  std::optional<StoredRecord> find_record(const std::string& source);

  /// Every stored record, in source order.
  std::vector<DocumentRecord> all_records();

  /// Sources of every stored record.
  std::vector<std::string> all_sources();

  /// Stores (or replaces) a record.
  void put_record(const DocumentRecord& record, std::uint64_t content_hash);

  /// Drops a stored record.
  void remove_record(const std::string& source);

  /// Writes a derived (researcher or evidence) document unless an identical
  /// one is already there, and remembers it as produced by this run.
  void put_derived(const BuiltDocument& built);

  /// Deletes researcher and evidence documents that this run did not produce.
  void sweep_derived();

  /// Records the schema version and commits everything.
  void commit();

  std::size_t documents_written() const { return written_; }
  std::size_t documents_deleted() const { return deleted_; }

 private:
  std::string path_;
  Xapian::WritableDatabase db_;
  std::set<Xapian::docid> produced_;
  std::size_t written_ = 0;
  std::size_t deleted_ = 0;
};

}  // namespace savant::indexer
